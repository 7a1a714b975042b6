// Properties of the whole pipeline (pipelines/news.json and plain.json) over generated pages:
// offsets slice to their text, every body character maps back to the raw source, the cleaner
// invents nothing, records validate, and the same input gives byte-identical output.
// A few hundred cases per property by default; STRESS=1 runs thousands.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { processText, runStages, toRecord } from '../../src/core/runner.js';
import { docProblems, inventedText, recordProblems } from '../helpers/invariants.js';
import { anyText, page, runs } from '../helpers/pages.js';
import { docOf, published } from '../helpers/docs.js';

const news = loadPipeline('pipelines/news.json');
const plain = loadPipeline('pipelines/plain.json');

function expectNone(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'));
}

/** Runs the pipeline keeping the Doc (for its maps) and checks Doc and record. */
function checkAll(pipeline: Pipeline, text: string, given?: { published: string | null }): void {
  const doc = runStages(docOf(text, given), pipeline);
  expectNone(docProblems(doc));
  const record = toRecord(doc, pipeline);
  expectNone(recordProblems(record));
  for (const a of record.articles) {
    if (a.title && a.title !== doc.given.title && inventedText(a.title, doc.raw)) throw new Error(`title ${JSON.stringify(a.title)} is not in the page`);
    for (const c of a.captions) if (inventedText(c.text, doc.raw)) throw new Error(`caption ${JSON.stringify(c.text)} is not in the page`);
  }
}

describe.for([
  ['news', news],
  ['plain', plain],
] as const)('pipeline %s', ([, pipeline]) => {
  test('realistic pages: offsets, maps back to the raw text, valid records', () => {
    fc.assert(fc.property(page, published, (text, p) => checkAll(pipeline, text, { published: p })), { numRuns: runs(300, 3000) });
  });

  test('any string at all: offsets, maps, valid records', () => {
    fc.assert(fc.property(anyText, (text) => checkAll(pipeline, text)), { numRuns: runs(300, 3000) });
  });

  test('processText returns a valid record for any string (blank ones included)', () => {
    fc.assert(fc.property(anyText, (text) => expectNone(recordProblems(processText(text, { pipeline })))), { numRuns: runs(200, 2000) });
  });

  test('deterministic: the same page gives byte-identical JSON, whatever ran before', () => {
    fc.assert(
      fc.property(page, page, (a, b) => {
        const first = JSON.stringify(processText(a, { pipeline, id: 'a' }));
        processText(b, { pipeline, id: 'b' });
        expect(JSON.stringify(processText(a, { pipeline, id: 'a' }))).toBe(first);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe('plain pipeline', () => {
  test('the body is the input text unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(page, anyText), (text) => {
        const record = processText(text, { pipeline: plain });
        if (text.trim() === '') expect(record.articles).toEqual([]);
        else {
          expect(record.articles).toHaveLength(1);
          expect(record.articles[0]!.body).toBe(text);
        }
      }),
      { numRuns: runs(300, 3000) },
    );
  });
});
