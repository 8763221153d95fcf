/**
 * Builds a long text a slice of items at a time, giving the page a turn between slices: a 10,000-
 * workout export as one JSON.stringify or one CSV pass held the main thread for a quarter second
 * and more (over a second on a slow phone). The result is the same as rendering all at once.
 */
export const ITEMS_PER_STEP = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renderInSteps<T>(items: readonly T[], render: (slice: readonly T[]) => string, separator = '', itemsPerStep = ITEMS_PER_STEP): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < items.length; start += itemsPerStep) {
    if (start > 0) await nextTask();
    parts.push(render(items.slice(start, start + itemsPerStep)));
  }
  return parts.join(separator);
}
