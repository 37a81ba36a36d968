// The in-memory table, with DynamoDB's semantics for this API's access patterns: items keyed
// by (user_id, task_id), queried in task_id order, updates and deletes conditional on the
// item existing (so nothing is upserted back to life) and, with If-Match, on its version.
import type { Task, TaskStatus, TaskSummary, TaskUpdate } from '@serverless-todo/contract';
import { TaskNotFoundError, VersionConflictError } from './errors.ts';

/** The fields a create stores, defaults already applied by the contract's validator. */
export type NewTask = Pick<Task, 'title' | 'description' | 'status' | 'due_date'>;

/** One page of a query: `lastKey` is set exactly when more matching tasks follow the page. */
export interface StorePage {
  readonly tasks: Task[];
  readonly lastKey: string | null;
}

// DynamoDB orders string range keys by their UTF-8 bytes. For the ASCII task ids this API
// issues (uuids), that is plain code-unit order.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const copy = (task: Task): Task => ({ ...task });

/** A change a write made, as the realtime events tell it: the task as the write left it (for a delete, as it was). */
export interface TaskChange {
  readonly type: 'task.created' | 'task.updated' | 'task.deleted';
  readonly task: Task;
}

/** Tasks of every user, per handler set. */
export class TaskStore {
  readonly #users = new Map<string, Map<string, Task>>();
  readonly #onChange: ((change: TaskChange) => void) | undefined;

  /** `onChange` hears of every create, update and delete (not of seeding), after it took effect. */
  constructor(onChange?: (change: TaskChange) => void) {
    this.#onChange = onChange;
  }
  /** When each user's counters last changed (a create, a delete or a status change). */
  readonly #countersChanged = new Map<string, string>();

  #partition(userId: string): Map<string, Task> {
    let partition = this.#users.get(userId);
    if (!partition) {
      partition = new Map();
      this.#users.set(userId, partition);
    }
    return partition;
  }

  /** `condition` is the version If-Match requires; undefined for none or `*` (existence only). */
  #existing(userId: string, taskId: string, condition: number | undefined): Task {
    const task = this.#users.get(userId)?.get(taskId);
    if (!task) throw new TaskNotFoundError();
    if (condition !== undefined && condition !== task.version) throw new VersionConflictError();
    return task;
  }

  /** Stores a task as given (seeding); returns false when its key is taken. */
  put(task: Task): boolean {
    const partition = this.#partition(task.user_id);
    if (partition.has(task.task_id)) return false;
    partition.set(task.task_id, copy(task));
    this.#countersChanged.set(task.user_id, new Date().toISOString());
    return true;
  }

  /** Creates a task with a fresh uuid, both timestamps now and version 1. */
  create(userId: string, fields: NewTask): Task {
    const now = new Date().toISOString();
    const task: Task = {
      user_id: userId,
      task_id: crypto.randomUUID(),
      ...fields,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    this.put(task);
    this.#onChange?.({ type: 'task.created', task: copy(task) });
    return copy(task);
  }

  get(userId: string, taskId: string): Task {
    return copy(this.#existing(userId, taskId, undefined));
  }

  /** Applies only the given fields, bumps `version` and `updated_at`. */
  update(userId: string, taskId: string, changes: TaskUpdate, condition: number | undefined): Task {
    const task = this.#existing(userId, taskId, condition);
    for (const key of ['title', 'description', 'status', 'due_date'] as const) {
      if (changes[key] !== undefined) Object.assign(task, { [key]: changes[key] });
    }
    const before = task.status;
    task.version += 1;
    task.updated_at = new Date().toISOString();
    this.#onChange?.({ type: 'task.updated', task: copy(task) });
    if (task.status !== before) this.#countersChanged.set(userId, task.updated_at);
    return copy(task);
  }

  delete(userId: string, taskId: string, condition: number | undefined): void {
    const task = this.#existing(userId, taskId, condition);
    this.#users.get(userId)?.delete(taskId);
    this.#onChange?.({ type: 'task.deleted', task: copy(task) });
    this.#countersChanged.set(userId, new Date().toISOString());
  }

  /**
   * The user's counters, as getSummary serves them. The API's counters catch up with the
   * tasks after the change stream delivers; the mock's are never behind, which the
   * contract's "eventually" allows.
   */
  summary(userId: string): TaskSummary {
    const counts = { pending: 0, in_progress: 0, done: 0 };
    for (const task of this.#users.get(userId)?.values() ?? []) counts[task.status] += 1;
    return {
      ...counts,
      total: counts.pending + counts.in_progress + counts.done,
      updated_at: this.#countersChanged.get(userId) ?? null,
    };
  }

  /**
   * Up to `limit` tasks after `afterKey` (exclusive) that pass the status filter, in key
   * order. Like the API's list, which keeps querying until the page is full and reads one
   * item ahead, the page carries a `lastKey` only when another matching task follows it.
   */
  page(userId: string, query: { afterKey: string | null; status: TaskStatus | undefined; limit: number }): StorePage {
    const partition = this.#users.get(userId);
    const keys = partition ? [...partition.keys()].sort(byKey) : [];
    const tasks: Task[] = [];
    for (const key of keys) {
      if (query.afterKey !== null && key <= query.afterKey) continue;
      const task = partition?.get(key) as Task;
      if (query.status !== undefined && task.status !== query.status) continue;
      if (tasks.length === query.limit) return { tasks, lastKey: (tasks[tasks.length - 1] as Task).task_id };
      tasks.push(copy(task));
    }
    return { tasks, lastKey: null };
  }
}
