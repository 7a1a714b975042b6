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
      // "the March for Life", "the March of the Mothers": a procession named like the month.
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 8);
      if (/^march$/i.test(text) && /^\s+(?:for|of\s+the|on)\b/i.test(after)) return false;
      const words = text.toLowerCase().split(/[\s,.]+/);
      if (words.some((w) => MONTHS[w] !== undefined) && !/\b[A-Z][a-z]+/.test(text) && !/\d/.test(text)) return false;
      return true;
    });
  },
};

/**
 * Drops chrono's slash dates that are fractions in prices and rates ("4 5/8", "6 3/8%", "1/2")
 * and weekday abbreviations standing alone ("Sun Microsystems"): news writes weekdays in full.
 */
export const notAFractionRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (timexOf(r)) return true;
      const fraction = /^(\d{1,2})\/(\d{1,2})$/.exec(r.text.trim());
      if (fraction) {
        const before = context.text.slice(Math.max(0, r.index - 3), r.index);
        const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 9);
        const [num, den] = [Number(fraction[1]), Number(fraction[2])];
        if (/\d\s+$/.test(before) || /^\s*(?:%|percent)/i.test(after) || ([2, 4, 8, 16, 32, 64].includes(den) && num < den)) return false;
      }
      // Trailing punctuation is trimmed only later (trim-words.ts): "Sun, a maker of ...".
      if (/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?[\s,;:]*$/i.test(r.text.trim())) return false;
      return true;
    });
  },
};
