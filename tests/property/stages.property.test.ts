// Per-stage properties: every stage of pipelines/news.json and plain.json, run after the stages
// before it, leaves a Doc whose text and bodies map back to the raw source and whose mentions
// slice to their text. Stages are read from the pipeline files, so stages that land later are
// covered without editing this file; a failure names the stage that broke the invariant.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { runStages } from '../../src/core/runner.js';
import type { Doc } from '../../src/core/doc.js';
import { docProblems } from '../helpers/invariants.js';
import { anyText, page, runs } from '../helpers/pages.js';
import { docOf, published } from '../helpers/docs.js';

const pipelines = ['pipelines/news.json', 'pipelines/plain.json'].map((f) => [f, loadPipeline(f)] as const);

/** Runs the stages before `k`, then stage `k` alone, so a problem is blamed on stage k only if the Doc was fine before it. */
function runUpTo(pipeline: Pipeline, k: number, doc: Doc): { before: Doc; after: Doc } {
  const before = runStages(doc, { ...pipeline, stages: pipeline.stages.slice(0, k) });
  return { before, after: runStages(before, { ...pipeline, stages: [pipeline.stages[k]!] }) };
}

describe.for(pipelines)('%s', ([, pipeline]) => {
  const cases = pipeline.stages.map((s, k) => [s.stage.id, k] as const);
  test.for(cases)('stage %s keeps offsets and maps', ([id, k]) => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: page, weight: 3 }, { arbitrary: anyText, weight: 1 }), published, (text, p) => {
        const { before, after } = runUpTo(pipeline, k, docOf(text, { published: p }));
        if (docProblems(before).length > 0) return; // an earlier stage's fault, reported by its own case
        const problems = docProblems(after);
        if (problems.length > 0) throw new Error(`after stage ${id}:\n${problems.slice(0, 8).join('\n')}`);
      }),
      { numRuns: runs(150, 1500) },
    );
  });
});
