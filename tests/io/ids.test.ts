// Ids become paths under output/documents/: hostile ones are refused, ordinary ones (spaces,
// Unicode, folders) work.
import path from 'node:path';
import { expect, test } from 'vitest';
import { idProblem } from '../../src/io/ids.js';

test.for([
  'a',
  '000_8fae0fd90044b660',
  'folder/sub/doc',
  'with spaces/and more spaces',
  'Ünïcödé/日本語の記事',
  'emoji \u{1F600}',
  'name.with.dots',
  '.hidden',
  'x#1',
  'a..b',
  '...',
])('accepts %j', (id) => {
  expect(idProblem(id)).toBeNull();
  // And the path it becomes stays inside the documents folder.
  const root = path.resolve('/out/documents');
  expect(path.resolve(root, `${id}.json`).startsWith(root + path.sep)).toBe(true);
});

test.for([
  ['', 'empty'],
  ['   ', 'empty'],
  ['..', '".."'],
  ['../escape', '".."'],
  ['a/../../escape', '".."'],
  ['a/..', '".."'],
  ['./a', '"."'],
  ['/etc/passwd', 'absolute'],
  ['C:/Windows/x', 'absolute'],
  ['c:relative', 'absolute'],
  ['..\\..\\escape', 'backslash'],
  ['a\\b', 'backslash'],
  ['nul\0byte', 'NUL'],
  ['line\nbreak', 'control'],
  ['a//b', 'empty path segment'],
  ['trailing/', 'empty path segment'],
  ['x'.repeat(600), 'longer than'],
  ['é'.repeat(150), 'longer than 200 bytes'],
])('refuses %j (%s)', ([id, why]) => {
  expect(idProblem(id!)).toContain(why);
});
