// The steps of a differential sequence: plain data (so fast-check prints and shrinks them),
// two users, tasks referred to by creation order so the same step means the same task on
// both targets. Their arbitraries are in step-arbitrary.ts.

/** User 0 or user 1 of the sequence. */
export type Who = 0 | 1;

/**
 * A task: the `index`-th created (modulo how many exist) by the path's owner or by the other
 * user, an unknown id, or a malformed one.
 */
export type TaskRef =
  | { readonly kind: 'created'; readonly of: 'owner' | 'other'; readonly index: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'malformed' };

/** An attachment of the step's task: the `index`-th created on it (modulo), an unknown id, or a malformed one. */
export type AttachmentRef =
  | { readonly kind: 'created'; readonly index: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'malformed' };

/** Who sends the request, for whose path: the owner themself, the other user, or nobody. */
interface Addressed {
  readonly owner: Who;
  readonly signer: 'owner' | 'other' | 'none';
}

export type Step =
  | { readonly op: 'hello' }
  | (Addressed & { readonly op: 'create'; readonly body: Readonly<Record<string, unknown>>; readonly key?: string })
  | (Addressed & {
      readonly op: 'list';
      readonly limit?: string;
      readonly status?: string;
      readonly cursor: 'none' | 'last' | 'tampered';
    })
  | (Addressed & { readonly op: 'get'; readonly task: TaskRef })
  | (Addressed & {
      readonly op: 'update';
      readonly task: TaskRef;
      readonly body: Readonly<Record<string, unknown>>;
      readonly ifMatch?: string;
    })
  | (Addressed & { readonly op: 'delete'; readonly task: TaskRef; readonly ifMatch?: string })
  | (Addressed & { readonly op: 'attach'; readonly task: TaskRef; readonly body: Readonly<Record<string, unknown>> })
  | (Addressed & { readonly op: 'attachments'; readonly task: TaskRef })
  | (Addressed & { readonly op: 'attachment'; readonly task: TaskRef; readonly attachment: AttachmentRef })
  | (Addressed & { readonly op: 'detach'; readonly task: TaskRef; readonly attachment: AttachmentRef })
  /**
   * The owner posts the attachment's file with its presigned form (once, while the attachment
   * and its task exist), then reads it until the check has settled it. Without such a form it
   * only reads it.
   */
  | { readonly op: 'upload'; readonly owner: Who; readonly task: TaskRef; readonly attachment: AttachmentRef };

/** Steps per sequence. */
export const SEQUENCE_LENGTH = 6;

/**
 * Run before every sequence on both sides (and compared like any step), so the random steps
 * find tasks to read, update, delete and page through instead of mostly hitting 404s.
 */
export const PRELUDE: readonly Step[] = [
  { op: 'create', body: { title: 'first' }, owner: 0, signer: 'owner' },
  { op: 'create', body: { title: 'second', status: 'done' }, owner: 0, signer: 'owner' },
  {
    op: 'attach',
    task: { kind: 'created', of: 'owner', index: 0 },
    body: { filename: 'first.txt', content_type: 'text/plain', size: 5 },
    owner: 0,
    signer: 'owner',
  },
];
