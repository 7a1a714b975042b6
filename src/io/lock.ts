// One run per output folder: a lock file created exclusively. A second run stops with a clear
// message; a lock left by a run that died (its pid is gone on this host) is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class LockError extends Error {
  override name = 'LockError';
}

interface LockInfo {
  pid: number;
  hostname: string;
  started: string;
}

export interface Lock {
  file: string;
  release(): void;
}

export function acquireLock(outputDir: string, notice: (message: string) => void = () => {}): Lock {
  fs.mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, '.lock');
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info) + '\n', { flag: 'wx' });
      // process.exit (Ctrl-C in the CLI) skips finally blocks; the exit event still runs.
      const onExit = (): void => releaseLock(file);
      process.once('exit', onExit);
      return {
        file,
        release: () => {
          process.removeListener('exit', onExit);
          releaseLock(file);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(file);
    if (!holder && isFresh(file)) {
      // Created a moment ago and not yet written: another run is acquiring it right now.
      throw new LockError(`lock: another run is starting on ${outputDir} (lock file ${file} was just created)`);
    }
    if (holder && isAlive(holder)) {
      throw new LockError(
        `lock: another run (pid ${holder.pid} on ${holder.hostname}, started ${holder.started}) is writing to ${outputDir}; ` +
          `wait for it to finish, or delete ${file} if you are sure it is not running`,
      );
    }
    notice(`lock: taking over a stale lock ${file}${holder ? ` left by pid ${holder.pid}, which is no longer running` : ' (unreadable)'}`);
    fs.rmSync(file, { force: true });
  }
  throw new LockError(`lock: could not acquire ${file}; another run keeps taking it`);
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

function isFresh(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 5000;
  } catch {
    return false;
  }
}

function isAlive(holder: LockInfo): boolean {
  // A pid from another host cannot be checked: assume it is alive rather than steal its lock.
  if (holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(file: string): void {
  const holder = readLock(file);
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
}
