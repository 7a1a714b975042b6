// Completes dates from the article around them, after every mention is resolved on its own:
// a clock time with no day takes the day of the date before it in its sentence ("on 27 January
// 2023, at around 08:00 a.m."), "local time" takes the zone of the city the sentence names
// (from the IANA zone names Node carries), and in a text with no publication date a day or
// month without a year takes the year of the first date stated in full: the lead names the
// main event, and the latest date, which stands in as the reference, is often a later one.
import type { Span } from '../../../core/doc.js';
import { fmtOffset, noonUtc, parseYmd } from './calendar.js';
import type { Timex } from './timex.js';
import { spanAt } from '../../../core/search.js';

export interface Placed {
  span: Span;
  timex: Timex;
}

/** City names of the IANA zones ("Asia/Tehran" -> "tehran"), read once. */
let zoneByCity: Map<string, string> | null = null;
function zones(): Map<string, string> {
  if (!zoneByCity) {
    zoneByCity = new Map();
    // Region/City zones only: Antarctic stations ("Davis", "Casey") and county zones
    // ("America/Indiana/Knox", ".../North_Dakota/Center") read as surnames and common words.
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const parts = zone.split('/');
      if (parts.length !== 2 || /^(?:Antarctica|Etc|SystemV|US|Canada|Brazil|Mexico|Chile)$/.test(parts[0]!)) continue;
      const city = parts[1]!.replace(/_/g, ' ').toLowerCase();
      if (!zoneByCity.has(city)) zoneByCity.set(city, zone);
    }
  }
  return zoneByCity;
}

/** UTC offset in minutes of a zone on a day (at noon UTC, away from most DST switches). */
function offsetOn(zone: string, isoDay: string): number | null {
  const day = parseYmd(isoDay);
  if (!day) return null;
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(noonUtc(day))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!m) return null;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The zone of the first zone city named as a place in a sentence ("in Tehran" -> Asia/Tehran). */
function zoneNamed(sentence: string): string | null {
  for (const m of sentence.matchAll(/\b(?:in|at|near|from|of)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g)) {
    const name = m[1]!;
    const zone = zones().get(name.toLowerCase()) ?? zones().get(name.split(/\s+/)[0]!.toLowerCase());
    if (zone) return zone;
  }
  return null;
}

/** The sentence holding an offset (binary search: sentences are in order). */
function sentenceOf(sentences: readonly Span[], at: number): Span | undefined {
  return spanAt(sentences, at, (s) => s.start, (s) => s.end);
}

function withClockDay(found: readonly Placed[], i: number, body: string, sentences: readonly Span[]): Timex {
  const t = found[i]!.timex;
  if (t.kind !== 'date' || !t.clock) return t;
  const sentence = sentenceOf(sentences, found[i]!.span.start);
  let value = t.value;
  for (let j = i - 1; j >= 0 && sentence && found[j]!.span.start >= sentence.start; j--) {
    const before = found[j]!.timex;
    if (before.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(before.value)) {
      value = before.value + value.slice(10);
      break;
    }
  }
  const after = body.slice(found[i]!.span.end, found[i]!.span.end + 14);
  if (sentence && /^\s+local\s+time\b/i.test(after) && !/[+-]\d\d:\d\d$|Z$/.test(value)) {
    const zone = zoneNamed(body.slice(sentence.start, sentence.end));
    const offset = zone ? offsetOn(zone, value.slice(0, 10)) : null;
    if (offset !== null) value += fmtOffset(offset);
  }
  return { ...t, value };
}

/** The year of the first date that states one: the lead names the main event. */
function leadYear(found: readonly Placed[], body: string): number | null {
  for (const f of found) {
    if (f.timex.kind !== 'date') continue;
    const year = /^(\d{4})/.exec(f.timex.value)?.[1];
    if (year && body.slice(f.span.start, f.span.end).includes(year)) return Number(year);
  }
  return null;
}

export function completeFromContext(found: readonly Placed[], body: string, sentences: readonly Span[], published: boolean): Timex[] {
  const year = published ? null : leadYear(found, body);
  return found.map((_, i) => {
    const t = withClockDay(found, i, body, sentences);
    if (t.kind === 'date' && t.yearless && year !== null) return { ...t, value: String(year).padStart(4, '0') + t.value.slice(4) };
    return t;
  });
}
