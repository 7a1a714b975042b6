// Caps a record's warnings: a page with 300,000 unmatched quote marks made 300,000 warnings and a
// 37 MB record. The first few of each kind (stage + code) say what happened; one more line counts
// the rest, so a reader still knows how many there were.
import type { Warning } from '../schema/record.js';

export const WARNINGS_PER_KIND = 20;

export function capWarnings(warnings: readonly Warning[], perKind = WARNINGS_PER_KIND): Warning[] {
  const seen = new Map<string, number>();
  const kept: Warning[] = [];
  for (const w of warnings) {
    const key = `${w.stage}\u0000${w.code}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= perKind) kept.push(w);
  }
  for (const [key, n] of seen) {
    if (n <= perKind) continue;
    const [stage, code] = key.split('\u0000') as [string, string];
    kept.push({ stage, code, message: `${stage}: ${n - perKind} more '${code}' warnings like the ones above left out (${n} in all)` });
  }
  return kept;
}
