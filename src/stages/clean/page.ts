// Cuts a normalised page into its articles. Each line gets a role (caption, byline, duplicate,
// infobox...) and a score; repeated headline lines mark where an article starts; in each part
// the densest run of prose is the story. Around each story the metadata is read. Pure: text in,
// plain structures out (offsets into the normalised text); the clean-articles stage wires it in.
import { CLASSIFY, INTERRUPTIONS, classifyLine, densestRun, type LineLabel, type Run } from './classify.js';
import { appendedCredit, creditLine, looksLikeCaption, splitCaption } from './captions.js';
import { lineFeatures, splitLines, type Line, type LineFeatures } from './lines.js';
import { infoboxEntry, isInfoboxStart, isTailHeading, wikiHeading, type WikiHeading } from './wiki.js';
import { bylineOf, isHeadlineShaped, isTitleLike, publisherOf, splitTags, statedDate, tagsOf, type StatedDate } from '../metadata/fields.js';

export interface PageLine extends Line {
  f: LineFeatures;
  label: LineLabel;
  /** What the line is besides its class: caption, credit, byline, dateline, duplicate, tags, ... */
  role: string | null;
  wiki: WikiHeading | null;
}

export interface Piece {
  /** Offsets into the normalised text of kept text. */
  start: number;
  end: number;
}

export interface PageArticle {
  title: string | null;
  /** Line index where the article's title or header starts (its zone). */
  zoneStart: number;
  run: Run;
  pieces: Piece[];
  captions: Array<{ text: string; credit: string | null }>;
  published: { text: string; value: string } | null;
  byline: string[];
  tags: string[];
  meta: Record<string, string>;
}

export interface PageResult {
  lines: PageLine[];
  articles: PageArticle[];
  publisher: string | null;
  /** Dropped spans (offsets into the normalised text) with their reasons. */
  removed: Array<{ start: number; end: number; reason: string }>;
}

export const SPLIT = {
  /** A headline printed again within this many lines marks an article's start. */
  headerWindow: 10,
  /** How many lines before a story its title, byline and date may sit. */
  zoneLines: 15,
  /** Lines after a story where a "first published on" stamp may sit. */
  tailLines: 8,
  /** A second article needs this many words of prose, and this share of the main one's. */
  minSecondWords: 80,
  /** Bonus of the first paragraph within `bonusReach` lines after the page's first byline or dateline. */
  storyStartBonus: 50,
  bonusReach: 4,
  /** Prose words of a run that can stand as the story when a comments section follows. */
  minStoryWords: 60,
  /** The same, when the section below the run is unmistakably a comments section. */
  minStoryWordsBeforeComments: 20,
  minSecondShare: 0.25,
  /** Rows of figures in a row make a table (standings, scores, tour dates), counted as story text. */
  minTableRows: 4,
  /** Score of a table row per word: far below prose, enough that a table does not cut a story. */
  tableRowPerWord: 0.3,
  /** A byline or dateline this close to a run's start, under a standfirst this short, starts the story. */
  stampReach: 8,
  maxStandfirstWords: 80,
  /** Above a wire dateline ("DUBAI (AP) — ..."), a summary of key points may be this long. */
  maxSummaryWords: 150,
  /** Score of an embedded post's signature line ("— Name (@handle) date"). */
  embedScore: 4,
  /** Penalty of a "See also" / "Comments" heading on a page without wiki markup. */
  tailPenalty: 40,
} as const;

const BAD = (reason: string, penalty: number = CLASSIFY.badPenalty): LineLabel => ({ kind: 'bad', reason, score: -penalty });

export function cleanPage(text: string): PageResult {
  const lines: PageLine[] = splitLines(text).map((l) => {
    const f = lineFeatures(l.text);
    return { ...l, f, label: classifyLine(l.text, f), role: null, wiki: wikiHeading(l.text) };
  });
  const meta: Record<string, string> = {};
  const cutAt = markWiki(lines, meta);
  markCaptions(lines);
  markMetadataLines(lines);
  markEmbeds(lines);
  markDuplicates(lines);
  markTables(lines, cutAt);
  markLinkLists(lines);
  markSandwiched(lines);
  const headers = findHeaders(lines, cutAt);

  const stops = lines.filter((l) => l.index < cutAt && (l.label.reason === 'comments' || isProfileHeading(lines, l.index))).map((l) => l.index);
  // Membership tests below run once per line or per segment: sets, not array scans (stops and
  // headers grow with the page, so includes() made them quadratic).
  const stopSet = new Set(stops);
  const headerSet = new Set(headers);
  // "About <Company>" above a paragraph, in a press release, is a subheading of the release.
  for (const l of lines) {
    const next = lines[l.index + 1];
    if (l.label.reason === 'about' && !stopSet.has(l.index) && next?.label.kind === 'good' && !next.role) l.label = { kind: 'neutral', reason: null, score: -CLASSIFY.neutralBase };
  }
  const scores = gapScores(lines);
  addStoryStartBonus(lines, scores, cutAt);
  const bounds = [...new Set([0, ...headers, ...stops, cutAt])].sort((a, b) => a - b);
  const runs: Array<{ run: Run; segStart: number; segEnd: number; header: boolean; closed: boolean; words: number }> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const run = startAfterStamp(lines, extendRun(lines, densestRun(scores, bounds[k]!, bounds[k + 1]!), bounds[k]!, bounds[k + 1]!));
    // A header counts only when its story follows it closely (not a repeated line far above).
    const header = headerSet.has(bounds[k]!) && run !== null && run.first - bounds[k]! <= SPLIT.zoneLines;
    // Readers' comments follow a story; they are never one, once a story was found above them.
    const closed = stopSet.has(bounds[k]!) || (runs.at(-1)?.closed === true && !header);
    if (run) runs.push({ run, segStart: bounds[k]!, segEnd: bounds[k + 1]!, header, closed, words: proseWords(lines, run) });
  }
  // A bare "Comments" may be a menu entry; "12 responses to 'Title'" or "Leave a reply" is the
  // comments section itself, so the prose above it is the story however short it is.
  const strongStops = new Set(stops.filter((i) => !/^\W*\p{L}+\W*$/u.test(lines[i]!.text)));
  const open = runs.filter((r) => !r.closed && r.words >= (strongStops.has(r.segEnd) ? SPLIT.minStoryWordsBeforeComments : SPLIT.minStoryWords));
  const main = (open.length > 0 ? open : runs).reduce<(typeof runs)[number] | null>((best, r) => (!best || r.run.score > best.run.score ? r : best), null);
  const chosen = runs.filter(
    (r) => r === main || (r.header && !r.closed && main && r.words >= Math.max(SPLIT.minSecondWords, SPLIT.minSecondShare * main.words)),
  );

  const publisher = findPublisher(lines);
  // The page's first line, when it names the site, is its masthead.
  if (publisher && lines[0] && !lines[0].role && lines[0].text.includes(publisher) && lines[0].index < (chosen[0]?.run.first ?? 0)) lines[0].role = 'site-name';
  const articles = chosen.map((r, i) =>
    buildArticle(lines, r.run, r.header ? r.segStart : Math.max(r.segStart, r.run.first - SPLIT.zoneLines), chosen[i + 1]?.segStart ?? cutAt, r.header, i === 0 ? meta : {}),
  );
  return { lines, articles, publisher, removed: removedSpans(lines, articles, cutAt, text.length) };
}

/**
 * Line scores where each further line of a gap between prose lines costs more: a story has
 * single interruptions (a subhead, a caption), while a block of menu lines or a teaser list
 * between two runs of prose means two different things.
 */
export function gapScores(lines: readonly PageLine[]): number[] {
  let gap = 0;
  const around = interruptionNeighbours(lines);
  return lines.map((l, i) => {
    if (l.label.kind === 'good') {
      gap = 0;
      return l.label.score;
    }
    if (isInterruption(lines, i, around)) return -CLASSIFY.interruptionPenalty;
    gap++;
    return l.label.score * Math.min(gap, CLASSIFY.maxGapFactor);
  });
}

/** A sentence of a story, or a short line that reads as one (not a menu entry, not boilerplate). */
const sentenceLike = (l: PageLine | undefined): boolean =>
  l !== undefined && !l.role && (l.label.kind === 'good' || (l.label.kind === 'neutral' && l.f.sentenceEnd && l.f.capitalShare < CLASSIFY.menuCapitalShare));

/**
 * "Advertisement" or "Read more" between two sentences of a story: cut out, but no sign that the
 * story ended there. The same line before a promo block or a menu costs its full penalty.
 */
const CAPTION_ROLES: ReadonlySet<string> = new Set(['caption', 'credit', 'duplicate-caption']);

/** A line a site prints between a story's paragraphs: an ad marker, a link, an image caption. */
function interrupts(l: PageLine | undefined): boolean {
  if (!l) return false;
  // A photo's counter or a share count printed with its caption ("6", "1 of 6") goes with it.
  const counter = l.f.words <= 3 && (l.role === 'repeated' || l.role === 'duplicate' || l.label.reason === 'share-counter' || l.label.reason === 'image-gallery');
  if (counter) return true;
  if (l.role) return CAPTION_ROLES.has(l.role);
  return l.label.reason !== null && INTERRUPTIONS.has(l.label.reason);
}

/**
 * For each line, the nearest line before and after it that does not interrupt (-1 / length: none),
 * found in two passes: skipping the run from every line of it was quadratic in the run's length
 * (10,000 repeated lines took a minute).
 */
function interruptionNeighbours(lines: readonly PageLine[]): { before: Int32Array; after: Int32Array } {
  const n = lines.length;
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    before[i] = last;
    if (!interrupts(lines[i])) last = i;
  }
  for (let i = n - 1, next = n; i >= 0; i--) {
    after[i] = next;
    if (!interrupts(lines[i])) next = i;
  }
  return { before, after };
}

function isInterruption(lines: readonly PageLine[], i: number, around: { before: Int32Array; after: Int32Array }): boolean {
  if (!interrupts(lines[i])) return false;
  return sentenceLike(lines[around.before[i]!]) && sentenceLike(lines[around.after[i]!]);
}

/**
 * The page's first byline or dateline usually sits just above its story: the first paragraph
 * after it gets a bonus, which settles close calls between a short story and a long footer blob.
 */
function addStoryStartBonus(lines: readonly PageLine[], scores: number[], cutAt: number): void {
  const stamp = lines.findIndex((l) => l.index < cutAt && (l.role === 'byline' || l.role === 'dateline'));
  if (stamp < 0) return;
  for (let i = stamp + 1; i < Math.min(cutAt, stamp + 1 + SPLIT.bonusReach); i++) {
    if (lines[i]!.label.kind === 'good') {
      scores[i] = scores[i]! + SPLIT.storyStartBonus;
      return;
    }
  }
}

/**
 * Short sentences at a story's edges ("Now get prepping!", "All...") score below zero on their own;
 * a neighbouring line that reads as a sentence and is no boilerplate belongs to the story.
 */
function extendRun(lines: readonly PageLine[], run: Run | null, from: number, to: number): Run | null {
  if (!run) return null;
  const belongs = (l: PageLine): boolean => l.label.kind === 'neutral' && !l.role && !l.label.reason && l.f.sentenceEnd && l.f.capitalShare < CLASSIFY.menuCapitalShare;
  let { first, last } = run;
  while (first - 1 >= from && belongs(lines[first - 1]!) && !isTitleLike(lines[first - 1]!.text)) first--;
  while (last + 1 < to && belongs(lines[last + 1]!)) last++;
  last = listAfter(lines, last, to);
  return { first, last, score: run.score };
}

/** A list item of a story: a clause in lower case, or a bulleted line; no menu entry, no boilerplate. */
const listItem = (l: PageLine): boolean =>
  l.label.kind === 'neutral' && !l.role && !l.label.reason && l.f.words >= 3 && l.f.words <= 40 && (/^[-•*·–]\s/.test(l.text) || l.f.capitalShare < 0.35);

/**
 * "It offers:" right after the story, then at least two list items: the list ends the story
 * (its items are clauses without a final stop, so they do not read as prose on their own).
 */
function listAfter(lines: readonly PageLine[], last: number, to: number): number {
  const intro = lines[last + 1];
  if (!intro || intro.role || intro.label.kind === 'bad' || !/:$/.test(intro.text) || intro.f.words > 12) return last;
  let end = last + 1;
  while (end + 1 < to && listItem(lines[end + 1]!)) end++;
  return end - (last + 1) >= 2 ? end : last;
}

const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,30}(,\s[\p{L} .]{2,30})?(\s\([^)]{1,20}\))?\s[—–-]{1,2}\s/u;

/**
 * A byline or dateline near the top of a run separates a standfirst and a lead-image caption
 * above it from the story below it: the story starts after the stamp.
 */
function startAfterStamp(lines: readonly PageLine[], run: Run | null): Run | null {
  if (!run) return null;
  let words = 0;
  for (let i = run.first; i <= Math.min(run.last, run.first + SPLIT.stampReach); i++) {
    const l = lines[i]!;
    if (l.role === 'byline' || l.role === 'dateline') {
      const next = lines.slice(i + 1, run.last + 1).find((n) => n.label.kind === 'good' && !n.role);
      return next && words <= SPLIT.maxStandfirstWords ? { ...run, first: next.index } : run;
    }
    // "DUBAI, United Arab Emirates — ...", "HANOI (AP) — ...": the wire dateline opens the story.
    if (i > run.first && l.label.kind === 'good' && WIRE_DATELINE.test(l.text)) return words <= SPLIT.maxSummaryWords ? { ...run, first: i } : run;
    if (l.label.kind === 'good' && !l.role) words += l.f.words;
  }
  return run;
}

function proseWords(lines: readonly PageLine[], run: Run): number {
  let n = 0;
  for (let i = run.first; i <= run.last; i++) if (lines[i]!.label.kind === 'good') n += lines[i]!.f.words;
  return n;
}

/** Wiki title, infobox and tail sections; returns the line index where the story part ends. */
function markWiki(lines: PageLine[], meta: Record<string, string>): number {
  let cutAt = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.wiki && line.wiki.level === 1 && i < 3) line.role = 'title';
    else if (line.wiki && isTailHeading(line.wiki.title)) {
      cutAt = Math.min(cutAt, i);
    } else if (line.wiki) {
      line.label = { kind: 'neutral', reason: null, score: -CLASSIFY.neutralBase };
    } else if (isInfoboxStart(line.text) && infoboxEntry(lines[i + 1]?.text ?? '')) {
      line.role = 'infobox';
      let j = i + 1;
      for (; j < lines.length; j++) {
        const entry = infoboxEntry(lines[j]!.text);
        if (!entry) break;
        lines[j]!.role = 'infobox';
        if (entry.value && !(entry.key in meta)) meta[entry.key] = entry.value;
      }
      i = j - 1;
    } else if (isTailHeading(line.text) && !line.wiki) {
      line.label = BAD(/comment|repl|respons|thought|reaction/i.test(line.text) ? 'comments' : 'see-also', SPLIT.tailPenalty);
    }
  }
  for (let i = cutAt; i < lines.length; i++) lines[i]!.role ??= 'see-also';
  return cutAt;
}

/** Captions: a line with a credit, a caption printed again with a credit appended, credit lines. */
function markCaptions(lines: PageLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role) continue;
    const next = lines[i + 1];
    if (next && !next.role && appendedCredit(line.text, next.text)) {
      line.role = 'caption';
      next.role = 'duplicate-caption';
      i++;
    } else if (creditLine(line.text) && line.f.words <= 12) {
      line.role = 'credit';
    } else if (looksLikeCaption(line.text) && line.f.words >= 4) {
      line.role = 'caption';
    }
  }
  for (const line of lines) if (line.role) line.label = BAD(line.role);
}

/** Bylines, datelines and tag lines: short lines that carry metadata rather than story. */
function markMetadataLines(lines: PageLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role || line.f.words > 20) continue;
    const tags = tagsOf(line.text);
    if (tags !== null && (tags.length > 0 || line.f.words <= 2)) {
      line.role = 'tags';
      line.label = BAD('tags');
      const next = lines[i + 1];
      if (tags.length === 0 && next && !next.role && next.f.words <= 25 && !next.f.sentenceEnd) {
        next.role = 'tags';
        next.label = BAD('tags');
        i++;
      }
      continue;
    }
    const byline = bylineOf(line.text, lines[i + 1]?.text ?? null);
    if (byline && !(line.label.kind === 'good' && line.f.words > 8)) {
      line.role = 'byline';
      line.label = BAD('byline');
      // "By" alone: the names are on the next line.
      if (/^\s*by\s*:?\s*$/i.test(line.text) && lines[i + 1]) {
        lines[i + 1]!.role = 'byline';
        lines[i + 1]!.label = BAD('byline');
        i++;
      }
      continue;
    }
    const date = statedDate(line.text);
    if (date && isDateline(line, date)) {
      line.role = 'dateline';
      line.label = BAD('dateline');
    }
  }
}

/** A stamp line: the date and a few label words ("Updated 1:39 am EST, Nov 20, 2019"), not a sentence. */
function isDateline(line: PageLine, date: StatedDate): boolean {
  const rest = (line.text.slice(0, date.index) + ' ' + line.text.slice(date.index + date.text.length)).trim();
  const restWords = rest ? rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length : 0;
  if (date.label !== 'plain') return restWords <= 10;
  return restWords <= 5 && !(line.label.kind === 'good' && line.f.words >= 8);
}

const NUMBER = /^[([]?[+-]?\d[\d.,:/%–-]*[)\]]?[:,.]?$/;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** A row of a table in a text dump: a few words and figures, not a sentence of prose. */
export function isTableRow(line: PageLine, inTable = false): boolean {
  if (line.role || line.label.reason || line.f.words < 3 || line.f.words > 60 || !/\d/.test(line.text)) return false;
  const prose = line.label.kind === 'good' && line.f.stopwordShare >= CLASSIFY.minStopwordShare;
  if (prose && !(inTable && line.f.words <= 30)) return false;
  const tokens = line.text.split(/\s+/);
  const figures = tokens.filter((t) => NUMBER.test(t)).length;
  if (figures === 0) return false;
  // Once a table has begun, any short line of words and figures continues it.
  if (inTable && line.f.words <= 30) return true;
  if (prose) return false;
  const leads = NUMBER.test(tokens[0]!) || (MONTH.test(tokens[0]!) && NUMBER.test(tokens[1] ?? ''));
  return leads || figures / tokens.length >= 0.2;
}

/**
 * Tables: runs of rows of figures (a standings table, box scores, a list of tour dates), where
 * one short heading line may sit between rows. They belong to the story they stand in or next
 * to, so they score a little above zero instead of cutting it; menus and teaser lists have no
 * figures in every row.
 */
function markTables(lines: PageLine[], cutAt: number): void {
  let i = 0;
  while (i < cutAt) {
    if (!isTableRow(lines[i]!)) {
      i++;
      continue;
    }
    const rows = [i];
    let j = i + 1;
    while (j < cutAt) {
      const inTable = rows.length >= 2;
      if (isTableRow(lines[j]!, inTable)) rows.push(j++);
      else if (j + 1 < cutAt && lines[j]!.f.words <= 4 && !lines[j]!.role && isTableRow(lines[j + 1]!, inTable)) j++;
      else break;
    }
    if (rows.length >= SPLIT.minTableRows) {
      for (const r of rows) {
        const line = lines[r]!;
        line.label = { kind: 'good', reason: 'table', score: SPLIT.tableRowPerWord * line.f.words };
      }
    }
    i = j;
  }
}

/**
 * "About the author" or "About <First Last>" with a paragraph about that person right below: an
 * author box after the story, not a menu entry. ("About <Company>" in a press release is part of
 * the release and stays.)
 */
function isProfileHeading(lines: readonly PageLine[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (line.label.reason !== 'about' || !next || next.label.kind !== 'good' || next.role) return false;
  const name = line.text.replace(/^\S+(\s+de)?\s+/i, '').replace(/:$/, '').trim();
  if (/^the (author|writer|authors|contributor)$/i.test(name)) return true;
  if (!/^\p{Lu}\p{Ll}+(\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(name) || !next.text.includes(name)) return false;
  // A press release names its company in the story above; an author box's person is not its subject.
  return !lines.slice(0, i).some((l) => l.label.kind === 'good' && !l.role && l.text.includes(name));
}

/** "— Name (@handle) November 19, 2019": the signature of a post embedded in the story. */
const POST_SIGNATURE = /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2},? \d{4}$/u;

/**
 * An embedded social post is part of the story that quotes it: its signature line is no
 * dateline, and it counts a little as story text so the post's own words stay with it.
 */
function markEmbeds(lines: PageLine[]): void {
  for (const line of lines) {
    if (line.role !== 'dateline' && line.role !== null) continue;
    if (!POST_SIGNATURE.test(line.text)) continue;
    line.role = null;
    line.label = { kind: 'good', reason: 'embed', score: SPLIT.embedScore };
  }
}

/**
 * A short line between two boilerplate lines ("Share this article" / "Copied!" / "Newsletter") is
 * part of the same widget: dropped from the body, keeping its score.
 */
function markSandwiched(lines: PageLine[]): void {
  // Lexicon boilerplate only: a headline sits between a menu and its byline, and stays a title.
  const bad = (l: PageLine | undefined): boolean => l !== undefined && l.label.kind === 'bad' && !l.role;
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.label.kind !== 'neutral' || l.role || l.f.words > 8 || (l.f.sentenceEnd && l.f.words >= 3)) continue;
    if (bad(lines[i - 1]) && bad(lines[i + 1])) l.label = { kind: 'bad', reason: lines[i - 1]!.label.reason ?? lines[i - 1]!.role ?? 'menu', score: l.label.score };
  }
}

/**
 * The headline links under a "Related articles" / "Most read" heading: short lines without a
 * final stop, up to the next paragraph. Dropped from the body; they keep their score, since such
 * a box sits inside a story as often as after it.
 */
function markLinkLists(lines: PageLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.label.reason !== 'related-links' || lines[i]!.role) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      // A line right above a byline or dateline is the next story's headline, not a link.
      const stamp = [lines[j + 1], lines[j + 2]].some((n) => n?.role === 'byline' || n?.role === 'dateline');
      // "Here are the highlights:" introduces the story's own list, not a link.
      if (l.role || l.label.kind !== 'neutral' || l.label.reason || l.f.sentenceEnd || /:$/.test(l.text) || l.f.words > 20 || stamp) break;
      l.label = { kind: 'bad', reason: 'related-links', score: l.label.score };
    }
    i = j - 1;
  }
}

/**
 * Lines printed twice close together are a headline or a caption printed twice; the copies are
 * not story text. Copies far apart (a list repeated in a recipe, a menu in header and footer)
 * keep their own class: repetition alone says little there.
 */
function markDuplicates(lines: PageLine[]): void {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const key = l.text.toLowerCase();
    const list = seen.get(key);
    if (list) list.push(i);
    else seen.set(key, [i]);
  });
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    list.forEach((i, p) => {
      const line = lines[i]!;
      if (line.role === 'caption' || line.role === 'duplicate-caption') {
        if (i !== list[0]) line.role = 'duplicate-caption';
        return;
      }
      if (line.role) return;
      const title = isTitleLike(line.text);
      // The list is in page order, so the nearest copies are its neighbours in the list (checking
      // every copy was quadratic: a line repeated 150,000 times took a minute).
      const window = title ? SPLIT.headerWindow : 2;
      const near = (p > 0 && i - list[p - 1]! <= window) || (p + 1 < list.length && list[p + 1]! - i <= window);
      if (!near) return;
      // A long sentence printed twice next to itself is a caption printed twice.
      if (line.f.words >= 8 && (line.f.sentenceEnd || line.f.sentences > 0) && !title) {
        line.role = i === list[0] ? 'caption' : 'duplicate-caption';
      } else {
        line.role = i === list[0] ? 'repeated' : title ? 'duplicate-title' : 'duplicate';
      }
      line.label = BAD(line.role);
    });
  }
}

/** Line indexes where an article starts: a headline printed twice within a few lines, a wiki title. */
function findHeaders(lines: readonly PageLine[], cutAt: number): number[] {
  const headers: number[] = [];
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = l.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < cutAt; i++) {
    const line = lines[i]!;
    if (line.role === 'title') {
      headers.push(i);
      continue;
    }
    if (line.role !== 'repeated' || !isTitleLike(line.text)) continue;
    const key = line.text.toLowerCase();
    // A headline is printed twice; a line printed again and again is a list item or a menu.
    if (counts.get(key) !== 2) continue;
    for (let j = i + 1; j < Math.min(cutAt, i + 1 + SPLIT.headerWindow); j++) {
      // Between a headline's two printings sit captions, counters, a date: never a paragraph.
      if (lines[j]!.label.kind === 'good' && !lines[j]!.role) break;
      if (lines[j]!.text.toLowerCase() === key) {
        if (line.f.words >= 3 && opensArticle(lines, i, cutAt)) headers.push(i);
        break;
      }
    }
  }
  return headers;
}

const ARTICLE_START_ROLES = new Set(['caption', 'duplicate-caption', 'credit', 'dateline', 'byline']);

/**
 * A headline printed twice opens an article when captions, a dateline or a byline sit between it
 * and the first paragraph. A headline printed twice with only a teaser after it is a related-story
 * link inside the page (or a glossary entry), not a new article.
 */
function opensArticle(lines: readonly PageLine[], header: number, cutAt: number): boolean {
  for (let i = header + 1; i < Math.min(cutAt, header + 1 + SPLIT.zoneLines); i++) {
    const line = lines[i]!;
    if (line.label.kind === 'good' && !line.role) return false;
    if (line.role && ARTICLE_START_ROLES.has(line.role)) return true;
  }
  return false;
}

function findPublisher(lines: readonly PageLine[]): string | null {
  const first = lines[0] && lines[0].f.words <= 12 ? lines[0].text : null;
  // The footer's notice, with a year or "rights reserved" (a bare "© Agency" is a photo credit).
  const copyright = lines.findLast((l) => l.label.reason === 'legal' && /©|\(c\)|copyright/i.test(l.text) && /\b(19|20)\d{2}\b|rights reserved/i.test(l.text))?.text ?? null;
  return publisherOf(first, copyright);
}

function buildArticle(lines: PageLine[], run: Run, zoneStart: number, zoneEnd: number, header: boolean, meta: Record<string, string>): PageArticle {
  const pieces: Piece[] = [];
  for (let i = run.first; i <= run.last; i++) {
    const line = lines[i]!;
    if (line.label.kind === 'bad' || line.role) continue;
    if (line.wiki) pieces.push({ start: line.start + line.wiki.innerStart, end: line.start + line.wiki.innerEnd });
    else pieces.push({ start: line.start, end: line.end });
  }
  const zone = lines.slice(zoneStart, run.first);
  const tail = lines.slice(run.last + 1, Math.min(zoneEnd, run.last + 1 + SPLIT.tailLines));
  return {
    title: findTitle(lines, zoneStart, run.first, header),
    zoneStart,
    run,
    pieces,
    captions: collectCaptions(lines.slice(zoneStart, run.last + 1)),
    published: findPublished(zone, tail),
    byline: findByline(zone, lines),
    tags: findTags(lines.slice(zoneStart, zoneEnd)),
    meta,
  };
}

function findTitle(lines: readonly PageLine[], zoneStart: number, runFirst: number, header: boolean): string | null {
  const zoneLine = lines[zoneStart];
  if (zoneLine?.role === 'title' && zoneLine.wiki) return zoneLine.wiki.title;
  if (header && zoneLine) {
    // The headline printed twice: prefer a printing that is not all lower case (a URL slug).
    const key = zoneLine.text.toLowerCase();
    const copies = lines.slice(zoneStart, runFirst).filter((l) => l.text.toLowerCase() === key);
    return (copies.find((l) => l.text !== key) ?? zoneLine).text;
  }
  let best: { text: string; score: number } | null = null;
  // Share bars and menus between the headline and the story do not count as distance.
  let distance = 0;
  let reach = zoneStart;
  for (let i = runFirst - 1; i >= 0 && i >= reach; i--) {
    const cand = lines[i]!;
    if (cand.label.kind === 'bad' && !cand.role?.startsWith('dup')) reach = Math.max(0, reach - 1);
    else distance++;
    if (!isTitleCandidate(cand)) continue;
    const score = titleScore(lines, cand, runFirst) + 0.3 * (runFirst - cand.index) - 0.3 * distance;
    if (!best || score > best.score) best = { text: cand.text, score };
  }
  return best?.text ?? null;
}

/**
 * How much a line above the story reads as its headline: a few words or more, printed again on
 * the page (the page title and the heading), just above the byline or date, close to the story.
 */
function titleScore(lines: readonly PageLine[], cand: PageLine, runFirst: number): number {
  let score = cand.f.words >= 4 ? 2 : cand.f.words <= 2 ? -2 : 0;
  // A menu is printed twice too, but its entries are short.
  if ((cand.role === 'repeated' || cand.role === 'duplicate-title') && cand.f.words >= 5) score += 3;
  for (let j = cand.index + 1; j < Math.min(runFirst, cand.index + 4); j++) {
    const l = lines[j]!;
    if (l.role === 'byline' || l.role === 'dateline') {
      score += 5;
      break;
    }
    if (l.label.kind === 'good' && !l.role) break;
  }
  return score - 0.3 * (runFirst - cand.index);
}

function isTitleCandidate(line: PageLine): boolean {
  if (line.role && line.role !== 'repeated' && line.role !== 'duplicate-title') return false;
  if (line.label.reason && line.role === null) return false;
  return line.f.words >= 3 && isHeadlineShaped(line.text) && line.text !== line.text.toLowerCase();
}

function collectCaptions(zone: readonly PageLine[]): Array<{ text: string; credit: string | null }> {
  const out: Array<{ text: string; credit: string | null }> = [];
  const seen = new Set<string>();
  // A credit printed just above its caption ("Image copyright X" / "Image caption Y") waits for it.
  let pending: string | null = null;
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i]!;
    if (line.role === 'caption') {
      const next = zone[i + 1];
      const appended = next ? appendedCredit(line.text, next.text) : null;
      const parts = appended ? { text: line.text, credit: appended } : splitCaption(line.text);
      if (parts.credit === null && pending) parts.credit = pending;
      pending = null;
      const key = parts.text.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(parts);
      }
    } else if (line.role === 'credit') {
      const credit = creditLine(line.text)!;
      const last = out.at(-1);
      const next = zone[i + 1];
      if (next?.role === 'caption' && splitCaption(next.text).credit === null && !(last && last.credit === null && zone[i - 1]?.role === 'caption')) pending = credit;
      else if (last && last.credit === null) last.credit = credit;
      else if (!last || last.credit !== credit) out.push({ text: line.text, credit });
    }
  }
  return out;
}

const LABEL_RANK = { published: 0, plain: 1, updated: 2 } as const;

function findPublished(zone: readonly PageLine[], tail: readonly PageLine[]): { text: string; value: string } | null {
  let best: StatedDate | null = null;
  const consider = (line: PageLine, tailLine: boolean): void => {
    if (line.role !== 'dateline' && line.role !== 'byline') return;
    const d = statedDate(line.text);
    if (!d || (tailLine && d.label !== 'published')) return;
    if (!best || LABEL_RANK[d.label] < LABEL_RANK[best.label]) best = d;
  };
  for (const line of zone) consider(line, false);
  for (const line of tail) consider(line, true);
  const found = best as StatedDate | null;
  return found ? { text: found.text, value: found.value } : null;
}

function findByline(zone: readonly PageLine[], lines: readonly PageLine[]): string[] {
  for (const line of zone) {
    if (line.role !== 'byline') continue;
    const names = bylineOf(line.text, lines[line.index + 1]?.text ?? null);
    if (names && names.length > 0) return names;
  }
  return [];
}

function findTags(region: readonly PageLine[]): string[] {
  for (let i = 0; i < region.length; i++) {
    const line = region[i]!;
    if (line.role !== 'tags') continue;
    const tags = tagsOf(line.text);
    if (tags && tags.length > 0) return tags;
    const next = region[i + 1];
    if (next?.role === 'tags') return splitTags(next.text);
  }
  return [];
}

/** Every line outside the articles' bodies (and inside them but dropped), merged by reason. */
function removedSpans(lines: readonly PageLine[], articles: readonly PageArticle[], cutAt: number, textLength: number): PageResult['removed'] {
  const kept = new Set<number>();
  for (const a of articles) for (const p of a.pieces) kept.add(p.start);
  const out: PageResult['removed'] = [];
  const push = (start: number, end: number, reason: string): void => {
    const last = out.at(-1);
    if (last && last.reason === reason && last.end <= start && start - last.end <= 2) last.end = end;
    else out.push({ start, end, reason });
  };
  const titles = new Set(articles.map((a) => a.title).filter((t): t is string => t !== null));
  const titled = new Set<string>();
  for (const line of lines) {
    // The printing of a headline that became an article's title is 'title'; other printings are duplicates.
    if (titles.has(line.text) && !titled.has(line.text) && !line.wiki) {
      titled.add(line.text);
      push(line.start, line.end, 'title');
      continue;
    }
    if (line.wiki && kept.has(line.start + line.wiki.innerStart)) {
      push(line.start, line.start + line.wiki.innerStart, 'wiki-markup');
      push(line.start + line.wiki.innerEnd, line.end, 'wiki-markup');
      continue;
    }
    if (kept.has(line.start)) continue;
    push(line.start, line.end, reasonOf(line, line.index >= cutAt));
  }
  return out.filter((r) => r.end > r.start && r.end <= textLength);
}

function reasonOf(line: PageLine, afterCut: boolean): string {
  if (afterCut) return 'see-also';
  if (line.role === 'title') return 'title';
  if (line.role === 'repeated') return isTitleLike(line.text) ? 'duplicate-title' : 'duplicate';
  if (line.role) return line.role;
  if (line.label.reason) return line.label.reason;
  // Short Capitalised lines are navigation; longer lower-case text is prose of something else
  // (a glossary entry, a teaser), so it is named as such.
  const menuLike = line.f.words <= 3 || line.f.capitalShare >= CLASSIFY.menuCapitalShare;
  return line.label.kind === 'good' || !menuLike ? 'outside-article' : 'menu';
}
