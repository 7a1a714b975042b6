// Manifest logic: what is redone, what is kept, and that a damaged manifest is never trusted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entriesById, loadManifest, planSource, serializeManifest, sortEntries, type SourceState } from '../../src/io/manifest.js';
import type { ManifestEntry } from '../../src/schema/manifest.js';

const entry = (over: Partial<ManifestEntry> = {}): ManifestEntry => ({
  id: 'a',
  path: 'a.txt',
  sha256: 'h1',
  fingerprint: 'f1',
  output: 'documents/a.json',
  status: 'ok',
  error: null,
  articles: 1,
  dates: 0,
  entities: 0,
  quotes: 0,
  ...over,
});
const now = (over: Partial<SourceState> = {}): SourceState => ({ path: 'a.txt', sha256: 'h1', fingerprint: 'f1', outputExists: true, ...over });

describe('planSource', () => {
  test.for([
    ['unchanged: skipped', entry(), now(), false, 'skip'],
    ['new source', undefined, now(), false, 'new'],
    ['content changed', entry(), now({ sha256: 'h2' }), false, 'content changed'],
    ['pipeline changed', entry(), now({ fingerprint: 'f2' }), false, 'pipeline changed'],
    ['failed before: retried', entry({ status: 'failed', output: null, error: { stage: 's', message: 'm' } }), now(), false, 'failed before'],
    ['output deleted by hand', entry(), now({ outputExists: false }), false, 'output missing'],
    ['moved (a shifted .jsonl line)', entry({ path: 'in.jsonl#3' }), now({ path: 'in.jsonl#4' }), false, 'source moved'],
    ['forced', entry(), now(), true, 'forced'],
  ] as const)('%s', ([, previous, state, force, expected]) => {
    const plan = planSource(previous, state, force);
    expect(plan.action === 'skip' ? 'skip' : plan.why).toBe(expected);
  });
});

test('entriesById prefers the ok entry of a duplicated id', () => {
  const dup = entry({ path: 'in.jsonl#9', status: 'failed', output: null, error: { stage: 'input', message: 'duplicate' } });
  expect(entriesById([dup, entry()]).get('a')!.status).toBe('ok');
  expect(entriesById([entry(), dup]).get('a')!.status).toBe('ok');
});

test('sortEntries orders by id in code-unit order, whatever the locale', () => {
  const ids = ['b', 'B', 'a/b', 'a b', 'ä', 'a'];
  expect(sortEntries(ids.map((id) => entry({ id }))).map((e) => e.id)).toEqual(['B', 'a', 'a b', 'a/b', 'b', 'ä']);
});

describe('loadManifest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
  const good = serializeManifest({ schemaVersion: 1, pipeline: { name: 'p', fingerprint: 'f1' }, entries: [entry()] });

  test.for([
    ['missing', null, 'missing'],
    ['valid', good, 'ok'],
    ['truncated JSON (a killed writer)', good.slice(0, 40), 'corrupt'],
    ['not JSON at all', 'garbage', 'corrupt'],
    ['valid JSON, wrong shape', '{"schemaVersion": 1, "entries": "none"}', 'corrupt'],
    ['a future schema version', good.replace('"schemaVersion": 1', '"schemaVersion": 2'), 'corrupt'],
    ['an entry with a bad status', good.replace('"status": "ok"', '"status": "maybe"'), 'corrupt'],
  ] as const)('%s -> %s', ([what, content, status]) => {
    const file = path.join(dir, `${what.replace(/\W+/g, '-')}.json`);
    if (content !== null) fs.writeFileSync(file, content);
    const loaded = loadManifest(file);
    expect(loaded.status).toBe(status);
    if (loaded.status === 'corrupt') expect(loaded.reason.length).toBeGreaterThan(0);
  });

  test('an entry without the added counts still loads (they default to 0)', () => {
    const file = path.join(dir, 'old.json');
    const json = JSON.parse(good);
    delete json.entries[0].dates;
    fs.writeFileSync(file, JSON.stringify(json));
    const loaded = loadManifest(file);
    expect(loaded.status === 'ok' && loaded.manifest.entries[0]!.dates).toBe(0);
  });
});
