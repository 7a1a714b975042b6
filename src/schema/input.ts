// Inputs: one line of a .jsonl source file, and the pipeline definition file.
import { z } from 'zod';

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

export const JsonlSource = z.object({
  id: z.string(),
  text: z.string(),
  published: isoDateOrDateTime.nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
});
export type JsonlSource = z.infer<typeof JsonlSource>;

export const StageRef = z.object({
  id: z.string().min(1),
  options: z.record(z.string(), z.unknown()).default({}),
});

export const PipelineDefinition = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  stages: z.array(StageRef).min(1),
});
export type StageRef = z.infer<typeof StageRef>;
export type PipelineDefinition = z.infer<typeof PipelineDefinition>;
