// Words that point at the present, past or future without a calendar value: "now",
// "currently", "recently", "the future" -> TimeML's PRESENT_REF / PAST_REF / FUTURE_REF.
// Chrono reads "now" as the reference instant; TimeML and news readers do not.
import { REFERENCE_WORDS } from '../../../../rules/dates.js';
import { timexParser } from '../timex.js';

const escape = (s: string): string => s.replace(/ /g, '\\s+');
const WORDS = Object.keys(REFERENCE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const PATTERN = new RegExp(`(?:${WORDS})(?![\\p{L}\\p{N}-])`, 'iu');

export const referenceWordParser = timexParser('ReferenceWordParser', PATTERN, (match, _ref, context) => {
  const text = match[0].toLowerCase().replace(/\s+/g, ' ');
  const value = REFERENCE_WORDS[text];
  if (!value) return null;
  const index = match.index ?? 0;
  const after = context.text.slice(index + match[0].length, index + match[0].length + 12);
  // "now" as a conjunction ("now that ...") still refers to the present; "soon after" does not.
  if (text === 'soon' && /^\s+(?:after|before|as|enough)\b/i.test(after)) return null;
  if (text === 'the past' && /^\s+(?:\d|[a-z]+\s+(?:years|months|weeks|days|decades))/i.test(after)) return null;
  return { kind: 'date', value, grain: 'day' };
});
