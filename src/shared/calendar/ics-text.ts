/**
 * The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): lines end in CRLF; a line longer than
 * 75 octets is folded (CRLF then one space) without splitting a UTF-8 character; TEXT values
 * escape backslash, semicolon and comma, and write a line break as \n.
 */
const MAX_LINE_OCTETS = 75;

/** A TEXT value, escaped (§3.3.11). Any line break (CRLF, CR, LF) becomes \n. */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const utf8Octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds one content line into lines of at most 75 octets each, the space that starts a continuation included. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = utf8Octets(character.codePointAt(0)!);
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** The whole object: every content line folded and ended by CRLF. */
export const icsDocument = (lines: readonly string[]): string => lines.map((line) => `${foldLine(line)}\r\n`).join('');

const two = (value: number) => String(value).padStart(2, '0');

/** A local date-time as iCalendar writes it, "20261202T073000" (no zone: the TZID says it). */
export const icsLocalDateTime = (year: number, month: number, day: number, hour: number, minute: number, second = 0): string =>
  `${year}${two(month)}${two(day)}T${two(hour)}${two(minute)}${two(second)}`;

/** An instant in UTC, "20261201T141347Z" (DTSTAMP must be UTC, §3.8.7.2). */
export function icsUtcDateTime(atMs: number): string {
  const date = new Date(atMs);
  return `${icsLocalDateTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds())}Z`;
}
