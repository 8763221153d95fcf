/**
 * The schema and the number parser speak in fragments ("must not be empty"), written to follow
 * a field's path. Next to a field, the user reads a full sentence that names it:
 * "Name must not be empty." Messages that are already sentences only get a capital and a stop.
 */
export function asSentence(subject: string | null, message: string): string {
  const trimmed = message.trim();
  const startsAFragment = /^(must|is|are|should|cannot|has|have)\b/.test(trimmed);
  const text = subject && startsAFragment ? `${subject} ${trimmed}` : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
