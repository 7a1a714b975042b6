// Real pages recombined: the sample pages' paragraphs shuffled, dropped and spliced into each
// other, and each page cut at a random point. Real prose in unexpected order is what a corpus of
// millions holds, and what the bench found a crash with (a speech cue opening the text); generated
// pages use a small vocabulary and miss such orders. Every stage must finish without throwing and
// every record must keep its offsets.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mentionSource } from '../../src/core/mentions.js';
import { loadPipeline, processText } from '../../src/index.js';
import { runs } from '../helpers/pages.js';

const INPUT = path.resolve('input');
const pages = fs.readdirSync(INPUT).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(INPUT, f), 'utf8'));
const paragraphs = pages.flatMap((p) => p.split(/\n\s*\n/).filter((s) => s.trim().length > 0));

const recombined = fc.oneof(
  fc.shuffledSubarray(paragraphs, { minLength: 1, maxLength: 40 }).map((ps) => ps.join('\n\n')),
  fc.tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true })).map(([p, f]) => p.slice(Math.floor(p.length * f))),
  fc.tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true })).map(([p, f]) => p.slice(0, Math.floor(p.length * f))),
);

describe.for(['pipelines/news.json', 'pipelines/plain.json'])('%s over recombined sample pages', (file) => {
  const pipeline = loadPipeline(file);
  test('no stage throws and every mention slices to its text', () => {
    fc.assert(
      fc.property(recombined, (text) => {
        const record = processText(text, { pipeline, id: 'recombined' });
        for (const a of record.articles) {
          for (const m of [...a.dates, ...a.durations, ...a.entities, ...a.quotes]) {
            expect(mentionSource(a, m)?.slice(m.start, m.end)).toBe(m.text);
          }
        }
        expect(record.warnings.filter((w) => /Cannot read|is not a function|undefined/.test(w.message))).toEqual([]);
      }),
      { numRuns: runs(60, 600), seed: 20261123 },
    );
  });
});
