/**
 * Text that comes from outside (a name typed in the builder, an import file, a share link) is
 * cleaned once, at the edge, before it is checked, stored or shown. Pure: no React, no DOM.
 *
 * Why: a name can look fine and still carry characters nobody sees. A right-to-left override
 * (U+202E) makes "Morning‮ back" display reversed, zero-width spaces make two names that look the
 * same compare different (or make a name look empty while passing a "not empty" check), a NUL or
 * BOM breaks copying and some fonts. So every external string loses the Unicode categories Cc
 * (controls) and Cf (format characters: zero-width space/joiners, bidi overrides and isolates,
 * BOM, soft hyphen, tag characters) and is put into NFC, so "é" typed as e + U+0301 and "é" typed
 * as one code point are the same name.
 *
 * The cost, accepted on purpose: removing Cf also removes the zero-width joiner inside emoji
 * sequences (a family emoji becomes its members side by side) and the zero-width non-joiner that
 * Persian spelling uses. For routine names and notes we prefer text that is exactly what it looks
 * like over these rare cases.
 *
 * The reasons are sentences in the active language (src/locales/<language>/manage.json); the
 * caller names the text in that language too (`subject`), and logic reads `problem`, never the words.
 */
import { translate } from '../i18n/i18n';

/** Names (a routine's name) are at most this long, counted after normalization. */
export const MAX_NAME_CHARS = 100;
/** A routine's purpose, one line; the catalog schema's limit. */
export const MAX_PURPOSE_CHARS = 200;
/** One note of a routine; the catalog schema's limit. */
export const MAX_NOTE_CHARS = 300;

/** A line break in any of its spellings: CR LF, CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Tab, vertical tab and form feed: whitespace controls, kept as the space they stand for. */
const WHITESPACE_CONTROLS = /[\t\v\f]/g;
/**
 * Controls (Cc) and format characters (Cf), except the LF that notes keep; also lone surrogates
 * (Cs), which JSON can spell ("\ud800") but which are no character at all and render as "�".
 */
const INVISIBLE_EXCEPT_LF = /(?![\n])[\p{Cc}\p{Cf}\p{Cs}]/gu;
/** Horizontal whitespace: JavaScript's \s without the line feed (which is handled on its own). */
const HORIZONTAL_SPACE_RUN = /[^\S\n]+/g;
/** What a reader can see: letters, digits, punctuation and symbols. Marks alone, spaces and format characters are not. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A single-line text such as a name or a purpose, cleaned: NFC; every line break and tab becomes a
 * space; Cc and Cf characters are removed; runs of whitespace become one space; both ends trimmed.
 * Idempotent: `normalizeUserText(normalizeUserText(x)) === normalizeUserText(x)`.
 */
export function normalizeUserText(text: string): string {
  const cleaned = text
    .replace(LINE_BREAKS, ' ')
    .replace(WHITESPACE_CONTROLS, ' ')
    .replace(INVISIBLE_EXCEPT_LF, '')
    .replace(/\s+/g, ' ')
    .trim();
  // NFC last: removing a format character can bring a letter and its combining mark together.
  return cleaned.normalize('NFC');
}

/**
 * A multi-line text such as a note, cleaned like `normalizeUserText` except that line breaks stay
 * (any spelling becomes "\n"): each line is collapsed and trimmed, at most one empty line is kept
 * between paragraphs, and the text is trimmed at both ends.
 */
export function normalizeMultilineText(text: string): string {
  const cleaned = text
    .replace(LINE_BREAKS, '\n')
    .replace(WHITESPACE_CONTROLS, ' ')
    .replace(INVISIBLE_EXCEPT_LF, '')
    .replace(HORIZONTAL_SPACE_RUN, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned.normalize('NFC');
}

/** True when the text has at least one letter, digit, punctuation mark or symbol. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** Why a text was refused, for callers that phrase it for their place (logic never matches on the sentence). */
export type TextProblem = 'empty' | 'invisible' | 'too-long';

export type TextCheck =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: TextProblem; readonly reason: string };

export interface TextCheckOptions {
  /** How the reason names the text, at the start of its sentence, in the active language: "A name", "Name", "its purpose". */
  readonly subject: string;
  /** The most characters (UTF-16 code units, the measure the catalog schema uses too) after normalization. */
  readonly maxChars: number;
  /** Notes keep their line breaks; names and purposes do not. */
  readonly multiline?: boolean;
}

/**
 * Normalizes an external text and says whether it can be used: it must not be empty, must show
 * at least one visible character, and must fit `maxChars` once cleaned (so invisible padding
 * neither counts against the limit nor sneaks past it). The reason is a full sentence that starts
 * with `subject`, e.g. "A name needs at least one visible letter, digit or symbol."
 */
export function checkUserText(text: string, { subject, maxChars, multiline = false }: TextCheckOptions): TextCheck {
  const normalized = multiline ? normalizeMultilineText(text) : normalizeUserText(text);
  if (text.trim() === '') {
    return { ok: false, problem: 'empty', reason: translate('manage.text.empty', { subject }) };
  }
  if (!hasVisibleCharacter(normalized)) {
    // The text was not blank, so it held only characters nobody sees (zero-width, marks, controls).
    return { ok: false, problem: 'invisible', reason: translate('manage.text.invisible', { subject }) };
  }
  if (normalized.length > maxChars) {
    return {
      ok: false,
      problem: 'too-long',
      reason: translate('manage.text.tooLong', { subject, max: maxChars, count: normalized.length }),
    };
  }
  return { ok: true, text: normalized };
}

export type NameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly problem: TextProblem; readonly reason: string };

/**
 * A routine name from outside: the normalized name, or why it cannot be one.
 * `checkName('\u200b\u200b')` → "A name needs at least one visible letter, digit or symbol."
 */
export function checkName(text: string, subject?: string): NameCheck {
  const check = checkUserText(text, { subject: subject ?? translate('manage.text.aName'), maxChars: MAX_NAME_CHARS });
  return check.ok ? { ok: true, name: check.text } : check;
}
