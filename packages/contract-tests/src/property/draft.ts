// A request under construction: arbitraries build drafts, mutations edit them, and
// `toApiRequest` turns the result into what the client sends. Placeholders stand for
// values only known when a run executes (the live task, its current ETag, a unique key).
import type { OperationId, TaskStatus } from '@serverless-todo/contract';
import type { ApiRequest } from '../http/api-client.ts';

/** Replaced by the id of a task that exists when the run executes. */
export const LIVE_TASK = '{live-task}';
/** Replaced by the id of an attachment that exists when the run executes. */
export const LIVE_ATTACHMENT = '{live-attachment}';
/** Replaced by the live task's current ETag (`"<version>"`). */
export const CURRENT_ETAG = '{current-etag}';
/** Replaced by a per-run counter, so generated Idempotency-Keys never collide across runs. */
export const NONCE = '{nonce}';

/** What a property run needs to know about the target's state. */
export interface LiveIds {
  readonly user: string;
  /** A task that stays as it is (reads only). */
  readonly readTaskId: string;
  /** Genuine first-page cursors, per filter (`all` = no status filter). */
  readonly cursors: Readonly<Record<'all' | TaskStatus, string>>;
}

/** A mutable request description. `body` is an object sent as JSON unless `rawBody` is set. */
export interface Draft {
  operationId: OperationId;
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
  /** Text sent as is; `null` sends no body at all. */
  rawBody?: string | null;
  /** Who signs; defaults to the path's user. */
  as?: string;
}

/**
 * The ApiRequest a draft stands for (placeholders still in).
 *
 * @example
 * ```ts
 * toApiRequest({ operationId: 'getHello', path: {}, query: {}, headers: {} });
 * ```
 */
export function toApiRequest(draft: Draft): ApiRequest {
  const request: ApiRequest = {
    operationId: draft.operationId,
    path: draft.path,
    query: draft.query,
    headers: draft.headers,
    ...(draft.as !== undefined && { as: draft.as }),
  };
  if (draft.rawBody === null) return request;
  if (draft.rawBody !== undefined) return { ...request, rawBody: draft.rawBody };
  // Object.entries + JSON text keeps keys such as `__proto__` as plain data keys.
  return draft.body === undefined ? request : { ...request, rawBody: JSON.stringify(draft.body) };
}

/** A well-formed attachment id that no run creates. */
const NO_ATTACHMENT = '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d';

/** What the placeholders stand for in one run. */
export interface RunValues {
  readonly taskId: string;
  /** The attachment LIVE_ATTACHMENT stands for (any well-formed id when none is needed). */
  readonly attachmentId?: string;
  readonly version: number;
  readonly nonce: number;
}

/**
 * Fills in the placeholders of a generated request.
 *
 * @example
 * ```ts
 * resolve(request, { taskId: task.task_id, version: 3, nonce: 17 });
 * ```
 */
export function resolve(request: ApiRequest, values: RunValues): ApiRequest {
  const fill = (text: string) =>
    text
      .replaceAll(LIVE_TASK, values.taskId)
      .replaceAll(LIVE_ATTACHMENT, values.attachmentId ?? NO_ATTACHMENT)
      .replaceAll(CURRENT_ETAG, `"${values.version}"`)
      .replaceAll(NONCE, `-${values.nonce}`);
  const map = (record: Readonly<Record<string, string>> | undefined) =>
    record && Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fill(v)]));
  return { ...request, path: map(request.path), headers: map(request.headers) };
}
