// Every stage a pipeline file can name. Grouped as in the pipeline: clean, metadata, analyze,
// extract, resolve. Add a stage here to make it available to pipelines/*.json.
import type { Stage } from '../core/stage.js';
import { analyze } from './analyze/analyze.js';
import { normalize } from './clean/normalize.js';
import { singleArticle } from './clean/single-article.js';
// @group clean (issue 4)
import { cleanArticles } from './clean/clean-articles.js';
// @group dates (issue 5)
import { dates } from './extract/dates.js';
// @group entities (issue 6)
import { entities } from './extract/entities.js';
// @group quotes (issue 7)
import { quotes } from './extract/quotes.js';
// @group testing (issue 3)
import { failOnMarker } from './testing/fail-on-marker.js';

export const allStages: ReadonlyArray<Stage<any>> = [
  normalize,
  singleArticle,
  analyze,
  // @stages clean (issue 4)
  cleanArticles,
  // @stages dates (issue 5)
  dates,
  // @stages entities (issue 6)
  entities,
  // @stages quotes (issue 7)
  quotes,
  // @stages testing (issue 3)
  failOnMarker,
];
