// Finds the regular expressions written in TypeScript sources: regex literals and
// `new RegExp('literal', 'flags')` / `RegExp(...)` calls, with their line. A small lexer skips
// strings, template literals and comments and tells a regex `/` from a division, so a regex in a
// comment or a `/` in `a / b` is not taken for one.
import fs from 'node:fs';
import path from 'node:path';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** true for `new RegExp(x)` whose pattern is not a plain string literal (checked at run time instead). */
  dynamic: boolean;
  /** The source line carries `redos-safe: <reason>` (bounded input); polynomial findings are then accepted. */
  waiver: string | null;
}

// After these tokens a `/` starts a regex; after an identifier, number, `)` or `]` it divides.
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

interface Token {
  kind: 'ident' | 'number' | 'string' | 'template' | 'regex' | 'punct';
  value: string;
  start: number;
}

/** Tokens of a TS/JS source, enough to find regexes and the string arguments of RegExp calls. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const braceStack: Array<'template' | 'brace'> = [];
  let i = 0;
  const prevSignificant = (): Token | undefined => tokens.at(-1);
  const regexAllowed = (): boolean => {
    const p = prevSignificant();
    if (!p) return true;
    if (p.kind === 'ident') return KEYWORDS_BEFORE_EXPRESSION.has(p.value);
    if (p.kind === 'number' || p.kind === 'string' || p.kind === 'template' || p.kind === 'regex') return false;
    return !(p.value === ')' || p.value === ']' || p.value === '}');
  };
  const readTemplate = (from: number): number => {
    // from is just after ` or after the } closing a ${ }; returns the index after the closing ` or ${
    let j = from;
    while (j < src.length) {
      const c = src[j]!;
      if (c === '\\') j += 2;
      else if (c === '`') return j + 1;
      else if (c === '$' && src[j + 1] === '{') {
        braceStack.push('template');
        return j + 2;
      } else j++;
    }
    return j;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) < 0 ? src.length : src.indexOf('*/', i + 2) + 2;
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', value: src.slice(i, j + 1), start: i });
      i = j + 1;
    } else if (c === '`') {
      const end = readTemplate(i + 1);
      tokens.push({ kind: 'template', value: src.slice(i, end), start: i });
      i = end;
    } else if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const d = src[j]!;
        if (d === '\\') j += 2;
        else if (d === '[') (inClass = true), j++;
        else if (d === ']') (inClass = false), j++;
        else if (d === '/' && !inClass) break;
        else j++;
      }
      let k = j + 1;
      while (k < src.length && /[a-z]/.test(src[k]!)) k++;
      tokens.push({ kind: 'regex', value: src.slice(i, k), start: i });
      i = k;
    } else if (/[A-Za-z_$\u0080-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[\w$\u0080-\uffff]/.test(src[j]!)) j++;
      tokens.push({ kind: 'ident', value: src.slice(i, j), start: i });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < src.length && /[\w.]/.test(src[j]!)) j++;
      tokens.push({ kind: 'number', value: src.slice(i, j), start: i });
      i = j;
    } else if (c === '{') {
      braceStack.push('brace');
      tokens.push({ kind: 'punct', value: c, start: i++ });
    } else if (c === '}') {
      if (braceStack.pop() === 'template') {
        const end = readTemplate(i + 1);
        tokens.push({ kind: 'template', value: src.slice(i, end), start: i });
        i = end;
      } else tokens.push({ kind: 'punct', value: c, start: i++ });
    } else tokens.push({ kind: 'punct', value: c, start: i++ });
  }
  return tokens;
}

/** The value of a plain string literal token ('...' or "..." or a template without ${}), else null. */
function literalValue(t: Token | undefined): string | null {
  if (!t) return null;
  // The project's own source: evaluating a plain literal is exact and safe.
  if (t.kind === 'string' || (t.kind === 'template' && t.value.endsWith('`') && !t.value.includes('${'))) {
    try {
      return String(new Function(`return ${t.value};`)());
    } catch {
      return null;
    }
  }
  return null;
}

export function findRegexes(file: string, src: string): FoundRegex[] {
  const tokens = tokenize(src);
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = src.split('\n');
  const waiverAt = (line: number): string | null => {
    for (const l of [lines[line - 1], lines[line - 2]]) {
      const m = l?.match(/redos-safe:\s*(\S.*)$/);
      if (m) return m[1]!.trim();
    }
    return null;
  };
  const found: FoundRegex[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'regex') {
      const close = t.value.lastIndexOf('/');
      const line = lineOf(t.start);
      found.push({ file, line, source: t.value.slice(1, close), flags: t.value.slice(close + 1), dynamic: false, waiver: waiverAt(line) });
    } else if (t.kind === 'ident' && t.value === 'RegExp' && tokens[k + 1]?.value === '(' && tokens[k - 1]?.value !== '.') {
      const line = lineOf(t.start);
      const pattern = literalValue(tokens[k + 2]);
      const next = tokens[k + 3]?.value;
      const flags = next === ',' ? literalValue(tokens[k + 4]) : next === ')' ? '' : null;
      if (pattern !== null && flags !== null) found.push({ file, line, source: pattern, flags, dynamic: false, waiver: waiverAt(line) });
      else found.push({ file, line, source: src.slice(t.start, src.indexOf('\n', t.start)).trim(), flags: '', dynamic: true, waiver: waiverAt(line) });
    }
  });
  return found;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}
