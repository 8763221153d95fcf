/**
 * An id not used by any of `takenIds`, made from a name ("My routine" → "my-routine", then
 * "my-routine-2"). Only the custom-routines store calls it, inside the transaction that knows
 * every stored id.
 */
export function uniqueRoutineId(name: string, takenIds: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'routine';
  const stem = `my-${base.replace(/^my-/, '')}`;
  if (!takenIds.has(stem)) return stem;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${stem}-${counter}`;
    if (!takenIds.has(candidate)) return candidate;
  }
}
