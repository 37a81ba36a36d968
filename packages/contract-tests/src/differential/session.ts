// One side of a differential sequence: runs steps against one target and keeps what the
// steps refer to (tasks by creation order, the last cursor per user) and what the
// normalisation needs (task labels, whether a cursor predates the latest change).
import type { AttachmentCreated, AttachmentView, Task, TaskList } from '@serverless-todo/contract';
import { ApiClient, type ApiRequest, type Exchange } from '../http/api-client.ts';
import { postFile, VERDICT_WAIT_MS } from '../http/attachments.ts';
import { flipAt } from '../scenarios/cursors.ts';
import type { Target } from '../target.ts';
import { type ListView, type Observation, observe } from './normalise.ts';
import type { AttachmentRef, Step, TaskRef, Who } from './steps.ts';

/** A task id no sequence creates (the same on both sides). */
export const UNKNOWN_TASK = '00000000-0000-4000-8000-000000000000';
/** An attachment id no sequence creates. */
export const UNKNOWN_ATTACHMENT = '00000000-0000-4000-8000-00000000000a';

interface CursorState {
  readonly value: string;
  /** Issued in a chain of pages that started before the user's tasks last changed. */
  stale: boolean;
}

const other = (who: Who): Who => (who === 0 ? 1 : 0);

/** An attachment's presigned form, kept until it is used or the attachment is gone. */
interface Form {
  readonly userId: string;
  readonly taskId: string;
  readonly size: number;
  readonly upload: AttachmentCreated['upload'];
}

/** The most bytes an upload step sends: small, and still over some declared sizes' worth. */
const UPLOAD_BYTES = 64;
const POLL_MS = 25;

/** A step's outcome on one side. */
export interface StepResult {
  readonly exchange: Exchange;
  readonly observation: Observation;
}

/**
 * Runs a sequence's steps against one target.
 *
 * @example
 * ```ts
 * const session = new Session(localTarget, ['u-a', 'u-b']);
 * await session.run({ op: 'create', body: { title: 'a' }, owner: 0, signer: 'owner' });
 * ```
 */
export class Session {
  readonly #api: ApiClient;
  readonly #users: readonly [string, string];
  readonly #created: [string[], string[]] = [[], []];
  readonly #labels = new Map<string, string>();
  readonly #cursors: [CursorState | null, CursorState | null] = [null, null];
  /** Attachment ids per task id, in creation order. */
  readonly #attachments = new Map<string, string[]>();
  /** Unused upload forms by attachment id. */
  readonly #forms = new Map<string, Form>();

  constructor(target: Target, users: readonly [string, string]) {
    this.#api = new ApiClient(target);
    this.#users = users;
  }

  /** This side's ids and their labels (`task#k`, `attachment#k`), for comparing its events. */
  get labels(): ReadonlyMap<string, string> {
    return this.#labels;
  }

  #taskId(ref: TaskRef, owner: Who): string {
    if (ref.kind === 'unknown') return UNKNOWN_TASK;
    if (ref.kind === 'malformed') return 'not-a-task-id';
    const ids = this.#created[ref.of === 'owner' ? owner : other(owner)];
    return ids.length === 0 ? UNKNOWN_TASK : (ids[ref.index % ids.length] as string);
  }

  #attachmentId(ref: AttachmentRef, taskId: string): string {
    if (ref.kind === 'unknown') return UNKNOWN_ATTACHMENT;
    if (ref.kind === 'malformed') return 'not-an-attachment-id';
    const ids = this.#attachments.get(taskId) ?? [];
    return ids.length === 0 ? UNKNOWN_ATTACHMENT : (ids[ref.index % ids.length] as string);
  }

  #changed(owner: Who): void {
    const cursor = this.#cursors[owner];
    if (cursor) cursor.stale = true;
  }

  /**
   * Sends the step and returns its exchange and normalised observation.
   *
   * @example
   * ```ts
   * const { observation } = await session.run({ op: 'hello' });
   * ```
   */
  async run(step: Step): Promise<StepResult> {
    if (step.op === 'hello') {
      const exchange = await this.#api.send({ operationId: 'getHello', as: null });
      return { exchange, observation: observe(exchange, this.#labels) };
    }
    if (step.op === 'upload') return this.#upload(step);
    const owner = step.owner;
    const user_id = this.#users[owner];
    const as = step.signer === 'owner' ? user_id : step.signer === 'other' ? this.#users[other(owner)] : null;
    const base = { path: { user_id }, as, query: {} as Record<string, string>, headers: {} as Record<string, string> };
    let request: ApiRequest;
    let cursorUsed: CursorState | null = null;
    let deleting: ((attachmentId: string, form: Form) => boolean) | undefined;
    if (step.op === 'create') {
      request = {
        ...base,
        operationId: 'createTask',
        json: step.body,
        headers: step.key ? { 'idempotency-key': step.key } : {},
      };
    } else if (step.op === 'list') {
      const query: Record<string, string> = {};
      if (step.limit !== undefined) query.limit = step.limit;
      if (step.status !== undefined) query.status = step.status;
      const last = this.#cursors[owner];
      if (step.cursor === 'last' && last) {
        query.cursor = last.value;
        cursorUsed = last;
      } else if (step.cursor === 'tampered') {
        query.cursor = last ? flipAt(last.value, Math.floor(last.value.length / 2)) : 'AAAAAAAAAAAA';
      }
      request = { ...base, operationId: 'listTasks', query };
    } else if (step.op === 'attach' || step.op === 'attachments') {
      const path = { user_id, task_id: this.#taskId(step.task, owner) };
      request =
        step.op === 'attach'
          ? { ...base, operationId: 'createAttachment', path, json: step.body }
          : { ...base, operationId: 'listAttachments', path };
    } else if (step.op === 'attachment' || step.op === 'detach') {
      const task_id = this.#taskId(step.task, owner);
      const path = { user_id, task_id, attachment_id: this.#attachmentId(step.attachment, task_id) };
      request = { ...base, operationId: step.op === 'attachment' ? 'getAttachment' : 'deleteAttachment', path };
      if (step.op === 'detach') deleting = (id) => id === path.attachment_id;
    } else {
      const path = { user_id, task_id: this.#taskId(step.task, owner) };
      const headers: Record<string, string> =
        step.op !== 'get' && step.ifMatch !== undefined ? { 'if-match': step.ifMatch } : {};
      if (step.op === 'get') request = { ...base, operationId: 'getTask', path };
      else if (step.op === 'update') request = { ...base, operationId: 'updateTask', path, headers, json: step.body };
      else {
        request = { ...base, operationId: 'deleteTask', path, headers };
        deleting = (_, form) => form.taskId === path.task_id;
      }
    }
    const exchange = await this.#api.send(request);
    // A form of an attachment that is gone is never used: on the API its upload would race
    // the stream's cascade, which the contract leaves open.
    if (exchange.status === 204 && deleting) {
      for (const [id, form] of this.#forms) if (deleting(id, form)) this.#forms.delete(id);
    }
    return { exchange, observation: observe(exchange, this.#labels, this.#track(step, exchange, cursorUsed)) };
  }

  /**
   * Posts the attachment's file with its form, if this side holds an unused one for it under
   * the step's owner and task, then reads the attachment until it is no longer pending
   * (bounded). The observation is the last read, plus whether storage took the file.
   */
  async #upload(step: Extract<Step, { op: 'upload' }>): Promise<StepResult> {
    const user_id = this.#users[step.owner];
    const task_id = this.#taskId(step.task, step.owner);
    const attachment_id = this.#attachmentId(step.attachment, task_id);
    const form = this.#forms.get(attachment_id);
    let storage = 'not posted';
    if (form !== undefined && form.userId === user_id && form.taskId === task_id) {
      this.#forms.delete(attachment_id);
      const bytes = new TextEncoder().encode('a'.repeat(Math.min(form.size, UPLOAD_BYTES)));
      const posted = await postFile(this.#api, form.upload, bytes);
      storage = posted >= 200 && posted < 300 ? 'accepted' : `refused (${posted})`;
    }
    const read = () =>
      this.#api.send({ operationId: 'getAttachment', path: { user_id, task_id, attachment_id }, as: user_id });
    const pending = (exchange: Exchange) =>
      exchange.status === 200 && (exchange.body as AttachmentView).attachment.status === 'pending';
    let exchange = await read();
    // The local API checks the file when S3's event arrives, a moment after the POST.
    for (const deadline = Date.now() + VERDICT_WAIT_MS; storage === 'accepted' && pending(exchange); ) {
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      exchange = await read();
    }
    const observation = observe(exchange, this.#labels);
    return { exchange, observation: { ...observation, body: { storage, read: observation.body } } };
  }

  /** Updates labels, created tasks and cursors from a response; returns the list view. */
  #track(step: Step, exchange: Exchange, cursorUsed: CursorState | null): ListView {
    if (step.op === 'hello') return 'whole';
    const owner = step.owner;
    if (step.op === 'attach') {
      if (exchange.status === 201) {
        const { attachment } = exchange.body as AttachmentCreated;
        this.#labels.set(attachment.attachment_id, `attachment#${this.#labels.size}`);
        const ids = this.#attachments.get(attachment.task_id) ?? [];
        this.#attachments.set(attachment.task_id, [...ids, attachment.attachment_id]);
        const { upload } = exchange.body as AttachmentCreated;
        const userId = this.#users[owner];
        this.#forms.set(attachment.attachment_id, {
          userId,
          taskId: attachment.task_id,
          size: attachment.size,
          upload,
        });
      }
      return 'whole';
    }
    if (step.op === 'attachments' || step.op === 'attachment' || step.op === 'detach') return 'whole';
    if (exchange.status === 201) {
      const id = (exchange.body as Task).task_id;
      if (!this.#labels.has(id)) {
        this.#labels.set(id, `task#${this.#labels.size}`);
        this.#created[owner].push(id);
        this.#changed(owner);
      }
    } else if ((step.op === 'update' && exchange.status === 200) || exchange.status === 204) {
      this.#changed(owner);
    }
    if (step.op !== 'list' || exchange.status !== 200) return 'whole';
    const next = (exchange.body as TaskList).next_cursor;
    const stale = cursorUsed?.stale ?? false;
    if (next !== null) this.#cursors[owner] = { value: next, stale };
    if (stale) return 'status';
    return cursorUsed === null && next === null ? 'whole' : 'size';
  }
}
