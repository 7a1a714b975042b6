// The chrono instance the dates stage runs: chrono's casual English configuration, minus the
// parsers whose readings TimeML does not share (relative units, "within 3 days"), plus ours
// (one per file under parsers/), which go first so that they win ties in overlap removal.
import * as chrono from 'chrono-node';
import { agoParser } from './parsers/ago.js';
import { dayPartParser } from './parsers/day-part.js';
import { centuryParser, decadeParser } from './parsers/decade.js';
import { clockOnly } from './parsers/clock-only.js';
import { holidayParser } from './parsers/holiday.js';
import { thatUnitParser } from './parsers/that-unit.js';
import { durationParser, oneUnitDurationParser, vagueDurationParser } from './parsers/duration.js';
import { quarterParser, relativeQuarterParser } from './parsers/quarter.js';
import { referenceWordParser } from './parsers/reference-word.js';
import { inTheUnitParser, relativeUnitParser, weekendParser } from './parsers/relative-unit.js';
import { spokenYearParser, yearTwoThousandParser } from './parsers/spoken-year.js';
import { spokenYearDateParser } from './parsers/spoken-year-date.js';
import { weekOfParser } from './parsers/week-of.js';
import { pairedDayParser } from './parsers/paired-day.js';
import { middayParser } from './parsers/midday.js';
import { yearAgoParser } from './parsers/year-ago.js';
import { seasonParser } from './parsers/season.js';
import { everyUnitParser, everyWeekdayParser, setAdverbParser } from './parsers/set.js';
import { yearParser } from './parsers/year.js';
import { monthRelativeParser } from './parsers/month-relative.js';
import { keepOurs } from './refiners/keep-ours.js';
import { notADateRefiner, notAFractionRefiner } from './refiners/not-a-date.js';
import { resolveChronoRefiner } from './refiners/resolve-chrono.js';
import { titleCaseRefiner } from './refiners/title-case.js';
import { trimWordsRefiner } from './refiners/trim-words.js';

/** chrono parsers replaced by ours: they read units relative to now, not as TimeML does. */
const DROPPED = new Set([
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/** chrono refiners we leave out: TimeML marks the two ends of "Sept. 14 to Thursday" apart. */
const DROPPED_REFINERS = new Set(['ENMergeDateRangeRefiner']);

/** Refiners that must see every result, ours included. */
const SHARED = new Set(['OverlapRemovalRefiner']);

export function newsChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  const ours = [
    // Longer, more specific readings first: overlap removal keeps the first of two equal spans.
    agoParser,
    weekOfParser,
    spokenYearDateParser,
    pairedDayParser,
    middayParser,
    yearAgoParser,
    quarterParser,
    relativeQuarterParser,
    seasonParser,
    decadeParser,
    centuryParser,
    dayPartParser,
    monthRelativeParser,
    relativeUnitParser,
    inTheUnitParser,
    weekendParser,
    holidayParser,
    thatUnitParser,
    referenceWordParser,
    everyUnitParser,
    everyWeekdayParser,
    setAdverbParser,
    durationParser,
    oneUnitDurationParser,
    vagueDurationParser,
    yearParser,
    spokenYearParser,
    yearTwoThousandParser,
  ];
  const theirs = instance.parsers
    .filter((p) => !DROPPED.has(p.constructor.name))
    .map((p) => (p.constructor.name === 'ENTimeExpressionParser' ? clockOnly(p) : p));
  instance.parsers = [...ours, ...theirs];
  instance.refiners = [
    ...instance.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)).map((r) => (SHARED.has(r.constructor.name) ? r : keepOurs(r))),
    notADateRefiner,
    notAFractionRefiner,
    trimWordsRefiner,
    titleCaseRefiner,
    // Keep the resolution at the end: it reads the merged, trimmed results.
    resolveChronoRefiner,
  ];
  return instance;
}
