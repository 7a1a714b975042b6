// Month names and their usual news abbreviations ("Sept."), 1-12.
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

/** A month name or its news abbreviation ("Sept.", "Jan"), for use inside larger patterns. */
export const MONTH_SOURCE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';

/** The month (1-12) a name or abbreviation stands for, or null. */
export function monthOf(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  const hit = Object.entries(MONTHS).find(([full]) => full === key || (key.length >= 3 && full.startsWith(key)));
  return hit ? hit[1] : null;
}
