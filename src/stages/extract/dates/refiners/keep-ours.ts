// Wraps one of chrono's own refiners so that it only sees chrono's results: its filters would
// drop our bare years ("1990" looks like a plain number to it) and its mergers would glue our
// quarters or durations to a neighbouring date. Our results pass through untouched.
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex.js';

export function keepOurs(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours = results.filter((r) => timexOf(r) !== null);
      if (ours.length === 0) return refiner.refine(context, results);
      const theirs = refiner.refine(context, results.filter((r) => timexOf(r) === null));
      return [...ours, ...theirs].sort((a, b) => a.index - b.index);
    },
  };
}
