// The package's own name and version, read once from package.json (the version is part of
// every pipeline fingerprint, so a new release redoes the corpus).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot: string = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    const file = path.join(d, 'package.json');
    if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).name === 'news-extract') return d;
    if (path.dirname(d) === d) throw new Error(`package-info: no news-extract package.json above ${dir}`);
  }
}

const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
export const packageVersion: string = pkg.version;
