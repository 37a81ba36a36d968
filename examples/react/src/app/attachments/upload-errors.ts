// What went wrong with a file, for a person: the API's problem naming the field and what the
// file had (size, type, name), storage's own message when it refused a form or a download, or
// which of the two could not be reached. Never an exception's text or a stack.
import { isTodoApiError, type TodoApiError } from '@serverless-todo/client';
import type { UploadPhase } from '@serverless-todo/client/attachments';
import { StorageRefusedError } from '../../errors.ts';
import { describeError } from '../problems.ts';

/** Where an upload was when it failed. */
export interface UploadFailure {
  readonly file: Pick<File, 'name' | 'size' | 'type'>;
  readonly phase: UploadPhase;
  readonly apiUrl: string;
}

// S3 answers errors as XML: <Error><Code>…</Code><Message>…</Message></Error>.
const xmlMessage = (text: string): string | undefined =>
  /<Message>([^<]*)<\/Message>/
    .exec(text)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Turns storage's error answer into a {@link StorageRefusedError}.
 *
 * @example
 * ```ts
 * if (!response.ok) throw await storageError(response, 'download');
 * ```
 */
export async function storageError(response: Response, action: 'upload' | 'download'): Promise<StorageRefusedError> {
  const message = xmlMessage(await response.text().catch(() => '')) ?? response.statusText;
  return new StorageRefusedError(`Storage refused the ${action} (${response.status})${message ? `: ${message}` : '.'}`);
}

/** What the file had, for the field the API named. */
function given(field: string, file: UploadFailure['file']): string {
  // Exact bytes: next to a limit in bytes, "10.0 MiB" would not show what is over.
  if (field === 'size') return ` (the file has ${file.size} bytes)`;
  if (field === 'content_type')
    return file.type ? ` (the file is ${file.type})` : ' (the browser gave the file no type)';
  return '';
}

const FIELD_NAMES: Record<string, string> = { filename: 'name', content_type: 'type', size: 'size' };

function describeProblem(error: TodoApiError, failure: UploadFailure): string {
  if (error.errors.length > 0) {
    return error.errors
      .map(({ pointer, detail }) => {
        const field = pointer.slice(1);
        return `${FIELD_NAMES[field] ?? field} ${detail}${given(field, failure.file)}`;
      })
      .join('; ');
  }
  // Storage's refusal of the form: XML, not a problem.
  const fromStorage = typeof error.body === 'string' ? xmlMessage(error.body) : undefined;
  if (failure.phase === 'uploading' && fromStorage !== undefined)
    return `storage refused the file (${error.status}): ${fromStorage}`;
  return describeError(error, failure.apiUrl);
}

/**
 * Describes why `failure.file` was not attached (or not checked).
 *
 * @example
 * ```ts
 * describeUploadError(error, { file, phase: 'creating', apiUrl });
 * // '“big.bin” was not attached: size must be at most 10485760 (the file has 12582912 bytes)'
 * ```
 */
export function describeUploadError(error: unknown, failure: UploadFailure): string {
  const name = `“${failure.file.name}”`;
  if (isTodoApiError(error)) return `${name} was not attached: ${describeProblem(error, failure)}`;
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `${name} was uploaded, but its check has not finished; it stays pending until it does.`;
  if (error instanceof TypeError && failure.phase === 'uploading')
    return `${name} was not uploaded: storage could not be reached.`;
  return `${name} was not attached: ${describeError(error, failure.apiUrl)}`;
}
