import { TodoApiError } from '@serverless-todo/client';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/problems.ts';

const apiError = (status: number, body: unknown) =>
  new TodoApiError({ status, statusText: '', headers: new Headers() }, body);

describe('describeError', () => {
  it.each([
    [
      'a validation problem: one message per field',
      apiError(400, {
        type: 'https://serverless-todo.dev/problems/validation-error',
        title: 'Your request is not valid.',
        status: 400,
        detail: 'The request has 2 invalid fields.',
        errors: [
          { pointer: '/title', detail: 'must NOT have fewer than 1 characters' },
          { pointer: '/title', detail: 'must contain a non-whitespace character' },
        ],
      }),
      { message: 'Your request is not valid. (400)', fields: { title: 'must NOT have fewer than 1 characters' } },
    ],
    [
      'a problem with a detail',
      apiError(404, {
        type: 'about:blank',
        title: 'The resource does not exist.',
        status: 404,
        detail: 'No such task.',
      }),
      { message: 'The resource does not exist. No such task. (404)', fields: {} },
    ],
    [
      'no response at all',
      new TypeError('Failed to fetch'),
      { message: 'Cannot reach the API at http://api. Is it running?', fields: {} },
    ],
    ['anything else', new Error('boom'), { message: 'boom', fields: {} }],
  ])('%s', (_name, error, want) => {
    expect(describeError(error, 'http://api')).toEqual(want);
  });
});
