import { describe, expect, test } from 'vitest';
import { appendedCredit, creditLine, looksLikeCaption, splitCaption } from '../../../src/stages/clean/captions.js';

describe('splitCaption: credit split off', () => {
  test.for([
    ['Passengers walk out of a plane in Baku, January 29, 2023. (Reuters)', 'Passengers walk out of a plane in Baku, January 29, 2023.', 'Reuters'],
    ['An ambulance on display in a square in Tehran. (dpa)', 'An ambulance on display in a square in Tehran.', 'dpa'],
    ['Nadal celebrates a point in Madrid. (Manu Fernandez/AP)', 'Nadal celebrates a point in Madrid.', 'Manu Fernandez/AP'],
    ['The minister arrives for talks (Photo: John Smith)', 'The minister arrives for talks', 'Photo: John Smith'],
  ] as const)('%s', ([line, text, credit]) => {
    expect(splitCaption(line)).toEqual({ text, credit });
  });
});

describe('not a caption: brackets that are asides', () => {
  test.for([
    'The Islamic Revolutionary Guard Corps (IRGC) held drills near the border last year.',
    'Senator Smith (R-Texas) said the bill would pass.',
    'The price rose sharply (by more than a third in a single week, analysts said).',
    'He said it would not happen again (and it did not).',
    // Regression: a subheading ending with an abbreviation was taken for a caption with a credit.
    'Integrating the Healthcare Enterprise (IHE)',
    'Islamic Revolutionary Guard Corps (IRGC)',
  ])('%s', (line) => {
    expect(looksLikeCaption(line)).toBe(false);
  });
});

describe('credit lines and appended credits', () => {
  test.for([
    ['Image source: apa.az', 'apa.az'],
    ['Photo: Damian Dovarganes, AP', 'Damian Dovarganes, AP'],
    ['Photograph by Jane Doe', 'Jane Doe'],
    ['Credit: Getty Images', 'Getty Images'],
    ['Image copyright Getty Images', 'Getty Images'],
    ['(Image: © Example Collaboration)', 'Example Collaboration'],
    ['Courtesy of Jane Doe', 'Jane Doe'],
  ] as const)('%s', ([line, credit]) => {
    expect(creditLine(line)).toBe(credit);
  });
  test.for(['Photos of the week are below.', 'Sources say the deal is close.', 'Image quality matters'])('no credit: %s', (line) => {
    expect(creditLine(line)).toBeNull();
  });
  test('a caption printed again with its credit appended', () => {
    expect(appendedCredit('Azerbaijan embassy in the US', 'Azerbaijan embassy in the US - Representational Wikimedia Commons')).toBe(
      'Representational Wikimedia Commons',
    );
    expect(appendedCredit('The talks', 'The talks resumed on Monday.')).toBeNull();
  });
});

describe('a credit label at the end of a caption', () => {
  test.for([
    ['The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor', 'The latest case was reported after a hunter ate a rabbit', 'Getty - Contributor'],
    ['A module for a crewed Mars mission. Credit: Example Space Agency', 'A module for a crewed Mars mission.', 'Example Space Agency'],
    ['Jonathan P. Doe Submitted photo', 'Jonathan P. Doe', 'Submitted photo'],
  ] as const)('%s', ([line, text, credit]) => {
    expect(looksLikeCaption(line)).toBe(true);
    expect(splitCaption(line)).toEqual({ text, credit });
  });
  test('"credit" inside a sentence is no label', () => {
    expect(looksLikeCaption('The bank said its credit card rules would change next year.')).toBe(false);
  });
});

describe('a caption the page labels as such', () => {
  test('"Image caption" prefix: a caption, the label dropped', () => {
    expect(looksLikeCaption('Image caption The mayor has led the city since 2019')).toBe(true);
    expect(splitCaption('Image caption The mayor has led the city since 2019')).toEqual({ text: 'The mayor has led the city since 2019', credit: null });
  });
  test('the words "image caption" inside a sentence are no label', () => {
    expect(looksLikeCaption('The image caption was wrong, the editor said.')).toBe(false);
  });
});
