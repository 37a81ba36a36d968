// The export's --out file, opened before the first request: a folder that does not exist, a
// path that is a folder, or one without write permission fails at once, in one line, and
// not after every task has been fetched. The data goes to a temporary file next to FILE that
// replaces it only once the last page arrived, so a failed export never leaves a truncated
// file that looks complete.
import { type FileHandle, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputFileError } from '../lib/errors.ts';

/** An open --out file: write to it, then commit (rename into place) or discard. */
export interface OutputFile {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

async function folderProblem(folder: string, shown: string): Promise<string | null> {
  const info = await stat(folder).catch(() => null);
  if (info === null) return `the folder ${shown} does not exist; create it first`;
  if (!info.isDirectory()) return `${shown} is not a folder`;
  return null;
}

/**
 * Opens the temporary file for `path` (absolute), or throws OutputFileError naming `shown`.
 *
 * @example
 * ```ts
 * const out = await openOutputFile('/home/me/tasks.json', 'tasks.json');
 * await out.write('[]\n');
 * await out.commit();
 * ```
 */
export async function openOutputFile(path: string, shown: string): Promise<OutputFile> {
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) {
    throw new OutputFileError(
      shown,
      `it is a folder; give a file name, such as ${shown.replace(/\/*$/, '')}/tasks.json`,
    );
  }
  const folder = dirname(path);
  const problem = await folderProblem(folder, dirname(shown));
  if (problem) throw new OutputFileError(shown, problem);
  const temp = `${path}.${process.pid}.partial`;
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    throw new OutputFileError(shown, `${REASONS[code] ?? 'cannot create a file there'} (${code})`, { cause });
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(text) {
      await handle.write(text);
    },
    async commit() {
      await close();
      await rename(temp, path);
    },
    async discard() {
      await close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}
