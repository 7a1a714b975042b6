// Resolves stage ids named in pipeline files to stage implementations.
import type { Stage } from './stage.js';

export class StageRegistry {
  private readonly stages = new Map<string, Stage<any>>();

  constructor(stages: Iterable<Stage<any>> = []) {
    for (const stage of stages) this.add(stage);
  }

  add(stage: Stage<any>): this {
    if (this.stages.has(stage.id)) throw new Error(`registry: stage id "${stage.id}" is registered twice`);
    this.stages.set(stage.id, stage);
    return this;
  }

  get(id: string): Stage<any> | undefined {
    return this.stages.get(id);
  }

  ids(): string[] {
    return [...this.stages.keys()].sort();
  }
}
