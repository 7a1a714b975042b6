// Batch defaults, in a module of their own so the CLI can show them in --help without loading
// the stages (batch.ts imports every stage, which costs about a second).
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIME_BUDGET_MS = 60_000;
