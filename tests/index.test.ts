// The library API as another project sees it: everything imported from the package entry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DocumentRecord, loadPipeline, processText, runPipeline } from '../src/index.js';

const TEXT = 'The council met on Monday.\n\nIt agreed to open the new bridge next spring, the mayor said.';

describe('processText', () => {
  test('returns a valid record with the text as one article under the plain pipeline', () => {
    const record = processText(TEXT, { pipeline: 'pipelines/plain.json', id: 'council', published: '2024-03-04' });
    expect(DocumentRecord.parse(record)).toEqual(record);
    expect(record.id).toBe('council');
    expect(record.articles).toHaveLength(1);
    expect(record.articles[0]!.body).toBe(TEXT);
    expect(record.articles[0]!.published).toMatchObject({ value: '2024-03-04', source: 'input' });
  });

  test('takes a loaded pipeline or none (the package default, news.json)', () => {
    const byObject = processText(TEXT, { pipeline: loadPipeline('pipelines/news.json') });
    const byDefault = processText(TEXT);
    expect(byDefault).toEqual(byObject);
    expect(byDefault.pipeline.name).toBe(loadPipeline('pipelines/news.json').name);
  });

  test('an empty text gives a record with no article and a warning', () => {
    const record = processText('  \n', { pipeline: 'pipelines/plain.json' });
    expect(record.articles).toEqual([]);
    expect(record.warnings.map((w) => w.code)).toContain('empty');
  });
});

test('runPipeline writes records, articles.jsonl and the manifest, then skips unchanged sources', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-extract-api-'));
  fs.mkdirSync(path.join(dir, 'in'));
  fs.writeFileSync(path.join(dir, 'in', 'one.txt'), TEXT);
  fs.writeFileSync(path.join(dir, 'in', 'two.txt'), 'A second short text.');
  const options = { input: path.join(dir, 'in'), output: path.join(dir, 'out'), pipeline: 'pipelines/plain.json', inline: true };

  const first = await runPipeline(options);
  expect(first).toMatchObject({ documents: 2, processed: 2, unchanged: 0, failed: 0, articles: 2 });
  const record = DocumentRecord.parse(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'documents', 'one.json'), 'utf8')));
  expect(record.articles[0]!.body).toBe(TEXT);
  expect(fs.readFileSync(path.join(dir, 'out', 'articles.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);

  expect(await runPipeline(options)).toMatchObject({ processed: 0, unchanged: 2 });
});
