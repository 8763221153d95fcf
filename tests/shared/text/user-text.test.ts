// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkName,
  checkUserText,
  hasVisibleCharacter,
  normalizeMultilineText,
  normalizeUserText,
} from '../../../src/shared/text/user-text';

/** Controls, format characters and lone surrogates: what must never come out. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const INVISIBLE_EXCEPT_LF = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}]/u;

/** Text a hostile file or a careless paste could hold: any code point, lone surrogates and the usual suspects mixed in. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(
    fc.oneof(
      fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2066', '\u0000', '\ufeff', '\u00ad', '\u2028', '\u0301', '\ud800'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 30 },
  ).map((parts) => parts.join('')),
);

describe('normalizeUserText, for one-line texts such as names', () => {
  it('removes a right-to-left override, so the name reads as it is stored', () => {
    expect(normalizeUserText('Morning \u202eback')).toBe('Morning back');
  });

  it('removes NUL, byte order marks, zero-width spaces and soft hyphens', () => {
    expect(normalizeUserText('\ufeffMor\u0000ning\u200b back\u00ad')).toBe('Morning back');
  });

  it('removes bidi isolates and embeddings', () => {
    expect(normalizeUserText('\u2067Rücken\u2069 \u202aabc\u202c')).toBe('Rücken abc');
  });

  it('turns line breaks and tabs into single spaces and trims the ends', () => {
    expect(normalizeUserText('  Morning\r\n\tback \u2028 routine  ')).toBe('Morning back routine');
  });

  it('writes an accented letter one way, however it was typed', () => {
    expect(normalizeUserText('Cafe\u0301')).toBe('Café');
    expect(normalizeUserText('Cafe\u0301')).toBe(normalizeUserText('Caf\u00e9'));
  });

  it('joins a letter and its accent that a zero-width space kept apart', () => {
    expect(normalizeUserText('e\u200b\u0301')).toBe('\u00e9');
  });
});

describe('normalizeMultilineText, for notes', () => {
  it('keeps line breaks, in one spelling, and removes everything else invisible', () => {
    expect(normalizeMultilineText('Keep the back flat.\r\nBreathe\u200b out\u202e.\rRest.')).toBe('Keep the back flat.\nBreathe out.\nRest.');
  });

  it('keeps at most one empty line between paragraphs and trims each line', () => {
    expect(normalizeMultilineText('  First  \n \n\n\n  second\t\tline  ')).toBe('First\n\nsecond line');
  });
});

describe('checkName', () => {
  it('returns the cleaned name', () => {
    expect(checkName(' Morning\u0000 \u202eback ')).toEqual({ ok: true, name: 'Morning back' });
  });

  it('refuses a name of only zero-width characters, and says why', () => {
    expect(checkName('\u200b\u200c\u200d\ufeff')).toEqual({
      ok: false,
      problem: 'invisible',
      reason: 'A name needs at least one visible letter, digit or symbol.',
    });
  });

  it('refuses a name of only combining marks', () => {
    expect(checkName('\u0301\u0308')).toMatchObject({ ok: false, problem: 'invisible' });
  });

  it('refuses an empty or blank name', () => {
    expect(checkName(' \n\t ', 'Name')).toEqual({ ok: false, problem: 'empty', reason: 'Name must not be empty.' });
  });

  it('counts the limit after cleaning: invisible padding neither counts nor hides extra length', () => {
    expect(checkName(`${'x'.repeat(100)}${'\u200b'.repeat(50)}`)).toEqual({ ok: true, name: 'x'.repeat(100) });
    expect(checkName('x'.repeat(101))).toEqual({
      ok: false,
      problem: 'too-long',
      reason: 'A name must be at most 100 characters; this one has 101.',
    });
  });

  it('accepts names in any script, digits and symbols', () => {
    for (const name of ['Rückenschule', 'Спина', 'ظهر', '背中', '5 × 30', '💪']) expect(checkName(name)).toEqual({ ok: true, name });
  });
});

describe('checkUserText for notes', () => {
  it('keeps the line breaks of a note', () => {
    expect(checkUserText('One\nTwo', { subject: 'The note', maxChars: 300, multiline: true })).toEqual({ ok: true, text: 'One\nTwo' });
  });
});

describe('normalization, property-based', () => {
  it('never lets a control, format character or lone surrogate through a one-line text', () => {
    fc.assert(fc.property(hostileText, (text) => {
        expect(normalizeUserText(text)).not.toMatch(INVISIBLE);
      }), { numRuns: 2000 });
  });

  it('lets only line feeds through a note', () => {
    fc.assert(fc.property(hostileText, (text) => {
        expect(normalizeMultilineText(text)).not.toMatch(INVISIBLE_EXCEPT_LF);
      }), { numRuns: 2000 });
  });

  it('gives NFC text with no whitespace at either end', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const normalized of [normalizeUserText(text), normalizeMultilineText(text)]) {
          expect(normalized).toBe(normalized.normalize('NFC'));
          expect(normalized).toBe(normalized.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: cleaning clean text changes nothing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(normalizeUserText(normalizeUserText(text))).toBe(normalizeUserText(text));
        expect(normalizeMultilineText(normalizeMultilineText(text))).toBe(normalizeMultilineText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a name exactly when something visible is left and it fits', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const check = checkName(text);
        const normalized = normalizeUserText(text);
        expect(check.ok).toBe(hasVisibleCharacter(normalized) && normalized.length <= 100);
        if (check.ok) expect(check.name).toBe(normalized);
        else expect(check.reason).toMatch(/^A name .+\.$/);
      }),
      { numRuns: 2000 },
    );
  });
});
