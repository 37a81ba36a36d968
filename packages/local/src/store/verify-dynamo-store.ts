// The integrity check of the on-disk DynamoDB store, run before dynalite opens it. dynalite
// opens LevelDB without paranoid checks (and classic-level 3 cannot pass them), so LevelDB
// skips a corrupt log record and serves the rest. The check therefore lets LevelDB itself
// recover a throw-away copy of the store: its open fails on a bad CURRENT or MANIFEST, its
// info log names every record it dropped, and reading every entry checks the tables. Only a
// copy that LevelDB opens without dropping anything lets the real store be opened.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { StoreDamagedError } from '../errors.ts';
import { changedSinceCleanStop, forgetCleanStop } from './clean-stop.ts';

/** What a damaged store tells the user to do. */
export const DYNAMO_FIX = 'move it away, or start with `npm start -- --memory`';

/** Lines of LevelDB's info log that mean it threw data away while recovering. */
const DROPPED = /corruption|dropping|bad record|missing files/i;

async function recoverCopy(storeDir: string): Promise<string | null> {
  const copy = mkdtempSync(join(tmpdir(), 'serverless-todo-verify-'));
  try {
    cpSync(storeDir, copy, { recursive: true, filter: (src) => !/[/\\](LOCK|LOG|LOG\.old)$/.test(src) });
    const db = new ClassicLevel(copy, { createIfMissing: false, keyEncoding: 'buffer', valueEncoding: 'buffer' });
    try {
      await db.open();
      // Reading every entry makes LevelDB read every table block, so one that no longer
      // decodes fails here. classic-level reads without verify_checksums, so a table changed
      // without breaking its format is caught only by the clean-stop record.
      for await (const _ of db.iterator({ fillCache: false })) {
        // the read is the check
      }
    } catch (err) {
      return tidy(firstLine(err), copy);
    } finally {
      await db.close().catch(() => {});
    }
    const log = existsSync(join(copy, 'LOG')) ? readFileSync(join(copy, 'LOG'), 'utf8') : '';
    const dropped = log.split('\n').find((line) => DROPPED.test(line));
    // An info log line: "2026/12/01-18:00:00.123456 7f… Log #5: dropping 4096 bytes; Corruption: …".
    return dropped ? tidy(dropped.replace(/^\S+ \S+ /, ''), copy) : null;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** LevelDB's words, without the copy's temporary path and its "(ignoring error)" prefix. */
const tidy = (line: string, copy: string) =>
  line
    .replaceAll(`${copy}/`, '')
    .replace(/^\(ignoring error\) /, '')
    .trim();

function firstLine(err: unknown): string {
  const cause = (err as { cause?: unknown }).cause;
  const message = String((cause instanceof Error ? cause : (err as Error)).message ?? err);
  return message.split('\n')[0] ?? message;
}

/**
 * Throws StoreDamagedError when the store at `storeDir` is damaged; passes a missing or
 * empty one (the first start creates it). Removes the clean-stop record once it passed.
 *
 * @example
 * ```ts
 * await verifyDynamoStore('/repo/.data/dynamodb'); // then dynalite may open it
 * ```
 */
export async function verifyDynamoStore(storeDir: string): Promise<void> {
  const files = existsSync(storeDir) ? readdirSync(storeDir).filter((name) => name !== 'LOCK') : [];
  if (files.length === 0) return forgetCleanStop(storeDir);
  if (!files.includes('CURRENT')) throw new StoreDamagedError(storeDir, 'no CURRENT file', DYNAMO_FIX);
  const changed = changedSinceCleanStop(storeDir);
  if (changed) throw new StoreDamagedError(storeDir, changed, DYNAMO_FIX);
  const problem = await recoverCopy(storeDir);
  if (problem) throw new StoreDamagedError(storeDir, problem, DYNAMO_FIX);
  forgetCleanStop(storeDir);
}
