// Atomic file writes: write a temporary file in the same folder, then rename it over the target.
// A reader never sees half a file, and a run killed at any moment leaves each output either
// old-and-complete or new-and-complete. Temporary files a killed run left behind are swept.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Temporary files are hidden, end in `.tmp`, and never end in `.json` like an output does. */
const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    await fs.promises.writeFile(temp, data);
    await fs.promises.rename(temp, file);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** Writes only when the content differs, so an unchanged output keeps its mtime. */
export async function writeIfChanged(file: string, data: string): Promise<boolean> {
  const old = await fs.promises.readFile(file, 'utf8').catch(() => null);
  if (old === data) return false;
  await writeFileAtomic(file, data);
  return true;
}

export const isTempFile = (name: string): boolean => TEMP.test(name);

/** Every file below `dir` (relative, '/'-separated), sorted; missing dir = none. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(child);
    }
  }
  await walk('');
  return out.sort(compareIds);
}

/** Removes leftover temporary files of killed runs below `dir`; returns how many. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let n = 0;
  for (const rel of await listFiles(dir)) {
    if (isTempFile(path.posix.basename(rel))) {
      await fs.promises.rm(path.join(dir, rel), { force: true });
      n++;
    }
  }
  return n;
}

/** Removes empty folders from `dir` (the file's folder) up to, not including, `root`. */
export async function pruneEmptyDirs(from: string, root: string): Promise<void> {
  const top = path.resolve(root);
  for (let d = path.resolve(from); d.startsWith(top + path.sep); d = path.dirname(d)) {
    try {
      await fs.promises.rmdir(d);
    } catch {
      return; // not empty (or gone): stop climbing
    }
  }
}

/** Code-unit order, the same on every machine (localeCompare is locale-dependent). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
