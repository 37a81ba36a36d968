import { TodoApiError } from '@serverless-todo/client';
import { describe, expect, it } from 'vitest';
import { describeUploadError, storageError, type UploadFailure } from '../../src/app/attachments/upload-errors.ts';

const API = 'http://127.0.0.1:3000';
const apiError = (status: number, body: unknown, statusText = '') =>
  new TodoApiError({ status, statusText, headers: new Headers() }, body);
const validation = (...errors: { pointer: string; detail: string }[]) =>
  apiError(400, { title: 'Your request is not valid.', status: 400, detail: 'x', errors });
const failure = (phase: UploadFailure['phase'], file: Partial<UploadFailure['file']> = {}): UploadFailure => ({
  file: { name: 'a.png', size: 10, type: 'image/png', ...file },
  phase,
  apiUrl: API,
});
const S3_EXPIRED =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message></Error>';

describe('describeUploadError', () => {
  it.each([
    [
      'a size over the limit, with the file’s bytes',
      validation({ pointer: '/size', detail: 'must be at most 10485760' }),
      failure('creating', { name: 'big.bin', size: 10485761 }),
      '“big.bin” was not attached: size must be at most 10485760 (the file has 10485761 bytes)',
    ],
    [
      'a type outside the allow-list, with the file’s type',
      validation({ pointer: '/content_type', detail: 'must be one of: image/png' }),
      failure('creating', { name: 'p.html', type: 'text/html' }),
      '“p.html” was not attached: type must be one of: image/png (the file is text/html)',
    ],
    [
      'a file the browser gave no type',
      validation({ pointer: '/content_type', detail: 'must be one of: image/png' }),
      failure('creating', { name: 'notes', type: '' }),
      '“notes” was not attached: type must be one of: image/png (the browser gave the file no type)',
    ],
    [
      'several fields at once',
      validation(
        { pointer: '/filename', detail: 'must not contain path separators or control characters' },
        { pointer: '/size', detail: 'must be at least 1' },
      ),
      failure('creating', { name: 'a\u0001', size: 0 }),
      '“a\u0001” was not attached: name must not contain path separators or control characters; size must be at least 1 (the file has 0 bytes)',
    ],
    [
      'the 21st attachment',
      apiError(409, {
        title: 'The task has the most attachments it may have.',
        detail: 'A task holds at most 20 attachments; delete one first.',
      }),
      failure('creating'),
      '“a.png” was not attached: The task has the most attachments it may have. (409) A task holds at most 20 attachments; delete one first.',
    ],
    [
      'storage refusing the form, in its own words',
      apiError(403, S3_EXPIRED, 'Forbidden'),
      failure('uploading'),
      '“a.png” was not attached: storage refused the file (403): Invalid according to Policy: Policy expired.',
    ],
    [
      'storage out of reach',
      new TypeError('Failed to fetch'),
      failure('uploading'),
      '“a.png” was not uploaded: storage could not be reached.',
    ],
    [
      'the API out of reach',
      new TypeError('Failed to fetch'),
      failure('creating'),
      `“a.png” was not attached: Cannot reach the API at ${API}. Is it running?`,
    ],
    [
      'a check that did not finish in time',
      new DOMException('The attachment was not checked in time.', 'TimeoutError'),
      failure('verifying'),
      '“a.png” was uploaded, but its check has not finished; it stays pending until it does.',
    ],
  ])('%s', (_name, error, given, want) => {
    expect(describeUploadError(error, given)).toBe(want);
  });
});

describe('storageError', () => {
  it('carries storage’s message', async () => {
    const error = await storageError(new Response(S3_EXPIRED, { status: 403 }), 'download');
    expect(error.name).toBe('StorageRefusedError');
    expect(error.message).toBe('Storage refused the download (403): Invalid according to Policy: Policy expired.');
  });

  it('falls back to the status text when the body says nothing', async () => {
    const error = await storageError(new Response('', { status: 503, statusText: 'Slow Down' }), 'upload');
    expect(error.message).toBe('Storage refused the upload (503): Slow Down');
  });
});
