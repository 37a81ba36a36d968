// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

const server = setupServer(
  http.get('https://api.example.com/users/:user_id/tasks', () =>
    HttpResponse.json(
      { tasks: [], next_cursor: null },
      { headers: { 'x-request-id': 'r-1', 'cache-control': 'no-store' } },
    ),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
