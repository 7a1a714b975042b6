// Trims what chrono includes around an expression but TimeML leaves out: leading prepositions
// and commas ("on Friday" -> "Friday", ", Monday" -> "Monday") and trailing punctuation. The
// offsets move with the text, so a mention still slices to its text.
import type { Refiner } from 'chrono-node';

const LEADING = /^(?:[\s,(]+|(?:on|in|at|by|since|from|until|till|during|of|for)\s+)+/i;
const TRAILING = /[\s,.;:)]+$/;

export const trimWordsRefiner: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0].length ?? 0;
      let text = result.text.slice(lead);
      // Keep the period of an abbreviation ("Sept.", "a.m.").
      const trail = TRAILING.exec(text)?.[0] ?? '';
      if (trail && !/(?:\b[a-z]\.[a-z]|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\bp\.m|\ba\.m)\.$/i.test(text)) text = text.slice(0, text.length - trail.length);
      if (lead && text.length > 0) result.index += lead;
      if (text.length > 0) result.text = text;
    }
    return results;
  },
};
