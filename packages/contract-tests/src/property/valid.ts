// Valid requests of every operation, built from the field arbitraries plus things the API
// must ignore (unknown query parameters and headers, JSON formatting, content-type case).
import type { OperationId } from '@serverless-todo/contract';
import fc from 'fast-check';
import { CURRENT_ETAG, type Draft, LIVE_ATTACHMENT, LIVE_TASK, type LiveIds, NONCE } from './draft.ts';
import {
  extraHeaders,
  extraQuery,
  jsonContentType,
  validAttachmentCreate,
  validIdempotencyKey,
  validStatus,
  validTaskCreate,
  validTaskUpdate,
} from './valid-fields.ts';

const ifMatch = fc.constantFrom(undefined, '*', CURRENT_ETAG, `W/${CURRENT_ETAG}`);
const noise = fc.record({ query: extraQuery, headers: extraHeaders });
const jsonText = (body: object, pretty: boolean) => JSON.stringify(body, null, pretty ? 2 : undefined);

/**
 * A valid-request arbitrary per operation, for the live user and tasks.
 *
 * @example
 * ```ts
 * fc.sample(validDrafts(live).createTask, 1);
 * ```
 */
export function validDrafts(live: LiveIds): { readonly [Op in OperationId]: fc.Arbitrary<Draft> } {
  const user = live.user;
  return {
    getHello: fc.record({ noise, signed: fc.boolean() }).map(({ noise, signed }) => ({
      operationId: 'getHello',
      path: {},
      ...noise,
      ...(signed ? { as: user } : {}),
    })),
    createTask: fc
      .record({
        noise,
        body: validTaskCreate,
        type: jsonContentType,
        key: fc.option(validIdempotencyKey),
        pretty: fc.boolean(),
      })
      .map(({ noise, body, type, key, pretty }) => ({
        operationId: 'createTask',
        path: { user_id: user },
        query: noise.query,
        headers: {
          ...noise.headers,
          'content-type': type,
          ...(key === null ? {} : { 'idempotency-key': key + NONCE }),
        },
        rawBody: jsonText(body, pretty),
      })),
    listTasks: fc
      .record({
        noise,
        limit: fc.option(fc.integer({ min: 1, max: 100 })),
        status: fc.option(validStatus),
        cursor: fc.boolean(),
      })
      .map(({ noise, limit, status, cursor }) => ({
        operationId: 'listTasks',
        path: { user_id: user },
        query: {
          ...noise.query,
          ...(limit === null ? {} : { limit: String(limit) }),
          ...(status === null ? {} : { status }),
          ...(cursor ? { cursor: live.cursors[status ?? 'all'] } : {}),
        },
        headers: noise.headers,
      })),
    getTask: noise.map(({ query, headers }) => ({
      operationId: 'getTask',
      path: { user_id: user, task_id: live.readTaskId },
      query,
      headers,
    })),
    updateTask: fc
      .record({ noise, body: validTaskUpdate, type: jsonContentType, ifMatch, pretty: fc.boolean() })
      .map(({ noise, body, type, ifMatch, pretty }) => ({
        operationId: 'updateTask',
        path: { user_id: user, task_id: LIVE_TASK },
        query: noise.query,
        headers: { ...noise.headers, 'content-type': type, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        rawBody: jsonText(body, pretty),
      })),
    deleteTask: fc.record({ noise, ifMatch }).map(({ noise, ifMatch }) => ({
      operationId: 'deleteTask',
      path: { user_id: user, task_id: LIVE_TASK },
      query: noise.query,
      headers: { ...noise.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    })),
    createAttachment: fc
      .record({ noise, body: validAttachmentCreate, type: jsonContentType, pretty: fc.boolean() })
      .map(({ noise, body, type, pretty }) => ({
        operationId: 'createAttachment',
        path: { user_id: user, task_id: LIVE_TASK },
        query: noise.query,
        headers: { ...noise.headers, 'content-type': type },
        rawBody: jsonText(body, pretty),
      })),
    listAttachments: noise.map(({ query, headers }) => ({
      operationId: 'listAttachments',
      path: { user_id: user, task_id: LIVE_TASK },
      query,
      headers,
    })),
    getAttachment: noise.map(({ query, headers }) => ({
      operationId: 'getAttachment',
      path: { user_id: user, task_id: LIVE_TASK, attachment_id: LIVE_ATTACHMENT },
      query,
      headers,
    })),
    deleteAttachment: noise.map(({ query, headers }) => ({
      operationId: 'deleteAttachment',
      path: { user_id: user, task_id: LIVE_TASK, attachment_id: LIVE_ATTACHMENT },
      query,
      headers,
    })),
    getSummary: noise.map(({ query, headers }) => ({
      operationId: 'getSummary',
      path: { user_id: user },
      query,
      headers,
    })),
  };
}
