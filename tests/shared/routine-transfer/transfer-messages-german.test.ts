/** Why a file or link is refused, in German: the same checks, the reasons in the active language. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { readRoutinesFile } from '../../../src/shared/routine-transfer/parse-routines-file';
import { validateRoutinesDocument } from '../../../src/shared/routine-transfer/validate-routines-document';
import { checkName } from '../../../src/shared/text/user-text';
import { documentOf, sampleRoutine } from './transfer-fixtures';

const messageOf = (document: unknown) => {
  const result = validateRoutinesDocument(document, catalogTransferContext);
  return result.ok ? null : result.message;
};

describe('transfer messages in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('names the place and the problem in German', () => {
    const routine = sampleRoutine();
    const items = routine.items.map((item, index) => (index === 1 ? { ...item, overrides: { holdSeconds: 4000 } } : item));
    expect(messageOf(documentOf([{ ...routine, items }]))).toBe('Programm 1, Übung 2, Haltezeit: darf höchstens 1 Stunde sein');
    expect(messageOf(documentOf([{ ...routine, colour: 'red' }]))).toBe("Programm 1: unbekanntes Feld 'colour'");
    expect(messageOf(documentOf([sampleRoutine({ name: 'x'.repeat(101) })]))).toBe('Programm 1: der Name darf höchstens 100 Zeichen lang sein; jetzt sind es 101.');
    expect(messageOf(documentOf([sampleRoutine({ region: 'neck' as never })]))).toBe("Programm 1, Bereich: muss 'lumbar', 'thoracic' oder 'full' sein");
    expect(messageOf(documentOf([]))).toBe('Programme: die Datei enthält keine Programme');
    expect(messageOf({ ...documentOf([sampleRoutine()]), version: 2 })).toMatch(/^Diese Datei stammt von einer neueren Version von Upright \(Formatversion 2\)/);
  });

  it('says the file size with a German decimal comma', async () => {
    const big = new Blob(['x'.repeat(1024 * 1024 + 1)]);
    expect(await readRoutinesFile(big, catalogTransferContext)).toEqual({
      ok: false,
      message: 'Diese Datei ist zu groß (1,0 MB); eine Programmdatei darf höchstens 1,0 MB groß sein.',
    });
  });

  it('refuses an invisible name in German', () => {
    expect(checkName('\u200b\u200b')).toMatchObject({ ok: false, problem: 'invisible', reason: 'Ein Name braucht mindestens einen sichtbaren Buchstaben, eine Ziffer oder ein Zeichen.' });
  });
});
