// Loads a pipeline file: validates its JSON with zod, resolves every stage id, validates each
// stage's options, and checks that every requirement is added by an earlier stage, all before
// any document is read. A bad file is refused with its path, the stage and what is wrong.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PipelineDefinition } from '../schema/input.js';
import { allStages } from '../stages/index.js';
import { packageVersion } from './package-info.js';
import { StageRegistry } from './registry.js';
import type { Stage } from './stage.js';

export interface ResolvedStage {
  stage: Stage<any>;
  options: unknown;
}

export interface Pipeline {
  name: string;
  version: string;
  /** Hash of the definition, the stage ids and versions, and the package version. */
  fingerprint: string;
  stages: ResolvedStage[];
  /** Where the definition came from, for messages. */
  origin: string;
}

export class PipelineError extends Error {
  override name = 'PipelineError';
}

export const defaultRegistry = (): StageRegistry => new StageRegistry(allStages);

/** Capabilities every document has before any stage runs. */
const INITIAL = ['text'];

export function resolvePipeline(json: unknown, origin: string, registry = defaultRegistry()): Pipeline {
  const parsed = PipelineDefinition.safeParse(json);
  if (!parsed.success) throw new PipelineError(`${origin}: not a valid pipeline definition: ${z.prettifyError(parsed.error)}`);
  const def = parsed.data;
  const have = new Set(INITIAL);
  const stages: ResolvedStage[] = def.stages.map((ref, i) => {
    const where = `${origin}: stage ${i + 1} "${ref.id}"`;
    const stage = registry.get(ref.id);
    if (!stage) throw new PipelineError(`${where} is unknown; known stages: ${registry.ids().join(', ')}`);
    const missing = stage.requires.filter((cap) => !have.has(cap));
    if (missing.length > 0) {
      throw new PipelineError(`${where} requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage adds`);
    }
    const options = stage.options.safeParse(ref.options);
    if (!options.success) throw new PipelineError(`${where} has bad options: ${z.prettifyError(options.error)}`);
    for (const cap of stage.adds) have.add(cap);
    return { stage, options: options.data };
  });
  if (!have.has('articles')) throw new PipelineError(`${origin}: no stage adds "articles", so no record would hold any article`);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ def, stages: stages.map((s) => [s.stage.id, s.stage.version]), packageVersion }))
    .digest('hex')
    .slice(0, 16);
  return { name: def.name, version: packageVersion, fingerprint, stages, origin };
}

export function loadPipeline(file: string, registry = defaultRegistry()): Pipeline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new PipelineError(`${file}: cannot read the pipeline file (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PipelineError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return resolvePipeline(json, path.relative(process.cwd(), file) || file, registry);
}
