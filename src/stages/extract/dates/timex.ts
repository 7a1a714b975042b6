// What a parser found, carried through chrono as a tag on its result: chrono's components cannot
// hold quarters, seasons, decades or durations, so our parsers compute the value themselves and
// the stage reads it back from the tag. Also the helper that turns a regex + extract into a Parser.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Grain } from '../../../schema/record.js';
import { ymdOfInstant, type Ymd } from './calendar.js';

export type Timex =
  | {
      kind: 'date';
      value: string;
      grain: Grain;
      /** Counted from the date mentioned before ("two days later"): see refiners/anchor.ts. */
      anchor?: { n: number; unit: string; ago?: true };
      /** A clock time with no day stated ("at 08:00 a.m."): see context.ts. */
      clock?: true;
      /** A day or month stated without a year ("On 29 January"): see context.ts. */
      yearless?: true;
    }
  /** `recurring`: a TimeML SET ('every day', 'weekly'): the value is its period. */
  | { kind: 'duration'; value: string; recurring?: true }
  /** Recognised but no timex ("14-year-old"): blocks other parsers, then dropped. */
  | { kind: 'none' };

const TAG = 'news-extract/timex:';

export function tagResult(result: ParsingResult, timex: Timex): ParsingResult {
  result.addTag(TAG + JSON.stringify(timex));
  result.start.addTag(TAG + JSON.stringify(timex));
  return result;
}

/** The timex one of our parsers attached, or null for chrono's own results. */
export function timexOf(result: ParsingResult): Timex | null {
  for (const tag of result.tags()) if (tag.startsWith(TAG)) return JSON.parse(tag.slice(TAG.length)) as Timex;
  return null;
}

/** The reference day of a parse: the chrono reference is noon UTC of that day (see calendar.noonUtc). */
export const referenceDay = (context: ParsingContext): Ymd => ymdOfInstant(context.reference.instant);

/**
 * A chrono Parser from a pattern and a function computing the timex. Chrono re-runs a pattern on
 * the text after the last match, so the left word boundary is checked here against the whole text.
 */
/** A timex whose text starts `skip` characters into the match (words TimeML leaves out). */
export interface Trimmed {
  timex: Timex;
  skip: number;
}

export function timexParser(
  name: string,
  pattern: RegExp,
  extract: (match: RegExpMatchArray, ref: Ymd, context: ParsingContext) => Timex | Trimmed | null,
): Parser {
  const parser: Parser = {
    pattern: () => pattern,
    extract(context, match) {
      const index = match.index ?? 0;
      if (index > 0 && /[\p{L}\p{N}]/u.test(context.text[index - 1]!)) return null;
      const found = extract(match, referenceDay(context), context);
      if (!found) return null;
      const { timex, skip } = 'skip' in found ? found : { timex: found, skip: 0 };
      return tagResult(context.createParsingResult(index + skip, match[0].slice(skip)), timex);
    },
  };
  Object.defineProperty(parser, 'constructor', { value: { name } });
  return parser;
}
