// What LevelDB cannot see: a log cut short reads exactly like a write torn by a crash, which
// LevelDB rightly accepts. So at every clean stop the local API records each store file's
// size and SHA-256 next to the store; the next start compares before opening. A record
// means "nothing may have changed since": any difference is damage, not a crash. After a
// crash there is no record (it is removed at start), and LevelDB's own checks decide alone.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One store file as it was at the last clean stop. */
interface FileRecord {
  readonly size: number;
  readonly sha256: string;
}

/** LevelDB's lock and its human-readable info logs change on every open; they hold no data. */
const NOT_DATA = new Set(['LOCK', 'LOG', 'LOG.old']);

const recordFile = (storeDir: string) => `${storeDir}.clean-stop.json`;

function fingerprint(storeDir: string): Record<string, FileRecord> {
  const files: Record<string, FileRecord> = {};
  for (const name of readdirSync(storeDir).sort()) {
    if (NOT_DATA.has(name)) continue;
    const bytes = readFileSync(join(storeDir, name));
    files[name] = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  return files;
}

/**
 * Records the store's files; call once LevelDB is closed.
 *
 * @example
 * ```ts
 * await dynamo.close();
 * recordCleanStop('/repo/.data/dynamodb');
 * ```
 */
export function recordCleanStop(storeDir: string): void {
  writeFileSync(recordFile(storeDir), `${JSON.stringify({ files: fingerprint(storeDir) }, null, 2)}\n`);
}

/** Forgets the record: from now on the store changes. */
export function forgetCleanStop(storeDir: string): void {
  rmSync(recordFile(storeDir), { force: true });
}

/**
 * What differs from the last clean stop, as a phrase, or null when nothing does or when
 * there is no record to compare with.
 *
 * @example
 * ```ts
 * changedSinceCleanStop('/repo/.data/dynamodb'); // '000005.log is 52113 bytes, was 104226 at the last clean stop'
 * ```
 */
export function changedSinceCleanStop(storeDir: string): string | null {
  let recorded: Record<string, FileRecord>;
  try {
    recorded = (JSON.parse(readFileSync(recordFile(storeDir), 'utf8')) as { files: Record<string, FileRecord> }).files;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `${recordFile(storeDir)} is not what the last clean stop wrote`;
  }
  const now = fingerprint(storeDir);
  for (const [name, was] of Object.entries(recorded)) {
    const is = now[name];
    if (!is) return `${name} is missing since the last clean stop`;
    if (is.size !== was.size) return `${name} is ${is.size} bytes, was ${was.size} at the last clean stop`;
    if (is.sha256 !== was.sha256) return `${name} changed since the last clean stop`;
  }
  const added = Object.keys(now).find((name) => !(name in recorded));
  return added ? `${added} appeared since the last clean stop` : null;
}
