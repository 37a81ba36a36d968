// A code block of packages/mock/README.md: edit both (packages/docs-test checks they are equal).
import { createTodoHandlers, devToken } from '@serverless-todo/mock';
import { setupTodoServer } from '@serverless-todo/mock/node';

const baseUrl = 'http://127.0.0.1:3000';
const server = setupTodoServer({ baseUrl });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// A fresh, empty store for every test:
afterEach(() => server.resetHandlers(...createTodoHandlers({ baseUrl })));
afterAll(() => server.close());

test('creates a task', async () => {
  const res = await fetch(`${baseUrl}/users/user123/tasks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${devToken('user123')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Learn AWS Lambda' }),
  });
  expect(res.status).toBe(201);
  expect(res.headers.get('etag')).toBe('"1"');
});
