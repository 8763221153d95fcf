// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { validateRoutinesDocument } from '../../../src/shared/routine-transfer/validate-routines-document';
import { documentOf, sampleRoutine } from './transfer-fixtures';

const validate = (document: unknown) => validateRoutinesDocument(document, catalogTransferContext);
const messageOf = (document: unknown) => {
  const result = validate(document);
  if (result.ok) throw new Error('expected a rejection');
  return result.message;
};

describe('validateRoutinesDocument', () => {
  it('accepts an exported document and returns its routines unchanged', () => {
    const routine = sampleRoutine();
    expect(validate(documentOf([routine]))).toEqual({ ok: true, routines: [routine] });
  });

  it('names the routine, the item and the unknown exercise', () => {
    const routine = sampleRoutine();
    const items = [...routine.items, { exerciseId: 'plank-x' }];
    expect(messageOf(documentOf([sampleRoutine({ id: 'other' }), { ...routine, items }]))).toBe("routine 2, item 4: unknown exercise 'plank-x'");
  });

  it('refuses a document of another format or a newer version with a plain explanation', () => {
    expect(messageOf({ format: 'something-else', version: 1, routines: [] })).toMatch(/not an Upright routines file/);
    expect(messageOf({ ...documentOf([sampleRoutine()]), version: 2 })).toMatch(/newer version of Upright \(format version 2\)/);
    expect(messageOf([sampleRoutine()])).toMatch(/not an Upright routines file/);
    expect(messageOf(null)).toMatch(/not an Upright routines file/);
  });

  it('refuses a name longer than 100 characters and says where', () => {
    expect(messageOf(documentOf([sampleRoutine({ name: 'x'.repeat(101) })]))).toBe('routine 1: its name must be at most 100 characters; this one has 101.');
  });

  it('refuses a name made only of zero-width characters, saying why', () => {
    expect(messageOf(documentOf([sampleRoutine({ name: '\u200b\u200c\u200d\ufeff' })]))).toBe(
      'routine 1: its name needs at least one visible letter, digit or symbol.',
    );
  });

  it('imports a name with a right-to-left override, a NUL or a line break cleaned', () => {
    const result = validate(documentOf([sampleRoutine({ name: 'Morning\u0000 \u202eback\n routine\u200b' })]));
    expect(result).toEqual({ ok: true, routines: [sampleRoutine({ name: 'Morning back routine' })] });
  });

  it('cleans the purpose and the notes too, keeping the line breaks of a note', () => {
    const result = validate(documentOf([sampleRoutine({ purpose: '\u2066Wake up\u2069', notes: ['Slowly.\r\nNo\u00ad pain.\u202e'] })]));
    expect(result).toEqual({ ok: true, routines: [sampleRoutine({ purpose: 'Wake up', notes: ['Slowly.\nNo pain.'] })] });
  });

  it('refuses a note with nothing visible in it, naming the note', () => {
    expect(messageOf(documentOf([sampleRoutine({ notes: ['Fine.', '\u200b\u0301'] })]))).toBe(
      'routine 1: note 2 needs at least one visible letter, digit or symbol.',
    );
  });

  it('counts the name limit after cleaning, so invisible padding does not push a name over it', () => {
    const result = validate(documentOf([sampleRoutine({ name: `${'x'.repeat(100)}${'\u200b'.repeat(20)}` })]));
    expect(result).toEqual({ ok: true, routines: [sampleRoutine({ name: 'x'.repeat(100) })] });
  });

  it('quotes an unknown field with its invisible characters shown as question marks', () => {
    expect(messageOf(documentOf([{ ...sampleRoutine(), 'col\u202eour\u0000': 'red' }]))).toBe("routine 1: unknown field 'col?our?'");
  });

  it('refuses more than 100 items in a routine', () => {
    const items = Array.from({ length: 101 }, () => ({ exerciseId: 'pelvic-lift' }));
    expect(messageOf(documentOf([sampleRoutine({ items })]))).toBe('routine 1, items: must have at most 100 items');
  });

  it('accepts 100 items as far as the schema goes, then leaves the step count to the engine', () => {
    const items = Array.from({ length: 100 }, () => ({ exerciseId: 'chair-stretch' }));
    expect(messageOf(documentOf([sampleRoutine({ items })]))).toMatch(/^routine 1, item \d+: the routine would have more than 500 steps/);
  });

  it('refuses a step longer than one hour, naming the item and the field', () => {
    const routine = sampleRoutine();
    const items = [routine.items[0]!, { exerciseId: 'pelvic-lift', overrides: { holdSeconds: 3601 } }];
    expect(messageOf(documentOf([{ ...routine, items }]))).toBe('routine 1, item 2, hold seconds: must be at most 1 hour');
    const longRest = [{ exerciseId: 'pelvic-lift', restAfterSeconds: 4000 }, routine.items[1]!];
    expect(messageOf(documentOf([{ ...routine, items: longRest }]))).toBe('routine 1, item 1, rest after: must be at most 1 hour');
  });

  it('names an unknown field and a missing one', () => {
    expect(messageOf(documentOf([{ ...sampleRoutine(), colour: 'red' }]))).toBe("routine 1: unknown field 'colour'");
    const { purpose: _purpose, ...withoutPurpose } = sampleRoutine();
    expect(messageOf(documentOf([withoutPurpose]))).toBe('routine 1, purpose: is missing');
  });

  it('refuses the same id twice in one file', () => {
    expect(messageOf(documentOf([sampleRoutine(), sampleRoutine()]))).toBe("routine 2: the id 'my-morning-back' appears twice in this file");
  });

  it('refuses an empty list of routines', () => {
    expect(messageOf(documentOf([]))).toBe('routines: the file holds no routines');
  });

  it('passes on what the engine finds wrong, with the item', () => {
    const context = { ...catalogTransferContext, checkRoutine: () => ({ ok: false as const, error: { itemIndex: 1, message: 'item 2: too long' } }) };
    const result = validateRoutinesDocument(documentOf([sampleRoutine()]), context);
    expect(result).toEqual({ ok: false, message: 'routine 1, item 2: too long' });
  });
});
