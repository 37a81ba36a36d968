// The public shapes of `@serverless-todo/client/attachments`, from the contract.
import type * as Contract from '@serverless-todo/contract';
import type { FetchFunction, RequestOptions, TodoClient } from '../types.ts';

/**
 * An attachment of a task: `pending` until its file is checked, then `ready` or `rejected`.
 *
 * @example
 * ```ts
 * const attachment: Attachment = await client.attachments.upload('u1', taskId, file);
 * ```
 */
export type Attachment = Contract.Attachment;

/**
 * The body of `attachments.create`: what the file claims to be.
 *
 * @example
 * ```ts
 * const body: AttachmentCreate = { filename: 'a.png', content_type: 'image/png', size: 1024 };
 * ```
 */
export type AttachmentCreate = Contract.AttachmentCreate;

/**
 * What `attachments.create` resolves to: the pending attachment and its presigned POST.
 *
 * @example
 * ```ts
 * const { attachment, upload } = await client.attachments.create('u1', taskId, body);
 * ```
 */
export type AttachmentCreated = Contract.AttachmentCreated;

/**
 * What `attachments.get` resolves to: the attachment and, while it is ready, a download URL.
 *
 * @example
 * ```ts
 * const { download } = await client.attachments.get('u1', taskId, id);
 * if (download) location.assign(download.url);
 * ```
 */
export type AttachmentView = Contract.AttachmentView;

/**
 * The declared content types the API accepts.
 *
 * @example
 * ```ts
 * const type: AttachmentContentType = 'application/pdf';
 * ```
 */
export type AttachmentContentType = Contract.AttachmentContentType;

/**
 * Where an upload is: `creating` the record, `uploading` the file, `verifying` it.
 *
 * @example
 * ```ts
 * await client.attachments.upload('u1', taskId, file, { onPhase: (phase) => setLabel(phase) });
 * ```
 */
export type UploadPhase = 'creating' | 'uploading' | 'verifying';

/**
 * Options of `attachments.upload`.
 *
 * @example
 * ```ts
 * await client.attachments.upload('u1', taskId, file, { signal, waitMs: 60_000 });
 * ```
 */
export interface UploadOptions extends RequestOptions {
  /** The name to record; defaults to the File's `name`. */
  filename?: string;
  /** The type to declare; defaults to the Blob's `type`. */
  contentType?: AttachmentContentType;
  /** How long to wait for the verdict once the file is uploaded. Default 30 000 ms. */
  waitMs?: number;
  /** Called as the upload moves from one phase to the next. */
  onPhase?: (phase: UploadPhase, attachment?: Attachment) => void;
}

/**
 * The `attachments` resource. Every method rejects with a `TodoApiError` when the API answers
 * with an error.
 *
 * @example
 * ```ts
 * const attachment = await client.attachments.upload('u1', taskId, file);
 * const { download } = await client.attachments.get('u1', taskId, attachment.attachment_id);
 * ```
 */
export interface AttachmentsApi {
  /** POST …/attachments: a pending attachment and its presigned POST. Not retried (it is not idempotent). */
  create(userId: string, taskId: string, body: AttachmentCreate, options?: RequestOptions): Promise<AttachmentCreated>;
  /** GET …/attachments: every attachment of the task, oldest first. */
  list(userId: string, taskId: string, options?: RequestOptions): Promise<Attachment[]>;
  /** GET …/attachments/{attachment_id}: the attachment, and a download URL while it is ready. */
  get(userId: string, taskId: string, attachmentId: string, options?: RequestOptions): Promise<AttachmentView>;
  /** DELETE …/attachments/{attachment_id}: the record and its file. */
  delete(userId: string, taskId: string, attachmentId: string, options?: RequestOptions): Promise<void>;
  /**
   * Creates the attachment, posts the file as the presigned form, then polls (with backoff,
   * for at most `waitMs`) until the server has checked it. Resolves with the ready attachment;
   * rejects with a `TodoApiError` (status 422, type `…/problems/attachment-rejected`, `detail`
   * the reason) when the file was rejected, or when storage refused the form.
   */
  upload(userId: string, taskId: string, file: Blob, options?: UploadOptions): Promise<Attachment>;
}

/**
 * A client with the `attachments` resource.
 *
 * @example
 * ```ts
 * const client: TodoClientWithAttachments = withAttachments(createTodoClient({ baseUrl }));
 * ```
 */
export type TodoClientWithAttachments<C extends TodoClient = TodoClient> = C & { attachments: AttachmentsApi };

/**
 * Options of {@link withAttachments}.
 *
 * @example
 * ```ts
 * withAttachments(client, { fetch: myFetch });
 * ```
 */
export interface AttachmentsOptions {
  /** The fetch that posts files to storage (never with the API token). Default `globalThis.fetch`, looked up per call. */
  fetch?: FetchFunction;
}
