// Offset maps: from positions in a derived text (normalised text, an article body) back to
// positions in the text it was made from. Every stage that rewrites text keeps one, so any
// annotation can be traced to the raw source (losing offsets is the classic NLP-tool bug).
import { spanAt } from './search.js';

/** Maps offsets of a derived text back to the text it was derived from. */
export interface OffsetMap {
  /** Length of the derived text. */
  readonly length: number;
  /** Source offset of the derived character at `i` (or the source end when i === length). */
  toSource(i: number): number;
  /** Source offset just after the derived character at `end - 1`: use for exclusive ends. */
  toSourceEnd(end: number): number;
}

interface Run {
  out: number; // start in the derived text
  src: number; // start in the source text
  outLen: number;
  srcLen: number; // equal to outLen for a copy
}

/**
 * A run-length map. A copy run maps character for character; a replace run (a collapsed
 * whitespace run, a CRLF, an NFC composition) maps all its derived characters to its source start.
 */
export class RunMap implements OffsetMap {
  private constructor(
    private readonly runs: readonly Run[],
    readonly length: number,
    private readonly sourceLength: number,
  ) {}

  static identity(length: number): RunMap {
    return new RunMap(length > 0 ? [{ out: 0, src: 0, outLen: length, srcLen: length }] : [], length, length);
  }

  static builder(): RunMapBuilder {
    return new RunMapBuilder((runs, length, sourceLength) => new RunMap(runs, length, sourceLength));
  }

  private find(i: number): Run | undefined {
    return spanAt(this.runs, i, (run) => run.out, (run) => run.out + run.outLen);
  }

  toSource(i: number): number {
    if (i >= this.length) return this.sourceLength;
    const run = this.find(i);
    if (!run) throw new RangeError(`offsets: ${i} is outside the mapped text of length ${this.length}`);
    return run.outLen === run.srcLen ? run.src + (i - run.out) : run.src;
  }

  toSourceEnd(end: number): number {
    if (end <= 0) return 0;
    const run = this.find(end - 1);
    if (!run) throw new RangeError(`offsets: ${end} is outside the mapped text of length ${this.length}`);
    return run.outLen === run.srcLen ? run.src + (end - run.out) : run.src + run.srcLen;
  }
}

type Make = (runs: Run[], length: number, sourceLength: number) => RunMap;

/** Builds a RunMap while a derived text is written left to right. */
export class RunMapBuilder {
  private readonly runs: Run[] = [];
  private outPos = 0;
  private srcEnd = 0;

  constructor(private readonly make: Make) {}

  /** `len` characters copied unchanged from `src`. */
  copy(src: number, len: number): this {
    if (len <= 0) return this;
    const last = this.runs.at(-1);
    if (last && last.outLen === last.srcLen && last.src + last.srcLen === src && last.out + last.outLen === this.outPos) {
      last.outLen += len;
      last.srcLen += len;
    } else {
      this.runs.push({ out: this.outPos, src, outLen: len, srcLen: len });
    }
    this.outPos += len;
    this.srcEnd = Math.max(this.srcEnd, src + len);
    return this;
  }

  /** `outLen` derived characters standing for `srcLen` source characters at `src`. */
  replace(src: number, srcLen: number, outLen: number): this {
    if (outLen <= 0) return this;
    if (outLen === srcLen) return this.copy(src, outLen);
    this.runs.push({ out: this.outPos, src, outLen, srcLen });
    this.outPos += outLen;
    this.srcEnd = Math.max(this.srcEnd, src + srcLen);
    return this;
  }

  get length(): number {
    return this.outPos;
  }

  build(sourceLength = this.srcEnd): RunMap {
    return this.make(this.runs, this.outPos, sourceLength);
  }
}

/** `inner` maps C -> B and `outer` maps B -> A; the result maps C -> A. */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return {
    length: inner.length,
    toSource: (i) => outer.toSource(inner.toSource(i)),
    toSourceEnd: (end) => (end <= 0 ? outer.toSource(inner.toSource(0)) : outer.toSourceEnd(inner.toSourceEnd(end))),
  };
}

/** The source span of a derived span [start, end). */
export function sourceSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const s = map.toSource(start);
  return { start: s, end: end > start ? map.toSourceEnd(end) : s };
}
