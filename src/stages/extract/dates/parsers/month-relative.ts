// A month named with a relative word: "last May", "this September", "next March",
// "June last year", "January of next year". chrono reads only the month name and picks the
// closest year; "last May" is the latest May before the reference month, "this May" the
// reference year's, "next May" the first after it.
import { timexParser } from '../timex.js';
import { MONTHS } from '../months.js';

const NAMES = Object.keys(MONTHS).join('|');
const PATTERN = new RegExp(
  `(?:(?:(early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[\\s-]+)?(this\\s+past|this|last|next|earlier\\s+this|later\\s+this)\\s+(${NAMES})\\b|(${NAMES})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)`,
  'i',
);

export const monthRelativeParser = timexParser('MonthRelativeParser', PATTERN, (match, ref) => {
  // News capitalises months: "this march" is a procession.
  if (!/^[A-Z]/.test((match[3] ?? match[4])!)) return null;
  const month = MONTHS[(match[3] ?? match[4])!.toLowerCase()]!;
  const which = (match[2] ?? match[5])!.toLowerCase().replace(/\s+/g, ' ');
  let year = ref.y;
  if (match[4]) year = which === 'last' ? ref.y - 1 : which === 'next' ? ref.y + 1 : ref.y;
  else if (which === 'last' || which === 'this past') year = month < ref.m ? ref.y : ref.y - 1;
  else if (which === 'next') year = month > ref.m ? ref.y : ref.y + 1;
  return { kind: 'date', value: `${year}-${String(month).padStart(2, '0')}`, grain: 'month' };
});
