// Drops relative expressions written as titles: "VOA Today", "NBC's Today show", ABC's "This
// Week," - a capitalised "today" or "week" that follows a name, or fills a quotation on its own,
// names a show or a paper, not a time. One opening a sentence or a quotation ("Today, ..." /
// "This week we ...") stays.
import type { Refiner } from 'chrono-node';

const RELATIVE = /\b(?:today|tonight|tomorrow|yesterday|now|week|month|year|morning|afternoon|evening|night|weekend)\b/i;
const QUOTE_OPEN = /["“‘'`]\s*$/;
const QUOTE_CLOSE = /^[,.!?]?\s*["”’']/;
/** A capitalised word (possibly possessive) right before, not itself opening a sentence. */
// redos-safe: it only ever sees the 40 characters before a match.
const NAME_BEFORE = /[\p{Ll}\p{N},]\s+\p{Lu}[\p{L}.&-]*(?:['’]s?)?\s+$/u;

function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)) && RELATIVE.test(text);
}

export const titleCaseRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (!titleCased(r.text)) return true;
      const before = context.text.slice(Math.max(0, r.index - 40), r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 3);
      if (QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(after)) return false;
      return !NAME_BEFORE.test(before);
    });
  },
};
