import { TodoApiError } from '@serverless-todo/client';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/app/problems.ts';

const API = 'http://127.0.0.1:3000';
const apiError = (status: number, body: object, headers: Record<string, string> = {}) =>
  new TodoApiError({ status, statusText: '', headers: new Headers(headers) }, body);

describe('describeError', () => {
  it.each([
    [
      'a problem with its detail',
      apiError(404, { title: 'Not found.', detail: 'No such task.' }),
      'Not found. (404) No such task.',
    ],
    [
      'a validation problem, whose fields show at their inputs',
      apiError(400, { title: 'Your request is not valid.', detail: 'x', errors: [{ pointer: '/title', detail: 'y' }] }),
      'Your request is not valid. (400)',
    ],
    [
      'a 503 with the Retry-After it asks for',
      apiError(503, { title: 'The service is busy.' }, { 'retry-after': '2' }),
      'The service is busy. (503) The API asks to retry in 2 s.',
    ],
    ['a network failure', new TypeError('fetch failed'), `Cannot reach the API at ${API}. Is it running?`],
    ['anything else', new Error('boom'), 'boom'],
  ])('%s', (_name, given, want) => {
    expect(describeError(given, API)).toBe(want);
  });
});
