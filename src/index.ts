// Library entry: run the pipeline from other projects.
export { processText, runStages, toRecord, StageError } from './core/runner.js';
export { loadPipeline, resolvePipeline, PipelineError, type Pipeline } from './core/pipeline.js';
export { mentionSource } from './core/mentions.js';
export * from './schema/record.js';
export { Manifest, ManifestEntry } from './schema/manifest.js';
export { JsonlSource, PipelineDefinition } from './schema/input.js';
export type { Doc, ArticleDraft, Analysis, Token, Span } from './core/doc.js';
export type { Stage, StageResult, Capability } from './core/stage.js';
export { runPipeline, UsageError, type RunOptions, type RunSummary, type Failure } from './batch.js';
