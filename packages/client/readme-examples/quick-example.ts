// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
import { createTodoClient } from '@serverless-todo/client';

const client = createTodoClient({
  baseUrl: 'https://api.example.com',
  token: () => auth.getIdToken(), // called before every request, so a refreshed token is used
  timeoutMs: 10_000, // the whole call, retries included
});

const { task, etag } = await client.tasks.create('u1', { title: 'Buy milk' });
await client.tasks.update('u1', task.task_id, { status: 'done' }, { ifMatch: etag });
const { tasks, next_cursor } = await client.tasks.list('u1', { status: 'pending', limit: 50 });
console.log(tasks.length, next_cursor); // next_cursor is null on the last page
await client.tasks.delete('u1', task.task_id);
