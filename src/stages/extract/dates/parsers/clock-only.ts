// Wraps chrono's time-expression parser so that it reads a clock time only where the text shows
// one ("10:35", "5 p.m.", "noon", "6 o'clock"): in news, "at 1,015 francs" or "from 4 pence" are
// amounts, and a time read from them would also swallow the date before it.
import type { Parser } from 'chrono-node';

const CLOCK = /\d:\d\d|\d\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\bnoon\b|\bmidnight\b|o['’]?\s?clock/i;

export function clockOnly(parser: Parser): Parser {
  const wrapped: Parser = {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      if (!CLOCK.test(match[0])) return null;
      return parser.extract(context, match);
    },
  };
  Object.defineProperty(wrapped, 'constructor', { value: { name: `ClockOnly(${parser.constructor.name})` } });
  return wrapped;
}
