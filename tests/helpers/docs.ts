// Building Docs for tests the way the batch runner does, so properties can look at the maps.
import fc from 'fast-check';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { sha256 } from '../../src/core/runner.js';

export function docOf(text: string, given: { published?: string | null; title?: string | null } = {}, id = 'prop'): Doc {
  return createDoc({
    id,
    raw: text,
    source: { path: `${id}.txt`, sha256: sha256(text), bytes: Buffer.byteLength(text, 'utf8'), format: 'text' },
    given: { published: given.published ?? null, title: given.title ?? null },
  });
}

/** A JSONL-style given publication date, or none. */
export const published = fc.option(
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  { nil: null },
);
