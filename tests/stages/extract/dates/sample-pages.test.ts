// The dates a careful reader finds on the five sample pages (input/*.txt) through the default
// pipeline, read by eye: weekdays resolved against the page's date or a dated caption, days
// without a year placed in the year the story is about, the zone of "local time" in Tehran, and
// nothing from boilerplate (a glossary's "1979", "1988"). Cleaning decides what is an article, so
// the table checks each page's mentions as a whole.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mentionSource } from '../../../../src/core/mentions.js';
import { loadPipeline, processText } from '../../../../src/index.js';

const pipeline = loadPipeline('pipelines/news.json');
const pages = fs.existsSync('input') ? fs.readdirSync('input').filter((f) => f.endsWith('.txt')).sort() : [];

const cache = new Map<string, { found: string[][]; warnings: string[] }>();
function mentions(prefix: string): { found: string[][]; warnings: string[] } {
  const hit = cache.get(prefix);
  if (hit) return hit;
  const file = pages.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`sample page ${prefix} missing from input/`);
  const record = processText(fs.readFileSync(`input/${file}`, 'utf8'), { pipeline, id: file });
  const found = record.articles.flatMap((a) => [...a.dates, ...a.durations].map((d) => [d.text, d.value]));
  const result = { found, warnings: record.warnings.map((w) => w.code) };
  cache.set(prefix, result);
  return result;
}

describe.skipIf(pages.length === 0)('dates on the sample pages', () => {
  test.for([
    // A Reuters caption "..., January 29, 2023. (Reuters)" dates the first story.
    ['000', 'Sunday', '2023-01-29'],
    ['000', 'Saturday', '2023-01-28'],
    ['000', 'several days', 'PXD'],
    // Published Jan 30, 2023 (a Monday).
    ['001', 'January 27', '2023-01-27'],
    ['001', 'August 5', '2022-08-05'],
    ['001', 'January 11', '2023-01-11'],
    ['001', 'November 18', '2022-11-18'],
    ['001', 'last week', '2023-W04'],
    ['001', 'October', '2022-10'],
    ['001', 'Friday', '2023-01-27'],
    ['001', 'the past year', 'P1Y'],
    // Published January 27, 2023 (a Friday).
    ['002', 'Friday morning', '2023-01-27TMO'],
    // Published Monday 22 July 2024.
    ['003', 'last year', '2023'],
    ['003', 'January 27, 2023', '2023-01-27'],
    ['003', '30 years', 'P30Y'],
    ['003', '44 days', 'P44D'],
    // No publication date: an encyclopedia-style page about the 2023 attack.
    ['004', '27 January 2023', '2023-01-27'],
    ['004', '08:00 a.m.', '2023-01-27T08:00+03:30'],
    ['004', '29 January', '2023-01-29'],
    ['004', '28 January', '2023-01-28'],
    ['004', 'August 2022', '2022-08'],
    ['004', '11 October 2022', '2022-10-11'],
    ['004', 'April 2022', '2022-04'],
    ['004', '17 February 2023', '2023-02-17'],
    ['004', '21 May 2025', '2025-05-21'],
  ])('page %s: %s = %s', ([page, text, value]) => {
    expect(mentions(page!).found).toContainEqual([text, value]);
  });

  test('no date from the glossary boilerplate of page 003', () => {
    const values = mentions('003').found.map((m) => m[1]);
    expect(values).not.toContain('1979');
    expect(values).not.toContain('1988');
  });

  test.for([
    // Captions and titles are dated too, with offsets into that text.
    ['000', 'caption', 'January 29, 2023', '2023-01-29'],
    ['000', 'caption', '19 June 2025', '2025-06-19'],
    ['000', 'caption', 'June 16', '2025-06-16'],
    ['004', 'title', '2023', '2023'],
  ])('page %s: %s date %s = %s', ([page, field, text, value]) => {
    const file = pages.find((f) => f.startsWith(page!))!;
    const record = processText(fs.readFileSync(`input/${file}`, 'utf8'), { pipeline, id: file });
    const found = record.articles.flatMap((a) =>
      a.dates.filter((d) => d.field === field).map((d) => {
        expect(mentionSource(a, d)?.slice(d.start, d.end)).toBe(d.text);
        return [d.text, d.value];
      }),
    );
    expect(found).toContainEqual([text, value]);
  });

  test('page 004 says where its reference date came from', () => {
    expect(mentions('004').warnings).toContain('reference-from-text');
  });
});
