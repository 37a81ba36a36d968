// Invalid requests: a valid request of the operation with one to three mutations, each of
// which breaks a rule of openapi.yaml. The runner still asks validateRequest whether the
// result is invalid, so a mutation that accidentally produces a valid request is caught.
import type { OperationId } from '@serverless-todo/contract';
import fc from 'fast-check';
import type { Draft, LiveIds } from './draft.ts';
import * as f from './invalid-fields.ts';

/** One edit that makes a draft invalid. Plain data, so fast-check prints and shrinks it. */
export type Mutation =
  | { readonly kind: 'field'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'drop-title' }
  | { readonly kind: 'drop'; readonly key: string }
  | { readonly kind: 'empty-object' }
  | { readonly kind: 'raw-body'; readonly text: string }
  | { readonly kind: 'no-body' }
  | { readonly kind: 'content-type'; readonly value: string }
  | { readonly kind: 'oversize' }
  | { readonly kind: 'query'; readonly key: string; readonly value: string }
  | { readonly kind: 'header'; readonly key: string; readonly value: string }
  | { readonly kind: 'path'; readonly key: string; readonly value: string };

const m = <M extends Mutation>(mutation: M) => mutation;
const field = (key: string, value: fc.Arbitrary<unknown>) => value.map((v) => m({ kind: 'field', key, value: v }));
const query = (key: string, value: fc.Arbitrary<string>) => value.map((v) => m({ kind: 'query', key, value: v }));
const header = (key: string, value: fc.Arbitrary<string>) => value.map((v) => m({ kind: 'header', key, value: v }));
const path = (key: string, value: fc.Arbitrary<string>) => value.map((v) => m({ kind: 'path', key, value: v }));

const bodyFields = [
  field('title', f.invalidTitle),
  field('description', f.invalidDescription),
  field('status', f.invalidStatus),
  field('due_date', f.invalidDueDate),
  fc.tuple(f.unknownKey, fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => m({ kind: 'field', key, value })),
  f.nonObjectBody.map((text) => m({ kind: 'raw-body', text })),
  fc.constant(m({ kind: 'no-body' })),
  f.nonJsonContentType.map((value) => m({ kind: 'content-type', value })),
  fc.constant(m({ kind: 'oversize' })),
];
const badUser = path('user_id', f.invalidUserId);
const badTask = path('task_id', f.invalidTaskId);
const badIfMatch = header('if-match', f.invalidIfMatch);
const badAttachment = path('attachment_id', f.invalidTaskId);
const attachmentFields = [
  field('filename', f.invalidFilename),
  field('content_type', f.invalidContentType),
  field('size', f.invalidSize),
  fc.constantFrom('filename', 'content_type', 'size').map((key) => m({ kind: 'drop', key })),
  fc.tuple(f.unknownKey, fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => m({ kind: 'field', key, value })),
  f.nonObjectBody.map((text) => m({ kind: 'raw-body', text })),
  fc.constant(m({ kind: 'no-body' })),
  f.nonJsonContentType.map((value) => m({ kind: 'content-type', value })),
  fc.constant(m({ kind: 'oversize' })),
];

/** The mutations that apply to each operation; getHello has no input to get wrong. */
export const MUTATIONS: { readonly [Op in OperationId]: readonly fc.Arbitrary<Mutation>[] } = {
  getHello: [],
  createTask: [
    ...bodyFields,
    fc.constant(m({ kind: 'drop-title' })),
    header('idempotency-key', f.invalidIdempotencyKey),
    badUser,
  ],
  listTasks: [
    query('limit', f.invalidLimit),
    query('status', f.invalidStatus.filter((s) => typeof s === 'string') as fc.Arbitrary<string>),
    query('cursor', f.invalidCursor),
    badUser,
  ],
  getTask: [badTask, badUser],
  updateTask: [...bodyFields, fc.constant(m({ kind: 'empty-object' })), badIfMatch, badTask, badUser],
  deleteTask: [badIfMatch, badTask, badUser],
  createAttachment: [...attachmentFields, badTask, badUser],
  listAttachments: [badTask, badUser],
  getAttachment: [badAttachment, badTask, badUser],
  deleteAttachment: [badAttachment, badTask, badUser],
  getSummary: [badUser],
};

/** Sets an own data property, so `__proto__` becomes a key, not a prototype. */
const setKey = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Applies one mutation to a draft, in place.
 *
 * @example
 * ```ts
 * applyMutation(draft, { kind: 'query', key: 'limit', value: '0' }, live);
 * ```
 */
export function applyMutation(draft: Draft, mutation: Mutation, live: LiveIds): void {
  // The JSON object a field mutation edits. After a mutation that made the body something
  // other than an object, field edits go to a scratch object: the request stays invalid.
  const body = (): Record<string, unknown> => {
    if (typeof draft.rawBody === 'string') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(draft.rawBody);
      } catch {
        return {};
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      draft.body = parsed as Record<string, unknown>;
    }
    draft.rawBody = undefined;
    draft.body ??= {};
    return draft.body;
  };
  switch (mutation.kind) {
    case 'field':
      return void setKey(body(), mutation.key, mutation.value);
    case 'drop-title':
      return void delete body().title;
    case 'drop':
      return void delete body()[mutation.key];
    case 'empty-object':
      draft.rawBody = '{}';
      return;
    case 'raw-body':
      draft.rawBody = mutation.text;
      return;
    case 'no-body':
      draft.rawBody = null;
      return;
    case 'content-type':
      draft.headers['content-type'] = mutation.value;
      return;
    case 'oversize':
      return void setKey(body(), 'description', 'x'.repeat(70_000));
    case 'query':
      draft.query[mutation.key] = mutation.value;
      return;
    case 'header':
      draft.headers[mutation.key] = mutation.value;
      return;
    case 'path':
      draft.path[mutation.key] = mutation.value;
      draft.as = live.user;
  }
}

/**
 * Invalid drafts of an operation: a valid draft plus one to three mutations.
 *
 * @example
 * ```ts
 * const arb = invalidDrafts('listTasks', validDrafts(live).listTasks, live);
 * ```
 */
export function invalidDrafts(
  operationId: OperationId,
  valid: fc.Arbitrary<Draft>,
  live: LiveIds,
): fc.Arbitrary<Draft> | null {
  const mutations = MUTATIONS[operationId];
  if (mutations.length === 0) return null;
  return fc.tuple(valid, fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 })).map(([base, edits]) => {
    const draft = structuredClone(base);
    for (const edit of edits) applyMutation(draft, edit, live);
    return draft;
  });
}
