// Renders the board's state into #tasks and its surroundings. Every render rebuilds the
// list (a page holds few tasks); user actions reach the board through data-action buttons.
import type { TaskResult } from '@serverless-todo/client';
import type { BoardState, Notice } from './board.ts';
import { byId, h } from './dom.ts';
import type { ProblemView } from './problems.ts';

/**
 * The text a problem shows: the sentence, then each field's message.
 *
 * @example
 * ```ts
 * problemText({ message: 'Your request is not valid. (400)', fields: { title: 'must NOT have fewer than 1 characters' } });
 * // 'Your request is not valid. (400) title: must NOT have fewer than 1 characters'
 * ```
 */
export function problemText(problem: ProblemView | null): string {
  if (!problem) return '';
  const fields = Object.entries(problem.fields).map(([field, detail]) => `${field}: ${detail}`);
  return [problem.message, ...fields].join(' ');
}

function noticeOf(notice: Notice | undefined): HTMLElement | null {
  if (!notice) return null;
  return h('p', { class: notice.kind, role: notice.kind === 'error' ? 'alert' : 'status' }, problemText(notice));
}

function taskItem(item: TaskResult, state: BoardState): HTMLLIElement {
  const { task } = item;
  const busy = state.pending.has(task.task_id);
  const done = task.status === 'done';
  const title =
    state.editing === task.task_id
      ? h(
          'form',
          { class: 'rename', 'data-action': 'rename', novalidate: true },
          h('input', { name: 'title', value: task.title, 'aria-label': 'Title', autocomplete: 'off' }),
          h('button', { type: 'submit', disabled: busy }, 'Save'),
          h('button', { type: 'button', 'data-action': 'cancel' }, 'Cancel'),
        )
      : h('span', { class: 'title' }, task.title);
  const status = task.status === 'in_progress' ? h('span', { class: 'badge' }, 'in progress') : null;
  return h(
    'li',
    { 'data-task-id': task.task_id, 'data-status': task.status, class: done ? 'done' : undefined },
    h('input', { type: 'checkbox', 'data-action': 'toggle', checked: done, disabled: busy, 'aria-label': 'Done' }),
    title,
    status,
    h('button', { type: 'button', 'data-action': 'edit', disabled: busy }, 'Edit'),
    h('button', { type: 'button', 'data-action': 'delete', disabled: busy }, 'Delete'),
    noticeOf(state.notices.get(task.task_id)),
  );
}

/**
 * Brings the page in line with the board's state.
 *
 * @example
 * ```ts
 * const board = new TaskBoard(client, userId, apiUrl, () => renderBoard(board.state), signOut);
 * ```
 */
export function renderBoard(state: BoardState): void {
  const list = byId<HTMLUListElement>('tasks');
  list.replaceChildren(...state.items.map((item) => taskItem(item, state)));
  list.setAttribute('aria-busy', String(state.loading));
  byId('empty').hidden = state.loading || state.items.length > 0 || state.hasMore;
  const more = byId<HTMLButtonElement>('load-more');
  more.hidden = !state.hasMore;
  more.disabled = state.loading;
  byId('add-error').textContent = problemText(state.addProblem);
  byId('list-error').textContent = problemText(state.listProblem);
  const editing = list.querySelector<HTMLInputElement>('form.rename input');
  if (editing && document.activeElement !== editing) editing.focus();
}
