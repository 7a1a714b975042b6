// Finds spans between quotation marks, line by line: curly, straight, guillemets, „…“ and single
// quotes used as marks (not apostrophes). Straight marks open or close by the characters around
// them. A quote left open at a line's end continues when the next line opens again (the news
// convention for quotes over several paragraphs); any other unbalanced mark is a warning.
import { AMBIGUOUS_DOUBLE, AMBIGUOUS_SINGLE, CLOSERS, OPENERS } from '../../../rules/quotes.js';

export interface QuotedSpan {
  /** Content offsets: after the opening mark, before the closing mark (or the line's end). */
  start: number;
  end: number;
  /** Offset of the opening mark and of the closing mark (-1 when the quote runs on to the next line). */
  open: number;
  close: number;
  /** Quotes over several paragraphs share a group number; otherwise each has its own. */
  group: number;
  single: boolean;
}

export interface QuoteWarning {
  code: string;
  message: string;
}

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** Characters after which a straight mark opens: line start, space, bracket, dash, slash. */
const OPEN_BEFORE = /[\s([{\u2014\u2013/-]/;
/** Characters before which a straight mark closes: line end, space, punctuation. */
const CLOSE_AFTER = /[\s)\]}.,;:!?\u2014\u2013\u2026-]/;

type Role = 'open' | 'close' | 'both' | 'none';

function straightRole(line: string, i: number, width = 1): Role {
  const prev = i > 0 ? line[i - 1] : undefined;
  const next = line[i + width];
  const canOpen = (prev === undefined || OPEN_BEFORE.test(prev) || prev in OPENERS) && next !== undefined && !isSpace(next);
  const canClose = prev !== undefined && !isSpace(prev) && (next === undefined || CLOSE_AFTER.test(next) || CLOSERS.includes(next));
  if (canOpen && canClose) return 'both';
  return canOpen ? 'open' : canClose ? 'close' : 'none';
}

/** Role of a single mark: apostrophes inside words ("Azerbaijan's", "don’t") are neither. */
function singleRole(line: string, i: number): Role {
  const prev = i > 0 ? line[i - 1] : undefined;
  const next = line[i + 1];
  if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'none';
  const c = line[i]!;
  if (c === '‘') return isSpace(next) ? 'none' : 'open';
  const role = straightRole(line, i);
  // ’ never opens ("’90s" is an elision); ' opens only before a letter, not a digit ("'90s").
  if (c === '’') return role === 'open' ? 'none' : role === 'both' ? 'close' : role;
  if (role === 'open' || role === 'both') return isLetterOrDigit(next) && !/\p{N}/u.test(next!) ? role : role === 'both' ? 'close' : 'none';
  return role;
}

interface Mark {
  at: number;
  char: string;
  role: Role;
  single: boolean;
}

/** Every character that may be a quotation mark; the scan jumps from one to the next. */
const ANY_MARK = new RegExp(`[${[AMBIGUOUS_DOUBLE, AMBIGUOUS_SINGLE, '‘’`', ...Object.keys(OPENERS), CLOSERS].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
const DOUBLED_SINGLE = "''";
const BACKTICKS = '``';

function marksOf(line: string): Mark[] {
  const marks: Mark[] = [];
  ANY_MARK.lastIndex = 0;
  for (let found = ANY_MARK.exec(line); found; found = ANY_MARK.exec(line)) {
    const i = found.index;
    const c = found[0];
    // Typewriter doubles: ''…'' (archives such as the New York Times') and ``…'' (Penn Treebank).
    const pair = line.slice(i, i + 2);
    if (pair === DOUBLED_SINGLE || pair === BACKTICKS) {
      marks.push({ at: i, char: pair, role: pair === BACKTICKS ? 'open' : straightRole(line, i, 2), single: false });
      ANY_MARK.lastIndex = i + 2;
      continue;
    }
    if (c === AMBIGUOUS_DOUBLE) marks.push({ at: i, char: c, role: straightRole(line, i), single: false });
    else if (c === AMBIGUOUS_SINGLE || c === '‘' || c === '’') marks.push({ at: i, char: c, role: singleRole(line, i), single: true });
    else if (c in OPENERS) marks.push({ at: i, char: c, role: 'open', single: false });
    else if (CLOSERS.includes(c)) marks.push({ at: i, char: c, role: 'close', single: false });
  }
  return marks.filter((m) => m.role !== 'none');
}

const closes = (opener: string, m: Mark): boolean => {
  if (opener === '„' && m.char === '“') return true; // German „…“: the high mark closes, whatever its neighbours
  if (m.role === 'open') return false;
  if (opener === AMBIGUOUS_DOUBLE) return !m.single && (m.char === '"' || m.char === '”' || m.char === '“');
  if (opener === DOUBLED_SINGLE || opener === BACKTICKS) return m.char === DOUBLED_SINGLE;
  if (opener === AMBIGUOUS_SINGLE) return m.single;
  return (OPENERS[opener] ?? '').includes(m.char);
};

/** A single mark closes only when no apostrophe reading is likelier: in "the workers' union" the
 *  mark ends a plural possessive (s' before a lower-case word), so a later closer is preferred.
 *  Returns, for every mark index, the closer an opener before it pairs with (-1: none), in one
 *  backward pass: scanning forward from each opener was quadratic on a line of unclosed marks. */
function singleClosers(line: string, marks: Mark[], opener: string): Int32Array {
  const next = new Int32Array(marks.length + 1).fill(-1);
  let closer = -1;
  let possessive = -1;
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k]!;
    if (m.single && closes(opener, m)) {
      if (line[m.at - 1] === 's' && /^\s\p{Ll}/u.test(line.slice(m.at + 1, m.at + 3))) possessive = k;
      else closer = k;
    }
    next[k] = closer >= 0 ? closer : possessive;
  }
  return next;
}

interface LineResult {
  spans: Array<{ start: number; end: number; open: number; close: number; single: boolean; runsOn: boolean }>;
  warnings: QuoteWarning[];
}

/** Pairs the marks of one line; `continuing` is the opener of a quote carried from the line before. */
function pairLine(line: string, offset: number, continuing: string | null): LineResult {
  const marks = marksOf(line);
  const spans: LineResult['spans'] = [];
  const warnings: QuoteWarning[] = [];
  const closers = new Map<string, Int32Array>(); // opener -> singleClosers(), built on first use
  let k = 0;
  // A continued quote opens again at the line start; without that mark it has ended (caller checks).
  while (k < marks.length) {
    const m = marks[k]!;
    if (m.role === 'close' && !m.single) {
      warnings.push({ code: 'unbalanced-quote', message: `quotes: a closing mark ${m.char} at ${offset + m.at} has no opening mark; ignored` });
      k++;
      continue;
    }
    if (m.role === 'close') {
      k++; // a lone ’ or ' is an apostrophe ("countries’"), not worth a warning
      continue;
    }
    const opener = m.char;
    let c = -1;
    if (m.single) {
      let next = closers.get(opener);
      if (!next) closers.set(opener, (next = singleClosers(line, marks, opener)));
      c = next[k + 1]!;
    } else {
      for (let j = k + 1; j < marks.length; j++) {
        const n = marks[j]!;
        if (n.single) continue; // nested single quotes belong to the outer quote
        if (closes(opener, n)) {
          c = j;
          break;
        }
        if (n.role === 'open' && !n.single) break; // an opener before any closer: this quote was never closed
      }
    }
    if (c < 0) {
      if (m.single) {
        k++; // an opening single mark with no closer is an elision or a typo, not a quote
        continue;
      }
      let nextOpen = -1; // searched from k on, not from 0: from 0 it was quadratic in unclosed openers
      for (let j = k + 1; j < marks.length && nextOpen < 0; j++) if (!marks[j]!.single && marks[j]!.role === 'open') nextOpen = j;
      if (nextOpen < 0) {
        spans.push({ start: offset + m.at + m.char.length, end: offset + line.length, open: offset + m.at, close: -1, single: false, runsOn: true });
        return { spans, warnings };
      }
      warnings.push({ code: 'unbalanced-quote', message: `quotes: an opening mark ${m.char} at ${offset + m.at} is not closed before the next one; ignored` });
      k = nextOpen;
      continue;
    }
    const close = marks[c]!;
    spans.push({ start: offset + m.at + m.char.length, end: offset + close.at, open: offset + m.at, close: offset + close.at, single: m.single, runsOn: false });
    k = c + 1;
  }
  void continuing;
  return { spans, warnings };
}

const trim = (text: string, s: { start: number; end: number }): { start: number; end: number } => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
};

/** How many following lines a hard-wrapped quote may run over (wrapped dumps cut every ~80 chars). */
const MAX_WRAPPED_LINES = 8;
const OPENS_LINE = /^\s*["“„«‹‘']/;
const ANY_CLOSER = /["”»›’'“]/;

/** A quote left open at a line's end, in hard-wrapped text: when the next lines are no new paragraph
 *  (not blank, not opening a quote) and one of them closes it, the lines are paired as one. Null
 *  when the quote does not close within a few lines (then it is a quote over paragraphs or a stray). */
function rejoinWrapped(lines: readonly string[], i: number, line: string, offset: number, result: LineResult): { line: string; result: LineResult; joined: number } | null {
  const open = result.spans.at(-1);
  if (!open?.runsOn) return null;
  let unit = line;
  for (let k = 1; k <= MAX_WRAPPED_LINES && i + k < lines.length; k++) {
    const next = lines[i + k]!;
    if (next.trim() === '' || OPENS_LINE.test(next)) return null;
    unit += `\n${next}`;
    if (!ANY_CLOSER.test(next)) continue;
    const joined = pairLine(unit, offset, null);
    if (joined.spans.some((q) => q.open === open.open && !q.runsOn)) return { line: unit, result: joined, joined: k };
  }
  return null;
}

/** Every quoted span of `text`, in order, with warnings for marks that do not pair. */
export function findQuotedSpans(text: string): { spans: QuotedSpan[]; warnings: QuoteWarning[] } {
  const spans: QuotedSpan[] = [];
  const warnings: QuoteWarning[] = [];
  let group = 0;
  let carried: QuotedSpan | null = null; // the last piece of a quote still open at its line's end
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let result = pairLine(line, offset, null);
    const wrapped = rejoinWrapped(lines, i, line, offset, result);
    if (wrapped) ({ line, result } = wrapped), (i += wrapped.joined);
    for (const w of result.warnings) warnings.push(w); // not push(...): 300,000 arguments overflow the stack
    const firstMark = line.search(/\S/);
    if (carried) {
      const reopens = result.spans.length > 0 && result.spans[0]!.open === offset + firstMark;
      if (!reopens && line.trim() !== '') {
        warnings.push({ code: 'unbalanced-quote', message: `quotes: the quote opened at ${carried.open} is never closed; kept to the end of its paragraph` });
        carried = null;
      }
    }
    for (const s of result.spans) {
      const continues = carried !== null && s === result.spans[0];
      const g = continues ? carried!.group : ++group;
      const span: QuotedSpan = { ...trim(text, s), open: s.open, close: s.close, group: g, single: s.single };
      if (span.end > span.start) spans.push(span);
      carried = s.runsOn ? span : null;
    }
    offset += line.length + 1;
  }
  if (carried) warnings.push({ code: 'unbalanced-quote', message: `quotes: the quote opened at ${carried.open} is never closed; kept to the end of the text` });
  return { spans, warnings };
}
