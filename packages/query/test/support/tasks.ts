// Contract-shaped tasks and list pages for the tests that script the API's answers.
import type { Task } from '@serverless-todo/client';
import { HttpResponse, http } from 'msw';
import { BASE } from './mock-api.ts';

/** A task the API could have returned; `n` makes its id and title unique. */
export function makeTask(userId: string, n: number, overrides: Partial<Task> = {}): Task {
  return {
    user_id: userId,
    task_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Task ${n}`,
    description: '',
    status: 'pending',
    due_date: null,
    created_at: '2026-11-26T09:30:00.000Z',
    updated_at: '2026-11-26T09:30:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A scripted page: its tasks, and the cursor of the page after it (`null`: the end). */
export interface ScriptedPage {
  readonly tasks: Task[];
  readonly next: string | null;
}

/**
 * A list handler that answers from `pages`, keyed by the request's cursor ('' for none), with
 * the API's headers; every request's cursor is recorded in `cursors`.
 */
export function scriptedList(userId: string, pages: Record<string, ScriptedPage>, cursors: string[] = []) {
  return http.get(`${BASE}/users/${userId}/tasks`, ({ request }) => {
    const cursor = new URL(request.url).searchParams.get('cursor') ?? '';
    cursors.push(cursor);
    const page = pages[cursor];
    if (!page) throw new Error(`no scripted page for cursor ${cursor}`);
    return HttpResponse.json(
      { tasks: page.tasks, next_cursor: page.next },
      {
        headers: {
          'x-request-id': crypto.randomUUID(),
          'cache-control': 'no-store',
          'access-control-allow-origin': '*',
        },
      },
    );
  });
}
