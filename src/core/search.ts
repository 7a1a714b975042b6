// One binary search for the sorted lists the stages keep (tokens, entities, sentences, quotes,
// offset runs): six hand-written copies of the same loop before.

/** The first index in [0, length) whose item is no longer `before` the sought place, given that
 *  `before(i)` holds for a prefix of the indices and fails for the rest; `length` when it always holds. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item of a sorted, non-overlapping list of spans that holds `at`, or undefined. */
export function spanAt<T>(items: readonly T[], at: number, start: (item: T) => number, end: (item: T) => number): T | undefined {
  const i = lowerBound(items.length, (k) => end(items[k]!) <= at);
  const item = items[i];
  return item !== undefined && start(item) <= at ? item : undefined;
}
