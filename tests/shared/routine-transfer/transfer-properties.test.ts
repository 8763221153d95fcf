// @vitest-environment node
/**
 * Property-based tests of the two untrusted doors, import files and share links: whatever comes
 * in, the answer is either routines that pass the schema or a message, and nothing throws.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { routineSchema, type Routine } from '../../../src/catalog/schema';
import { bytesToBase64Url } from '../../../src/shared/routine-transfer/base64url';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { deflateRaw } from '../../../src/shared/routine-transfer/deflate-raw';
import { parseRoutinesText } from '../../../src/shared/routine-transfer/parse-routines-file';
import { createShareLink, decodeShareFragment } from '../../../src/shared/routine-transfer/share-link-codec';
import type { TransferResult } from '../../../src/shared/routine-transfer/transfer-context';
import { checkName, normalizeUserText } from '../../../src/shared/text/user-text';
import { documentOf, sampleRoutine } from './transfer-fixtures';

/** Accepted routines all pass the schema; a rejection has a readable message. */
function expectAnswered(result: TransferResult | { ok: true; routine: Routine } | { ok: false; message: string }): void {
  if (result.ok) {
    const routines = 'routines' in result ? result.routines : [result.routine];
    for (const routine of routines) expect(v.is(routineSchema, routine)).toBe(true);
  } else {
    expect(result.message.length).toBeGreaterThan(5);
    expect(result.message.length).toBeLessThan(400);
  }
}

type Json = unknown;

/** Replaces, deletes or adds something at a path picked by `seeds` inside `value`. */
function mutate(value: Json, seeds: readonly number[], kind: 'replace' | 'delete' | 'add', replacement: Json): Json {
  if (seeds.length === 0 || typeof value !== 'object' || value === null) return kind === 'replace' ? replacement : value;
  const [seed = 0, ...rest] = seeds;
  if (Array.isArray(value)) {
    if (value.length === 0) return kind === 'add' ? [replacement] : value;
    const index = seed % value.length;
    if (rest.length === 0 && kind === 'delete') return value.filter((_, position) => position !== index);
    if (rest.length === 0 && kind === 'add') return [...value.slice(0, index), replacement, ...value.slice(index)];
    return value.map((child, position) => (position === index ? mutate(child, rest, kind, replacement) : child));
  }
  const record = value as Record<string, Json>;
  const keys = Object.keys(record);
  if (keys.length === 0 || (rest.length === 0 && kind === 'add')) return { ...record, [`extra${seed}`]: replacement };
  const key = keys[seed % keys.length]!;
  if (rest.length === 0 && kind === 'delete') {
    const { [key]: _removed, ...others } = record;
    return others;
  }
  return { ...record, [key]: mutate(record[key], rest, kind, replacement) };
}

const exerciseIds = [...catalog.exercisesById.keys()];

/** Valid routines built from the catalog, with overrides inside the documented limits. */
const validRoutine: fc.Arbitrary<Routine> = fc
  .record({
    // Names as the app stores them: already normalized (a name with a double space comes back with one).
    name: fc.string({ minLength: 1, maxLength: 100 }).filter((name) => checkName(name).ok && normalizeUserText(name) === name),
    items: fc.array(
      fc.record({
        exerciseId: fc.constantFrom(...exerciseIds),
        sets: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        restAfterSeconds: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }),
      }),
      // Small enough to stay under the engine's 500-step limit.
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ name, items }) => ({
    ...sampleRoutine({ name }),
    items: items.map(({ exerciseId, sets, restAfterSeconds }) => ({
      exerciseId,
      ...(sets !== undefined ? { overrides: { sets } } : {}),
      ...(restAfterSeconds !== undefined ? { restAfterSeconds } : {}),
    })),
  }));

const mutation = fc.record({
  seeds: fc.array(fc.nat(), { maxLength: 6 }),
  kind: fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
  replacement: fc.jsonValue({ maxDepth: 3 }),
});

describe('import files, property-based', () => {
  it('answers any JSON value with routines or a message, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => expectAnswered(parseRoutinesText(JSON.stringify(value), catalogTransferContext))),
      { numRuns: 1000 },
    );
  });

  it('answers any text with routines or a message', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectAnswered(parseRoutinesText(text, catalogTransferContext))), { numRuns: 500 });
  });

  it('answers mutated export files with routines or a message', () => {
    fc.assert(
      fc.property(validRoutine, fc.array(mutation, { minLength: 1, maxLength: 3 }), (routine, mutations) => {
        const mutated = mutations.reduce<Json>((document, change) => mutate(document, change.seeds, change.kind, change.replacement), documentOf([routine]));
        expectAnswered(parseRoutinesText(JSON.stringify(mutated), catalogTransferContext));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every valid routine it exported', () => {
    fc.assert(
      fc.property(validRoutine, (routine) => {
        expect(parseRoutinesText(JSON.stringify(documentOf([routine])), catalogTransferContext)).toEqual({ ok: true, routines: [routine] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('share links, property-based', () => {
  it('answers any fragment with a routine or a message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => expectAnswered(await decodeShareFragment(`#r=${text}`, catalogTransferContext))),
      { numRuns: 500 },
    );
  });

  it('answers any compressed JSON with a routine or a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const fragment = `#r=${bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(value))))}`;
        expectAnswered(await decodeShareFragment(fragment, catalogTransferContext));
      }),
      { numRuns: 300 },
    );
  });

  it('answers links with changed, dropped or added characters with a routine or a message', async () => {
    const link = await createShareLink(sampleRoutine(), 'https://upright.example');
    const payload = new URL(link).hash.slice('#r='.length);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom('change', 'drop', 'add', 'truncate'), async (position, letter, edit) => {
        const at = position % payload.length;
        const char = alphabet[letter % alphabet.length]!;
        const edited =
          edit === 'change' ? payload.slice(0, at) + char + payload.slice(at + 1)
          : edit === 'drop' ? payload.slice(0, at) + payload.slice(at + 1)
          : edit === 'add' ? payload.slice(0, at) + char + payload.slice(at)
          : payload.slice(0, at);
        expectAnswered(await decodeShareFragment(`#r=${edited}`, catalogTransferContext));
      }),
      { numRuns: 500 },
    );
  });

  it('carries every valid routine through a link unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validRoutine, async (routine) => {
        const link = await createShareLink(routine, 'https://upright.example');
        expect(await decodeShareFragment(new URL(link).hash, catalogTransferContext)).toEqual({ ok: true, routine });
      }),
      { numRuns: 200 },
    );
  });
});
