// The financial press's "year-earlier" and "year-ago" ("the year-ago quarter", "year-earlier
// profit", "last year's quarter"): the period just discussed, a year before. The value comes from
// the date mentioned last (refiners/anchor.ts); alone it is the year before the reference.
import { timexParser } from '../timex.js';

const PATTERN =
  /(?:(?:the|its)\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:year[\s-]earlier|year[\s-]ago)(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period))?(?![\p{L}-])|last\s+year['’]s\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)\b/iu;

export const yearAgoParser = timexParser('YearAgoParser', PATTERN, (_match, ref) => ({
  kind: 'date',
  value: String(ref.y - 1),
  grain: 'year',
  anchor: { n: -1, unit: 'year' },
}));
