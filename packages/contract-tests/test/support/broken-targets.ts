// Deliberately broken targets, for the suite's tests of itself: each must make a scenario
// fail with a message that names the operation, the request and what was wrong.
import { randomUUID } from 'node:crypto';
import type { ChangeEvent } from '@serverless-todo/contract/realtime';
import { createTodoHandlers } from '@serverless-todo/mock';
import { getResponse, HttpResponse, http } from 'msw';
import type { Target, WebSocketClass } from '../../src/target.ts';
import { localTarget } from '../../src/targets/local-target.ts';
import { MOCK_BASE_URL, mockTarget } from '../../src/targets/mock-target.ts';

const TASK_PATH = `${MOCK_BASE_URL}/users/:user_id/tasks/:task_id`;

/** Headers the real answers carry, minus what a rewritten body invalidates. */
const headersOf = (response: Response) => {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return headers;
};

/**
 * The mock, except that GET of a missing task answers 200 with a made-up task (a body and
 * headers that conform to openapi.yaml: only the behaviour is wrong).
 */
export function mockWith200ForMissingTask(): Target {
  const real = createTodoHandlers({ baseUrl: MOCK_BASE_URL });
  const liar = http.get(TASK_PATH, async ({ request, params }) => {
    const answer = await getResponse(real, request);
    if (answer?.status !== 404) return answer;
    const now = new Date().toISOString();
    const ghost = {
      user_id: params.user_id,
      task_id: params.task_id,
      title: 'ghost',
      description: '',
      status: 'pending',
    };
    return HttpResponse.json(
      { ...ghost, due_date: null, created_at: now, updated_at: now, version: 1 },
      {
        headers: {
          ETag: '"1"',
          'X-Request-Id': randomUUID(),
          'Cache-Control': 'no-store',
          'Access-Control-Allow-Origin': '*',
        },
      },
    );
  });
  return mockTarget({ name: 'mock, broken: 200 for a missing task', handlers: [liar, ...real] });
}

/** The mock, except that GET of a task leaves out its `version` (a schema violation). */
export function mockWithoutVersion(): Target {
  const real = createTodoHandlers({ baseUrl: MOCK_BASE_URL });
  const dropper = http.get(TASK_PATH, async ({ request }) => {
    const answer = await getResponse(real, request);
    if (answer?.status !== 200) return answer;
    const { version: _dropped, ...task } = (await answer.json()) as Record<string, unknown>;
    return HttpResponse.json(task, { headers: headersOf(answer) });
  });
  return mockTarget({ name: 'mock, broken: task without version', handlers: [dropper, ...real] });
}

/**
 * The local API behaving like a listTasks handler that ignores `limit`: the real bundles,
 * with `limit` removed from list requests on their way in, so the handler always applies
 * its default of 20. (Simpler and more honest than patching a built bundle: the suite sees
 * exactly what a client of such a handler would see.)
 */
export function localIgnoringLimit(): Target {
  return localTarget({
    name: 'local, broken: list ignores limit',
    rewrite: (request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || !/\/tasks$/.test(url.pathname) || !url.searchParams.has('limit')) return request;
      url.searchParams.delete('limit');
      return new Request(url, request);
    },
  });
}

/**
 * A target whose realtime API loses every event of one type (its sockets never see them),
 * everything else as is. Built on the target as its prototype, so the target's getters
 * (valid only once it is set up) are read when used, not now.
 */
export function losingEvents(target: Target, lost: ChangeEvent['type']): Target {
  const realtime = target.realtime;
  if (realtime === undefined) throw new Error(`${target.name} serves no realtime API`);
  const webSocket = (): WebSocketClass => {
    const Base = realtime.webSocket();
    return class extends Base {
      override addEventListener(...[type, listener, options]: Parameters<WebSocket['addEventListener']>): void {
        if (type !== 'message' || typeof listener !== 'function') {
          super.addEventListener(type, listener, options);
          return;
        }
        super.addEventListener(
          'message',
          (event: MessageEvent) => {
            if ((JSON.parse(String(event.data)) as { type?: unknown }).type !== lost) listener.call(this, event);
          },
          options,
        );
      }
    };
  };
  return Object.create(target, {
    name: { value: `${target.name}, broken: loses ${lost}` },
    realtime: { value: Object.create(realtime, { webSocket: { value: webSocket } }) },
  }) as Target;
}
