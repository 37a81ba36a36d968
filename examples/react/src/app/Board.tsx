// One user's tasks: the status filter, the list with "Load more" and its loading, empty and
// error states, the create form, the conflict dialog that a 412 on any write opens, and the
// live updates that bring in changes made elsewhere.
import {
  createTodoClient,
  type FetchFunction,
  type TaskStatus,
  type TaskUpdate,
  type TodoClientOptions,
} from '@serverless-todo/client';
import { isTaskConflictError, type TaskConflictError, todoQueries } from '@serverless-todo/query';
import { useInfiniteQuery, useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AppConfig } from '../config.ts';
import type { Session } from '../session.ts';
import { type ApiConnection, ApiContext } from './api-context.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { LiveIndicator } from './live/LiveIndicator.tsx';
import { useLiveUpdates } from './live/use-live-updates.ts';
import { newestFirst } from './order.ts';
import { describeError } from './problems.ts';
import { STATUS_LABELS } from './TaskFields.tsx';
import { TaskForm } from './TaskForm.tsx';
import { type TaskActions, TaskItem } from './TaskItem.tsx';

/** Tasks per page. */
export const PAGE_SIZE = 10;

type Filter = TaskStatus | 'all';

interface BoardProps {
  readonly session: Session;
  readonly config: AppConfig;
  readonly fetch: FetchFunction | undefined;
  onSignOut(): void;
}

/**
 * The signed-in screen.
 *
 * @example
 * ```tsx
 * <Board session={session} config={config} fetch={undefined} onSignOut={signOut} />
 * ```
 */
export function Board({ session, config, fetch, onSignOut }: BoardProps) {
  const queryClient = useQueryClient();
  const clientOptions = useMemo<TodoClientOptions>(
    () => ({ baseUrl: config.apiUrl, token: session.token, ...(fetch && { fetch }) }),
    [config.apiUrl, session, fetch],
  );
  const todo = useMemo(() => todoQueries(createTodoClient(clientOptions), session.userId), [clientOptions, session]);
  const connection = useMemo<ApiConnection>(
    () => ({ userId: session.userId, apiUrl: config.apiUrl, clientOptions, keys: todo.keys }),
    [session, config.apiUrl, clientOptions, todo],
  );
  const live = useLiveUpdates(config.realtime, clientOptions, session.userId, todo.keys);
  const [filter, setFilter] = useState<Filter>('all');
  const [conflict, setConflict] = useState<TaskConflictError | null>(null);
  const list = useInfiniteQuery(todo.taskList({ status: filter === 'all' ? undefined : filter, limit: PAGE_SIZE }));
  const update = useMutation(todo.updateTask(queryClient));
  const remove = useMutation(todo.deleteTask(queryClient));

  // Resolve with the error (null on success), so forms can show field errors; a 412 opens the dialog.
  const settle = (write: Promise<unknown>) =>
    write.then(
      () => null,
      (error: unknown) => {
        if (isTaskConflictError(error)) setConflict(error);
        return error;
      },
    );
  const actions: TaskActions = {
    update: (taskId: string, patch: TaskUpdate) => settle(update.mutateAsync({ taskId, patch })),
    remove: (taskId: string) => settle(remove.mutateAsync({ taskId })),
  };
  const applyMine = (c: TaskConflictError) => {
    setConflict(null);
    const ifMatch = c.current?.etag;
    void settle(
      c.yours
        ? update.mutateAsync({ taskId: c.taskId, patch: c.yours, ifMatch })
        : remove.mutateAsync({ taskId: c.taskId, ifMatch }),
    );
  };

  // Any write in flight (its optimistic state is on screen, its answer not yet): for tests and styles.
  const writing = useIsMutating() > 0;
  const tasks = newestFirst(list.data?.pages.flatMap((page) => page.tasks) ?? []);
  const writeError = [update.error, remove.error].find((e) => e && !isTaskConflictError(e));

  return (
    <ApiContext value={connection}>
      <div className="board" data-writing={writing}>
        <p className="who">
          Signed in as <strong id="user">{session.userId}</strong>{' '}
          <button type="button" id="sign-out" onClick={onSignOut}>
            Sign out
          </button>{' '}
          <LiveIndicator status={live} />
        </p>
        <TaskForm todo={todo} apiUrl={config.apiUrl} />

        <section className="list" aria-label="Tasks">
          <fieldset className="filter">
            <legend>Show</legend>
            {(['all', ...Object.keys(STATUS_LABELS)] as Filter[]).map((value) => (
              <button
                key={value}
                type="button"
                data-filter={value}
                aria-pressed={filter === value}
                onClick={() => setFilter(value)}
              >
                {value === 'all' ? 'All' : STATUS_LABELS[value]}
              </button>
            ))}
          </fieldset>
          <p className="muted order-note">Newest first, among the tasks loaded so far.</p>
          {writeError ? (
            <p className="error" id="write-error" role="alert">
              {describeError(writeError, config.apiUrl)}
            </p>
          ) : null}
          {list.isError && (
            <div className="error" id="list-error" role="alert">
              <p>{describeError(list.error, config.apiUrl)}</p>
              <button type="button" id="retry" onClick={() => void list.refetch()}>
                Try again
              </button>
            </div>
          )}
          {list.isPending ? (
            <p id="loading" aria-busy="true">
              Loading tasks…
            </p>
          ) : (
            <ul id="tasks" aria-busy={list.isFetching}>
              {tasks.map((task) => (
                <TaskItem key={task.task_id} task={task} actions={actions} />
              ))}
            </ul>
          )}
          {list.isSuccess && tasks.length === 0 && (
            <p id="empty" className="muted">
              {filter === 'all'
                ? 'No tasks yet. Add one above.'
                : `No tasks that are ${STATUS_LABELS[filter].toLowerCase()}.`}
            </p>
          )}
          {list.hasNextPage && (
            <button
              type="button"
              id="load-more"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </section>

        {conflict && (
          <ConflictDialog
            conflict={conflict}
            onKeepTheirs={() => setConflict(null)}
            onApplyMine={() => applyMine(conflict)}
          />
        )}
      </div>
    </ApiContext>
  );
}
