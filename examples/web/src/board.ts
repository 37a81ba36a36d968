// The task list and every action on it, without any DOM: what is loaded, what is being
// edited, and what went wrong where. The view renders `state` after each change.
import { isTodoApiError, type TaskResult, type TodoClient } from '@serverless-todo/client';
import { describeError, type ProblemView } from './problems.ts';

/** Tasks per page: small, so that "Load more" shows up early. */
export const PAGE_SIZE = 10;

/** A message attached to one task. */
export interface Notice extends ProblemView {
  readonly kind: 'error' | 'info';
}

/** Everything the view needs. */
export interface BoardState {
  /** In task_id order, the API's list order, so "Load more" continues where the list ends. */
  items: TaskResult[];
  cursor: string | null;
  hasMore: boolean;
  loading: boolean;
  /** The task whose title is being edited. */
  editing: string | null;
  /** Tasks with a request in flight: their controls are disabled. */
  pending: Set<string>;
  notices: Map<string, Notice>;
  addProblem: ProblemView | null;
  listProblem: ProblemView | null;
}

const CONFLICT =
  'Someone changed this task since you loaded it (412). Reloaded the latest version: check it and try again.';
const GONE = 'This task was deleted elsewhere (404), so it was removed from the list.';

/**
 * One user's tasks, loaded page by page, with conditional writes.
 *
 * @example
 * ```ts
 * const board = new TaskBoard(client, 'user123', apiUrl, () => render(board.state), signOut);
 * await board.reload();
 * await board.add('Learn AWS Lambda');
 * ```
 */
export class TaskBoard {
  readonly state: BoardState = {
    items: [],
    cursor: null,
    hasMore: false,
    loading: false,
    editing: null,
    pending: new Set(),
    notices: new Map(),
    addProblem: null,
    listProblem: null,
  };

  constructor(
    private readonly client: TodoClient,
    readonly userId: string,
    private readonly apiUrl: string,
    private readonly changed: () => void,
    private readonly unauthorized: (problem: ProblemView) => void,
  ) {}

  /** Drops what is loaded and loads the first page. */
  async reload(): Promise<void> {
    Object.assign(this.state, { items: [], cursor: null, hasMore: false, editing: null });
    this.state.notices.clear();
    await this.loadMore();
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    this.state.loading = true;
    this.state.listProblem = null;
    this.changed();
    try {
      const cursor = this.state.cursor ?? undefined;
      const page = await this.client.tasks.list(this.userId, { limit: PAGE_SIZE, cursor });
      for (const task of page.tasks) this.upsert({ task, etag: `"${task.version}"` });
      this.state.cursor = page.next_cursor;
      this.state.hasMore = page.next_cursor !== null;
    } catch (error) {
      this.state.listProblem = this.failed(error);
    } finally {
      this.state.loading = false;
      this.changed();
    }
  }

  /** Creates a task; resolves true when it was created. */
  async add(title: string): Promise<boolean> {
    this.state.addProblem = null;
    try {
      this.upsert(await this.client.tasks.create(this.userId, { title }));
      return true;
    } catch (error) {
      this.state.addProblem = this.failed(error);
      return false;
    } finally {
      this.changed();
    }
  }

  /** Renames a task, if it is still the version on screen. */
  rename(taskId: string, title: string): Promise<void> {
    return this.write(taskId, (etag) => this.client.tasks.update(this.userId, taskId, { title }, { ifMatch: etag }));
  }

  /** Marks a task done, or back to pending. */
  setDone(taskId: string, done: boolean): Promise<void> {
    const status = done ? 'done' : 'pending';
    return this.write(taskId, (etag) => this.client.tasks.update(this.userId, taskId, { status }, { ifMatch: etag }));
  }

  /** Deletes a task, if it is still the version on screen. */
  remove(taskId: string): Promise<void> {
    return this.write(taskId, async (etag) => {
      await this.client.tasks.delete(this.userId, taskId, { ifMatch: etag });
      return null;
    });
  }

  /** Starts or ends editing a title. */
  edit(taskId: string | null): void {
    this.state.editing = taskId;
    if (taskId) this.state.notices.delete(taskId);
    this.changed();
  }

  // A write sends the ETag on screen as If-Match. A 412 means someone else changed the task
  // in between: the task is reloaded so the user sees what changed, and nothing is overwritten.
  private async write(taskId: string, send: (etag: string) => Promise<TaskResult | null>): Promise<void> {
    const item = this.state.items.find((i) => i.task.task_id === taskId);
    if (!item || this.state.pending.has(taskId)) return;
    this.state.pending.add(taskId);
    this.state.notices.delete(taskId);
    this.changed();
    try {
      const result = await send(item.etag);
      if (result) this.upsert(result);
      else this.drop(taskId);
      if (this.state.editing === taskId) this.state.editing = null;
    } catch (error) {
      if (isTodoApiError(error) && error.status === 412) await this.refresh(taskId);
      else if (isTodoApiError(error) && error.status === 404) this.gone(taskId);
      else this.state.notices.set(taskId, { kind: 'error', ...this.failed(error) });
    } finally {
      this.state.pending.delete(taskId);
      this.changed();
    }
  }

  private async refresh(taskId: string): Promise<void> {
    try {
      this.upsert(await this.client.tasks.get(this.userId, taskId));
      this.state.editing = null;
      this.state.notices.set(taskId, { kind: 'info', message: CONFLICT, fields: {} });
    } catch (error) {
      if (isTodoApiError(error) && error.status === 404) this.gone(taskId);
      else this.state.notices.set(taskId, { kind: 'error', ...this.failed(error) });
    }
  }

  private gone(taskId: string): void {
    this.drop(taskId);
    this.state.listProblem = { message: GONE, fields: {} };
  }

  private failed(error: unknown): ProblemView {
    const problem = describeError(error, this.apiUrl);
    if (isTodoApiError(error) && error.status === 401) this.unauthorized(problem);
    return problem;
  }

  private upsert(result: TaskResult): void {
    const items = this.state.items.filter((i) => i.task.task_id !== result.task.task_id);
    items.push(result);
    items.sort((a, b) => (a.task.task_id < b.task.task_id ? -1 : a.task.task_id > b.task.task_id ? 1 : 0));
    this.state.items = items;
  }

  private drop(taskId: string): void {
    this.state.items = this.state.items.filter((i) => i.task.task_id !== taskId);
    this.state.notices.delete(taskId);
  }
}
