// Regression: a participle speech cue that opens the text ("Commenting on …, X said that …" as
// the page's first words) made the quotes stage read token -1 and throw, failing the document.
import { expect, test } from 'vitest';
import { loadPipeline, processText } from '../../src/index.js';

const plain = loadPipeline('pipelines/plain.json');

test.for([
  'Commenting on the reasons, Mr Ghazaee said that the embassy was closed after the attack.',
  'Adding that talks would resume, the minister left the room.',
  'Saying nothing more, she walked out.',
])('quotes stage does not throw when a cue opens the text: %s', (text) => {
  const record = processText(text, { pipeline: plain, id: 'cue-first' });
  expect(record.articles).toHaveLength(1);
  expect(record.warnings.filter((w) => w.stage === 'quotes' && /Cannot read/.test(w.message))).toEqual([]);
});

test('the reported clause after an opening participle is still attributed', () => {
  const record = processText('Commenting on the reasons, Mr Ghazaee said that the embassy was closed after the attack.', { pipeline: plain, id: 'cue-first' });
  const quote = record.articles[0]!.quotes.find((q) => q.kind === 'indirect');
  expect(quote?.text).toMatch(/^the embassy was closed after the attack/);
  expect(quote?.speaker?.text).toMatch(/Ghazaee/);
});
