// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocaleTexts } from '../../../scripts/messages-plugin';

function locales(english: Record<string, string>, german: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'upright-locales-'));
  for (const [language, texts] of [['en', english], ['de', german]] as const) {
    mkdirSync(join(directory, language));
    writeFileSync(join(directory, language, 'player.json'), JSON.stringify(texts));
  }
  return directory;
}

describe('the build check of the app’s texts', () => {
  it('passes the shipped texts', () => {
    expect(checkLocaleTexts()).toEqual([]);
  });

  it('names the file and key of a missing German text', () => {
    expect(checkLocaleTexts(locales({ 'player.pause': 'Pause', 'player.resume': 'Resume' }, { 'player.pause': 'Pause' }))).toEqual([
      'src/locales/de/player.json: "player.resume": missing de text',
    ]);
  });

  it('refuses a German key English does not have, and placeholders that differ', () => {
    const problems = checkLocaleTexts(
      locales({ 'player.rep': 'Rep {rep} of {repCount}' }, { 'player.rep': 'Wiederholung {rep} von {count}', 'player.extra': 'Mehr' }),
    );
    expect(problems).toEqual([
      'src/locales/de/player.json: "player.rep": placeholders {rep}, {count} differ from English\'s {rep}, {repCount}',
      'src/locales/de/player.json: "player.extra": not an English key (remove it, or add it to src/locales/en/player.json)',
    ]);
  });

  it('finds placeholders inside plural branches and refuses a message that does not parse', () => {
    const problems = checkLocaleTexts(
      locales({ 'a.count': '{count, plural, one {# rep} other {# reps}}', 'a.broken': 'Fine' }, { 'a.count': '{count, plural, one {# Wdh.} other {# Wdh.}}', 'a.broken': 'Kaputt {count' }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/locales\/de\/player\.json: "a\.broken": the message does not parse/);
  });
});
