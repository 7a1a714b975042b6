// A stage for tests of the batch runner: it throws (or spins past any time budget) when the
// working text contains a marker, and otherwise does nothing. Harmless in production: no
// pipeline in pipelines/ names it. It needs only the text, so it can sit anywhere.
import { z } from 'zod';
import { defineStage } from '../../core/stage.js';

export const failOnMarker = defineStage({
  id: 'fail-on-marker',
  version: '1.0.0',
  description: 'testing: throws (mode "throw") or never returns (mode "hang") when the text contains the marker',
  requires: ['text'],
  adds: [],
  options: z.object({
    marker: z.string().min(1),
    mode: z.enum(['throw', 'hang']).default('throw'),
  }),
  run(doc, options) {
    if (!doc.text.includes(options.marker)) return {};
    if (options.mode === 'hang') for (;;);
    throw new Error(`found the marker "${options.marker}"`);
  },
});
