// Wires the page: sign-in forms, the session, the SDK client and the board's actions.
import { createTodoClient, type FetchFunction } from '@serverless-todo/client';
import { TaskBoard } from './board.ts';
import type { AppConfig } from './config.ts';
import { byId } from './dom.ts';
import { SignInError } from './errors.ts';
import { describeError } from './problems.ts';
import { loadSession, pastedSession, type Session, saveSession, type TokenSource } from './session.ts';
import { problemText, renderBoard } from './view.ts';

/** What the app is started with. */
export interface AppOptions {
  readonly config: AppConfig;
  readonly devTokens: TokenSource;
  /** The fetch the SDK uses; the mock mode passes one that remembers its data. */
  readonly fetch?: FetchFunction;
}

const formValue = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

/**
 * Starts the app on the page of index.html.
 *
 * @example
 * ```ts
 * startApp({ config: resolveConfig(new URL(location.href), import.meta.env), devTokens: localDevTokens(apiUrl) });
 * ```
 */
export function startApp({ config, devTokens, fetch }: AppOptions): void {
  byId('api-url').textContent = config.apiUrl;
  byId('mode').textContent = config.mode === 'mock' ? '(mock: MSW in this browser, offline)' : '';
  byId('config-warning').hidden = !config.warning;
  byId('config-warning').textContent = config.warning ?? '';
  let board: TaskBoard | null = null;

  const show = (session: Session | null, reason = '') => {
    saveSession(sessionStorage, session);
    byId('sign-in').hidden = session !== null;
    byId('board').hidden = session === null;
    byId('sign-in-error').textContent = reason;
    board = null;
    if (!session) return;
    byId('user').textContent = session.userId;
    const client = createTodoClient({ baseUrl: config.apiUrl, token: session.token, ...(fetch ? { fetch } : {}) });
    const current = new TaskBoard(
      client,
      session.userId,
      config.apiUrl,
      () => renderBoard(current.state),
      (p) => show(null, `Signed out: ${problemText(p)}`),
    );
    board = current;
    void current.reload();
  };

  const signIn = async (get: () => Promise<Session> | Session) => {
    try {
      show(await get());
    } catch (error) {
      const message = error instanceof SignInError ? error.message : describeError(error, config.apiUrl).message;
      byId('sign-in-error').textContent = message;
    }
  };

  byId<HTMLFormElement>('dev-user-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const userId = formValue(event.currentTarget as HTMLFormElement, 'userId').trim();
    void signIn(async () => ({ userId, token: await devTokens(userId) }));
  });
  byId<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(() => pastedSession(formValue(event.currentTarget as HTMLFormElement, 'token')));
  });
  byId('sign-out').addEventListener('click', () => show(null));

  byId<HTMLFormElement>('add-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (await board?.add(formValue(form, 'title'))) form.reset();
  });
  byId('load-more').addEventListener('click', () => void board?.loadMore());

  const list = byId('tasks');
  const taskOf = (target: EventTarget | null) =>
    (target as HTMLElement | null)?.closest<HTMLElement>('[data-task-id]')?.dataset.taskId ?? null;
  list.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const id = taskOf(target);
    const action = target.dataset.action;
    if (!board || !id) return;
    if (action === 'edit') board.edit(id);
    else if (action === 'cancel') board.edit(null);
    else if (action === 'delete') void board.remove(id);
  });
  list.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    const id = taskOf(target);
    if (board && id && target.dataset.action === 'toggle') void board.setDone(id, target.checked);
  });
  list.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const id = taskOf(form);
    if (board && id && form.dataset.action === 'rename') void board.rename(id, formValue(form, 'title'));
  });

  show(loadSession(sessionStorage));
  byId<HTMLFieldSetElement>('sign-in-fields').disabled = false;
}
