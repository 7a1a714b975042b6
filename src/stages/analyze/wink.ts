// One wink-nlp instance per thread. Loading the model costs ~0.3 s, so it is made lazily and
// shared; wink-nlp keeps no state between readDoc calls, so sharing it cannot make results
// depend on document order.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  // wink-nlp's own NER and negation would halve its speed and no stage uses them.
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
