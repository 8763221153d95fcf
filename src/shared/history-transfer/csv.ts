/**
 * CSV as RFC 4180 says it: records end in CRLF, a field that holds a comma, a double quote, CR
 * or LF is enclosed in double quotes, and a double quote inside one is doubled.
 *
 * Text a user typed (a note, a routine name) also goes through `guardFormula`: a spreadsheet
 * opening the file would run a cell that starts with = + - @ (or a tab or CR, which some
 * spreadsheets skip before looking) as a formula ("CSV injection", OWASP). Prefixing a ' makes it
 * plain text there; the ' shows in a text editor, which is the price of the guard. Numbers and
 * dates the app writes itself are not guarded: a negative number must stay a number.
 */
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null;

/** A text field from the user, made safe for spreadsheets (see above). */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One field, quoted when RFC 4180 needs it. Null is an empty field; booleans are true/false. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records, each ended by CRLF. */
export const csvRecords = (rows: readonly (readonly CsvValue[])[]): string => rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/** The whole file: a header row, then one record per row. */
export const toCsv = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string => csvRecords([header, ...rows]);
