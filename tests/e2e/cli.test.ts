// End-to-end: the built CLI on temporary copies of the sample pages and on hand-made inputs.
// Checks the contract's promises: valid records, incremental re-runs that redo and rewrite
// nothing, failures confined to their document, hostile ids refused, exit codes, the lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { Manifest } from '../../src/schema/manifest.js';
import { ArticleLine, DocumentRecord } from '../../src/schema/record.js';
import { buildOnce, cli, cliAsync, copyOfInput, root, snapshot, summaryOf, tempDir, writePipeline } from './helpers.js';

// Each test spawns the CLI a few times, and each run loads every stage (about a second of CPU):
// on a busy CI machine that takes minutes, so the default 60 s would fail tests that are right.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

beforeAll(() => buildOnce());

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const manifestOf = (out: string) => Manifest.parse(readJson(path.join(out, 'manifest.json')));
const articleLines = (out: string) =>
  fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => ArticleLine.parse(JSON.parse(l)));
/** Core stages only, so these tests do not move with the extraction stages being built. */
const corePipeline = (dir: string, before: unknown[] = []) => writePipeline(dir, [...before, { id: 'normalize' }, { id: 'single-article' }, { id: 'analyze' }]);

describe('the sample pages, run after run', () => {
  let input: string;
  let out: string;
  let ids: string[];
  beforeAll(() => {
    input = copyOfInput();
    out = tempDir('out');
    ids = fs.readdirSync(input).map((f) => f.replace(/\.txt$/, '')).sort();
  });
  const run = (...extra: string[]) => cli(['run', '--input', input, '--output', out, ...extra]);

  test('the first run writes a valid record for every page, articles.jsonl and the schemas', () => {
    const r = run();
    expect(r.stderr).not.toMatch(/failed documents/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(summaryOf(r.stderr)).toMatchObject({ documents: ids.length, processed: ids.length, failed: 0 });
    let articles = 0;
    for (const id of ids) {
      const record = DocumentRecord.parse(readJson(path.join(out, 'documents', `${id}.json`)));
      expect(record.id).toBe(id);
      expect(record.source).toMatchObject({ path: `${id}.txt`, format: 'text' });
      articles += record.articles.length;
    }
    expect(articleLines(out)).toHaveLength(articles);
    expect(manifestOf(out).entries.map((e) => e.id)).toEqual(ids);
    for (const name of ['document', 'article']) expect(readJson(path.join(out, 'schema', `${name}.schema.json`))).toHaveProperty('properties');
    const v = cli(['validate', out]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  test('a second run redoes nothing and rewrites nothing', () => {
    const before = snapshot(out);
    const r = run();
    expect(r.code).toBe(0);
    expect(summaryOf(r.stderr)).toMatchObject({ processed: 0, unchanged: ids.length });
    expect(snapshot(out)).toEqual(before);
  });

  test('editing one source redoes only it', () => {
    const before = snapshot(out);
    const edited = ids[1]!;
    fs.appendFileSync(path.join(input, `${edited}.txt`), '\n\nA paragraph added by the test, long enough to count as prose in any cleaner.\n');
    const r = run();
    expect(r.code).toBe(0);
    expect(summaryOf(r.stderr)).toMatchObject({ processed: 1, unchanged: ids.length - 1 });
    const after = snapshot(out);
    for (const id of ids) {
      const file = `documents/${id}.json`;
      if (id === edited) expect(after.get(file)!.content).not.toBe(before.get(file)!.content);
      else expect(after.get(file)).toEqual(before.get(file));
    }
  });

  test('deleting one source removes its record, its manifest entry and its article lines', () => {
    const gone = ids[0]!;
    fs.rmSync(path.join(input, `${gone}.txt`));
    const r = run();
    expect(r.code).toBe(0);
    expect(summaryOf(r.stderr)).toMatchObject({ removed: 1, processed: 0, unchanged: ids.length - 1 });
    expect(fs.existsSync(path.join(out, 'documents', `${gone}.json`))).toBe(false);
    expect(manifestOf(out).entries.map((e) => e.id)).not.toContain(gone);
    expect(articleLines(out).map((l) => l.documentId)).not.toContain(gone);
    ids = ids.slice(1);
  });

  test('--force redoes every document', () => {
    expect(summaryOf(run('--force').stderr)).toMatchObject({ processed: ids.length, unchanged: 0 });
  });

  test('a corrupt manifest is reported on stderr and everything is redone', () => {
    fs.writeFileSync(path.join(out, 'manifest.json'), '{"schemaVersion": 1, "entr');
    const r = run();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/manifest: .*not valid JSON.*redone/);
    expect(summaryOf(r.stderr)).toMatchObject({ processed: ids.length });
    expect(manifestOf(out).entries).toHaveLength(ids.length);
  });

  test('a record file deleted by hand is rebuilt; temporary files of a killed run are swept', () => {
    fs.rmSync(path.join(out, 'documents', `${ids[0]}.json`));
    const temp = path.join(out, 'documents', `.${ids[1]}.json.12345.0badf00d.tmp`);
    fs.writeFileSync(temp, '{"half": ');
    const r = run();
    expect(summaryOf(r.stderr)).toMatchObject({ processed: 1 });
    expect(fs.existsSync(path.join(out, 'documents', `${ids[0]}.json`))).toBe(true);
    expect(fs.existsSync(temp)).toBe(false);
  });
});

test('the output is byte-identical with --concurrency 1 and 2', () => {
  const input = copyOfInput();
  const [one, two] = [tempDir('c1'), tempDir('c2')];
  expect(cli(['run', '--input', input, '--output', one, '--concurrency', '1']).code).toBe(0);
  expect(cli(['run', '--input', input, '--output', two, '--concurrency', '2']).code).toBe(0);
  const a = snapshot(one);
  const b = snapshot(two);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [file, { content }] of a) expect(b.get(file)!.content, file).toBe(content);
});

describe('failures stay with their document', () => {
  test('a stage that throws fails only that document, and the next run retries it', () => {
    const dir = tempDir('throw');
    const input = path.join(dir, 'in');
    fs.mkdirSync(path.join(input, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(input, 'good one.txt'), 'A first good document about the council.');
    fs.writeFileSync(path.join(input, 'sub/bad.txt'), 'This one carries XX-BOOM-XX inside.');
    fs.writeFileSync(path.join(input, 'sub/ok.txt'), 'A second good document.');
    const pipeline = corePipeline(dir, [{ id: 'fail-on-marker', options: { marker: 'XX-BOOM-XX' } }]);
    const out = path.join(dir, 'out');
    const run = () => cli(['run', '--input', input, '--output', out, '--pipeline', pipeline]);

    const first = run();
    expect(first.code).toBe(1);
    expect(summaryOf(first.stderr)).toMatchObject({ processed: 2, failed: 1 });
    expect(first.stderr).toMatch(/sub\/bad \[fail-on-marker\]: fail-on-marker: found the marker/);
    const entry = manifestOf(out).entries.find((e) => e.id === 'sub/bad')!;
    expect(entry).toMatchObject({ status: 'failed', output: null, error: { stage: 'fail-on-marker' } });
    expect(fs.existsSync(path.join(out, 'documents/sub/bad.json'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'documents/sub/ok.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'documents/good one.json'))).toBe(true);

    expect(summaryOf(run().stderr)).toMatchObject({ failed: 1, unchanged: 2 });
    fs.writeFileSync(path.join(input, 'sub/bad.txt'), 'Fixed now.');
    const fixed = run();
    expect(fixed.code).toBe(0);
    expect(summaryOf(fixed.stderr)).toMatchObject({ processed: 1, unchanged: 2, failed: 0 });
  });

  test('a document over the time budget fails; its worker is stopped and the others go on', () => {
    const dir = tempDir('budget');
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(input, `doc${i}.txt`), `Document number ${i}.`);
    fs.writeFileSync(path.join(input, 'stuck.txt'), 'This one never ends: XX-HANG-XX.');
    const pipeline = corePipeline(dir, [{ id: 'fail-on-marker', options: { marker: 'XX-HANG-XX', mode: 'hang' } }]);
    const r = cli(['run', '--input', input, '--output', path.join(dir, 'out'), '--pipeline', pipeline, '--time-budget', '3000', '--concurrency', '2']);
    expect(r.code).toBe(1);
    expect(summaryOf(r.stderr)).toMatchObject({ processed: 4, failed: 1 });
    expect(r.stderr).toMatch(/stuck \[time-budget\]: .*exceeded the time budget of 3000 ms/);
  });

  test('regression: a document queued behind a hanging one is not failed by the time budget', () => {
    // The budget used to count from dispatch: the document waiting behind the stuck one (one
    // worker, two in flight) ran out of time without ever starting.
    const dir = tempDir('queued');
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'a-stuck.txt'), 'XX-HANG-XX');
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(input, `b${i}.txt`), `Document number ${i}.`);
    const pipeline = corePipeline(dir, [{ id: 'fail-on-marker', options: { marker: 'XX-HANG-XX', mode: 'hang' } }]);
    const r = cli(['run', '--input', input, '--output', path.join(dir, 'out'), '--pipeline', pipeline, '--time-budget', '3000', '--concurrency', '1']);
    expect(summaryOf(r.stderr)).toMatchObject({ processed: 3, failed: 1 });
    expect(r.stderr).toMatch(/a-stuck \[time-budget\]/);
  });

  test('binary, oversized, empty and UTF-16 sources', () => {
    const dir = tempDir('bytes');
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08, 0, 0x21]));
    fs.writeFileSync(path.join(input, 'big.txt'), 'word '.repeat(400));
    fs.writeFileSync(path.join(input, 'empty.txt'), '');
    fs.writeFileSync(path.join(input, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Köln.', 'utf16le')]));
    const out = path.join(dir, 'out');
    const r = cli(['run', '--input', input, '--output', out, '--pipeline', corePipeline(dir), '--max-bytes', '1000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/binary \[input\]: input: binary file/);
    expect(r.stderr).toMatch(/big \[input\]: input: the source is 2000 bytes, more than the limit of 1000 bytes/);
    const empty = DocumentRecord.parse(readJson(path.join(out, 'documents/empty.json')));
    expect(empty.articles).toEqual([]);
    expect(empty.warnings.map((w) => w.code)).toContain('empty');
    const utf16 = DocumentRecord.parse(readJson(path.join(out, 'documents/utf16.json')));
    expect(utf16.articles[0]!.body).toBe('Grüße aus Köln.');
  });
});

describe('JSONL input', () => {
  test('a given published date becomes the record\'s publication date (source "input")', () => {
    const dir = tempDir('jsonl');
    const input = path.join(dir, 'in.jsonl');
    const lines = [
      { id: 'dated', text: 'The minister spoke on Sunday.', published: '2023-01-30' },
      { id: 'timed', text: 'Another text.', published: '2023-01-30T08:15:00+01:00', title: 'Given title' },
      { id: 'undated', text: 'No date given.' },
    ];
    fs.writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out = path.join(dir, 'out');
    const r = cli(['run', '--input', input, '--output', out, '--pipeline', corePipeline(dir)]);
    expect(r.code).toBe(0);
    const record = (id: string) => DocumentRecord.parse(readJson(path.join(out, 'documents', `${id}.json`)));
    expect(record('dated').articles[0]!.published).toEqual({ text: '2023-01-30', value: '2023-01-30', source: 'input' });
    expect(record('timed').articles[0]!.published?.value).toBe('2023-01-30T08:15:00+01:00');
    expect(record('timed').articles[0]!.title).toBe('Given title');
    expect(record('undated').articles[0]!.published).toBeNull();
    expect(record('dated').source).toMatchObject({ path: 'in.jsonl#1', format: 'jsonl' });
  });

  test('hostile ids, bad lines and duplicates are refused one by one; good ids with spaces and Unicode work', () => {
    const dir = tempDir('hostile');
    const input = path.join(dir, 'in.jsonl');
    const hostile = ['../escape', '../../etc/evil', '/tmp/absolute', 'a/../../b', '', 'sub\\..\\..\\win', 'nul\0byte', 'a//b'];
    const good = ['plain', 'with space/und Ümlaut', '日本/記事'];
    const lines = [
      ...hostile.map((id) => JSON.stringify({ id, text: 'hostile' })),
      ...good.map((id) => JSON.stringify({ id, text: `good text of ${id}` })),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'bad-date', text: 'x', published: 'last Tuesday' }),
      JSON.stringify({ id: 'plain', text: 'a duplicate id' }),
    ];
    fs.writeFileSync(input, lines.join('\n') + '\n');
    const out = path.join(dir, 'out');
    const r = cli(['run', '--input', input, '--output', out, '--pipeline', corePipeline(dir)]);
    expect(r.code).toBe(1);
    const failed = manifestOf(out).entries.filter((e) => e.status === 'failed');
    expect(failed).toHaveLength(hostile.length + 4);
    for (const e of failed) expect(e.error!.stage).toBe('input');
    expect(failed.map((e) => e.error!.message).join('\n')).toMatch(/refused id "\.\.\/escape"/);
    expect(failed.map((e) => e.error!.message).join('\n')).toMatch(/duplicate id "plain" \(first on line 9\)/);
    // Only the good ids have records, all inside out/documents; nothing was written beside it.
    const written = [...snapshot(out).keys()].filter((f) => f.startsWith('documents/')).sort();
    expect(written).toEqual(good.map((id) => `documents/${id}.json`).sort());
    expect(fs.readdirSync(dir).sort()).toEqual(['in.jsonl', 'out', 'pipeline.json']);
    expect(DocumentRecord.parse(readJson(path.join(out, 'documents/plain.json'))).articles[0]!.body).toBe('good text of plain');
  });
});

describe('usage and exit codes', () => {
  test.for([
    ['an unknown option', ['run', '--no-such-option'], /unknown option/],
    ['a missing input', ['run', '--input', '/nonexistent/input', '--output', '/tmp/never'], /does not exist/],
    ['a bad concurrency', ['run', '--concurrency', '0'], /positive whole number/],
    ['an unknown command', ['frobnicate'], /unknown command/],
  ] as const)('%s exits 2 with a message', ([, args, message]) => {
    const r = cli([...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('run from another folder without --pipeline uses the package\'s pipelines/news.json (regression: ENOENT)', () => {
    const dir = tempDir('elsewhere');
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'page.txt'), 'The council met on Tuesday.\n\nIt approved the budget, officials said.\n');
    const r = cli(['run', '--input', 'in', '--output', 'out'], dir);
    expect(r.stderr).not.toMatch(/cannot read the pipeline file/);
    expect(r.code).toBe(0);
  });

  test('a bad pipeline file exits 2 naming the file and the stage', () => {
    const dir = tempDir('badpipe');
    const pipeline = writePipeline(dir, [{ id: 'single-article' }, { id: 'no-such-stage' }]);
    const r = cli(['run', '--input', path.join(root, 'input'), '--output', path.join(dir, 'out'), '--pipeline', pipeline]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipeline\.json: stage 2 "no-such-stage" is unknown/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test.for([[['--help']], [['run', '--help']], [['validate', '--help']]])('%j exits 0 with usage on stdout', ([args]) => {
    const r = cli(args!);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: news-extract/);
  });

  test('validate exits 1 on an invalid record, naming it', () => {
    const dir = tempDir('validate');
    const input = path.join(dir, 'in.jsonl');
    fs.writeFileSync(input, JSON.stringify({ id: 'x', text: 'Some text.' }) + '\n');
    const out = path.join(dir, 'out');
    expect(cli(['run', '--input', input, '--output', out, '--pipeline', corePipeline(dir)]).code).toBe(0);
    const file = path.join(out, 'documents/x.json');
    const record = readJson(file) as { articles: Array<{ entities: unknown[] }> };
    record.articles[0]!.entities.push({ text: 'Nobody', start: 0, end: 6, label: 'PERSON', canonical: 'Nobody' });
    fs.writeFileSync(file, JSON.stringify(record));
    const r = cli(['validate', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.json: article x#1: entity "Nobody" at 0-6 does not slice to its text \(found "Some t"\)/);
  });
});

describe('the lock', () => {
  test('a lock held by a live process stops the run with exit 2', () => {
    const out = tempDir('locked');
    fs.writeFileSync(path.join(out, '.lock'), JSON.stringify({ pid: process.pid, hostname: os.hostname(), started: 'now' }));
    const r = cli(['run', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`another run \\(pid ${process.pid}`));
    expect(fs.existsSync(path.join(out, 'documents'))).toBe(false);
  });

  test('a stale lock (its process is gone) is taken over with a notice', () => {
    const out = tempDir('stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(out, '.lock'), JSON.stringify({ pid: Number(dead.stdout), hostname: os.hostname(), started: 'then' }));
    const r = cli(['run', '--output', out, '--pipeline', corePipeline(out)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/taking over a stale lock/);
    expect(fs.existsSync(path.join(out, '.lock'))).toBe(false);
  });

  test('a second run on the same output folder while the first runs is refused', async () => {
    const dir = tempDir('concurrent');
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'slow.txt'), 'XX-HANG-XX');
    const pipeline = corePipeline(dir, [{ id: 'fail-on-marker', options: { marker: 'XX-HANG-XX', mode: 'hang' } }]);
    const out = path.join(dir, 'out');
    const first = cliAsync(['run', '--input', input, '--output', out, '--pipeline', pipeline, '--time-budget', '20000']);
    while (!fs.existsSync(path.join(out, '.lock'))) await new Promise((r) => setTimeout(r, 100));
    const second = cli(['run', '--input', input, '--output', out, '--pipeline', pipeline]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/another run \(pid \d+/);
    const done = await first.done;
    expect(done.code).toBe(1); // the slow document exceeded its budget; the lock is released
    expect(fs.existsSync(path.join(out, '.lock'))).toBe(false);
  });
});
