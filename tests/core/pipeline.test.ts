// Pipeline loading refuses a bad definition before any document is read, with an error that
// names the file, the stage and what is wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadPipeline, PipelineError, resolvePipeline } from '../../src/core/pipeline.js';
import { StageRegistry } from '../../src/core/registry.js';
import { defineStage } from '../../src/core/stage.js';

const stage = (id: string, requires: string[], adds: string[]) =>
  defineStage({ id, version: '1.0.0', description: id, requires, adds, options: z.object({ level: z.number().int().min(0).default(1) }), run: () => ({}) });

const registry = new StageRegistry([
  stage('make-articles', ['text'], ['articles']),
  stage('tokenize', ['articles'], ['analysis']),
  stage('find-dates', ['analysis'], ['dates']),
]);

describe('resolvePipeline refuses bad definitions', () => {
  test.for([
    // [what, definition, fragments the message must contain]
    ['unknown stage', { name: 'p', stages: [{ id: 'nope' }] }, ['pipelines/x.json', 'stage 1 "nope"', 'is unknown', 'make-articles']],
    ['requirement not added earlier', { name: 'p', stages: [{ id: 'tokenize' }] }, ['pipelines/x.json', 'stage 1 "tokenize"', 'requires "articles"', 'no earlier stage adds']],
    [
      'requirement added only later',
      { name: 'p', stages: [{ id: 'make-articles' }, { id: 'find-dates' }, { id: 'tokenize' }] },
      ['stage 2 "find-dates"', 'requires "analysis"'],
    ],
    ['bad options', { name: 'p', stages: [{ id: 'make-articles', options: { level: -1 } }] }, ['stage 1 "make-articles"', 'bad options', 'level']],
    ['options of the wrong type', { name: 'p', stages: [{ id: 'make-articles', options: { level: 'high' } }] }, ['bad options', 'level']],
    ['no stages', { name: 'p', stages: [] }, ['pipelines/x.json', 'not a valid pipeline definition', 'stages']],
    ['no name', { stages: [{ id: 'make-articles' }] }, ['not a valid pipeline definition', 'name']],
    ['not an object', 'make-articles', ['not a valid pipeline definition']],
    ['a stage without an id', { name: 'p', stages: [{ options: {} }] }, ['not a valid pipeline definition', 'id']],
  ] as const)('%s', ([, json, fragments]) => {
    let error: unknown;
    try {
      resolvePipeline(json, 'pipelines/x.json', registry);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PipelineError);
    for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
  });

  test('a pipeline whose stages never add "articles" is refused', () => {
    const noArticles = new StageRegistry([stage('only-text', ['text'], ['normalized'])]);
    expect(() => resolvePipeline({ name: 'p', stages: [{ id: 'only-text' }] }, 'p.json', noArticles)).toThrow(/no stage adds "articles"/);
  });
});

describe('resolvePipeline accepts good definitions', () => {
  test('fills option defaults and keeps the order', () => {
    const p = resolvePipeline({ name: 'p', stages: [{ id: 'make-articles' }, { id: 'tokenize' }, { id: 'find-dates' }] }, 'p.json', registry);
    expect(p.stages.map((s) => s.stage.id)).toEqual(['make-articles', 'tokenize', 'find-dates']);
    expect(p.stages[0]!.options).toEqual({ level: 1 });
  });

  test('the fingerprint changes with the options and not otherwise', () => {
    const def = (level: number) => ({ name: 'p', stages: [{ id: 'make-articles', options: { level } }] });
    const a = resolvePipeline(def(1), 'a.json', registry).fingerprint;
    expect(resolvePipeline(def(1), 'b.json', registry).fingerprint).toBe(a);
    expect(resolvePipeline(def(2), 'a.json', registry).fingerprint).not.toBe(a);
  });

  test.for(['pipelines/news.json', 'pipelines/plain.json'])('the shipped %s loads', (file) => {
    expect(loadPipeline(file).stages.length).toBeGreaterThan(0);
  });
});

describe('loadPipeline reports file problems with the file name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-test-'));
  test.for([
    ['missing file', null, 'cannot read the pipeline file'],
    ['not JSON', '{ "name": "p", ', 'not valid JSON'],
  ] as const)('%s', ([what, content, fragment]) => {
    const file = path.join(dir, `${what.replace(/ /g, '-')}.json`);
    if (content !== null) fs.writeFileSync(file, content);
    expect(() => loadPipeline(file, registry)).toThrow(PipelineError);
    expect(() => loadPipeline(file, registry)).toThrow(new RegExp(`${path.basename(file)}.*${fragment}`));
  });
});
