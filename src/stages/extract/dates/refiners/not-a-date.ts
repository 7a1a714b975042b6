// Drops chrono readings that are no dates in running news text: a clock time read from a bare
// or decimal number ("$3,500 a share" -> "500 a", "at 2.46 billion", "from 4 pence"), and a
// month name written in lower case ("march", "may" are verbs; news capitalises months).
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex.js';
import { MONTHS } from '../months.js';

const CLOCK = /\d:\d\d|\b(?:a\.?m\b|p\.?m\b|noon|midnight|o'clock)|\d\s*(?:am|pm)\b/i;

export const notADateRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (timexOf(r)) return true;
      const text = r.text.trim();
      const before = context.text.slice(Math.max(0, r.index - 2), r.index);
      if (r.start.isCertain('hour') && !CLOCK.test(text)) return false;
      if (r.start.isCertain('hour') && /[$£€.,]\s*$|\d$/.test(before)) return false;
      const words = text.toLowerCase().split(/[\s,.]+/);
      if (words.some((w) => MONTHS[w] !== undefined) && !/\b[A-Z][a-z]+/.test(text) && !/\d/.test(text)) return false;
      return true;
    });
  },
};
