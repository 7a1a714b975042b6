// output/manifest.json: what was built from what. Drives incremental re-runs.
import { z } from 'zod';

export const ManifestEntry = z.object({
  id: z.string().min(1),
  path: z.string().min(1).describe('source path relative to the input (a .jsonl source: file#line)'),
  sha256: z.string(),
  fingerprint: z.string().describe('pipeline fingerprint the output was built with'),
  output: z.string().nullable().describe('record path relative to the output folder; null when failed'),
  status: z.enum(['ok', 'failed']),
  error: z.object({ stage: z.string(), message: z.string() }).nullable(),
  articles: z.number().int().nonnegative(),
  // Additions: per-record counts, so a run's summary needs no record re-read for unchanged sources.
  dates: z.number().int().nonnegative().default(0),
  entities: z.number().int().nonnegative().default(0),
  quotes: z.number().int().nonnegative().default(0),
});

export const Manifest = z.object({
  schemaVersion: z.literal(1),
  pipeline: z.object({ name: z.string(), fingerprint: z.string() }),
  entries: z.array(ManifestEntry),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Manifest = z.infer<typeof Manifest>;
