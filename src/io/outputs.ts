// What a run writes besides the records: the JSON Schemas of the contract and articles.jsonl,
// rebuilt in a stable order (document id, then article order) by streaming each record file.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { z } from 'zod';
import { ArticleLine, DocumentRecord } from '../schema/record.js';
import { tempPathFor, writeIfChanged } from './atomic.js';

export const recordPath = (id: string): string => `documents/${id}.json`;

/** output/schema/*.json from the zod schemas; rewritten only when they changed. */
export async function writeSchemas(outputDir: string): Promise<void> {
  const dir = path.join(outputDir, 'schema');
  await writeIfChanged(path.join(dir, 'document.schema.json'), JSON.stringify(z.toJSONSchema(DocumentRecord), null, 2) + '\n');
  await writeIfChanged(path.join(dir, 'article.schema.json'), JSON.stringify(z.toJSONSchema(ArticleLine), null, 2) + '\n');
}

/** Rebuilds articles.jsonl from the record files, in the order given (sorted ids). */
export async function writeArticles(outputDir: string, recordFiles: Iterable<string>): Promise<number> {
  const file = path.join(outputDir, 'articles.jsonl');
  const temp = tempPathFor(file);
  const out = fs.createWriteStream(temp);
  let lines = 0;
  try {
    for (const rel of recordFiles) {
      const record = JSON.parse(await fs.promises.readFile(path.join(outputDir, rel), 'utf8')) as DocumentRecord;
      for (const article of record.articles) {
        if (!out.write(JSON.stringify({ documentId: record.id, ...article }) + '\n')) await once(out, 'drain');
        lines++;
      }
    }
    out.end();
    await once(out, 'finish');
    await fs.promises.rename(temp, file);
  } catch (err) {
    out.destroy();
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
  return lines;
}
