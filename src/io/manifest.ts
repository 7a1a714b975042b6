// output/manifest.json: what was built from what. Loading never trusts a damaged manifest (it is
// reported and everything is redone); planning decides per source whether its output can stay.
import fs from 'node:fs';
import { z } from 'zod';
import { Manifest, type ManifestEntry } from '../schema/manifest.js';
import { compareIds } from './atomic.js';

export type LoadedManifest =
  | { status: 'ok'; manifest: Manifest }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string };

export function loadManifest(file: string): LoadedManifest {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', reason: `cannot read it (${(err as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { status: 'corrupt', reason: `not valid JSON (${(err as Error).message})` };
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) return { status: 'corrupt', reason: `does not match the manifest schema: ${z.prettifyError(parsed.error)}` };
  return { status: 'ok', manifest: parsed.data };
}

/** Entries by id; when an id has several (a duplicated .jsonl id), the ok one is the one that counts. */
export function entriesById(entries: readonly ManifestEntry[]): Map<string, ManifestEntry> {
  const map = new Map<string, ManifestEntry>();
  for (const e of entries) {
    const seen = map.get(e.id);
    if (!seen || (seen.status !== 'ok' && e.status === 'ok')) map.set(e.id, e);
  }
  return map;
}

export interface SourceState {
  path: string;
  sha256: string;
  fingerprint: string;
  /** Whether the record file named by the previous entry is still there. */
  outputExists: boolean;
}

export type Plan = { action: 'skip' } | { action: 'redo'; why: string };

/** Whether a source must be processed again, given its previous manifest entry. */
export function planSource(previous: ManifestEntry | undefined, now: SourceState, force: boolean): Plan {
  if (force) return { action: 'redo', why: 'forced' };
  if (!previous) return { action: 'redo', why: 'new' };
  if (previous.status !== 'ok') return { action: 'redo', why: 'failed before' };
  if (previous.sha256 !== now.sha256) return { action: 'redo', why: 'content changed' };
  if (previous.fingerprint !== now.fingerprint) return { action: 'redo', why: 'pipeline changed' };
  // The record holds the source path, so a moved source (a shifted .jsonl line) is redone too.
  if (previous.path !== now.path) return { action: 'redo', why: 'source moved' };
  if (!now.outputExists) return { action: 'redo', why: 'output missing' };
  return { action: 'skip' };
}

export function sortEntries(entries: Iterable<ManifestEntry>): ManifestEntry[] {
  return [...entries].sort((a, b) => compareIds(a.id, b.id) || compareIds(a.path, b.path));
}

export function serializeManifest(manifest: Manifest): string {
  return JSON.stringify(Manifest.parse(manifest), null, 2) + '\n';
}
