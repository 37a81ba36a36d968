// LevelDB refuses a second opener of the same directory, but dynalite reports that as an
// unhandled stream error that kills the process. A pid file taken before dynalite starts
// turns "a second local API on the same data" into a clear error instead.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DataDirLockedError } from '../errors.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
};

/**
 * Takes the lock file `file` for this process, or throws DataDirLockedError if a live
 * process holds it. Returns the release function.
 *
 * @example
 * ```ts
 * const release = lockStore('/repo/.data/dynamodb.lock', '/repo/.data/dynamodb');
 * release();
 * ```
 */
export function lockStore(file: string, dir: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && alive(holder)) throw new DataDirLockedError(dir);
      rmSync(file, { force: true }); // left by a process that died without cleaning up
    }
  }
  throw new DataDirLockedError(dir);
}
