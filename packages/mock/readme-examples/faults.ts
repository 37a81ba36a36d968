// A code block of packages/mock/README.md: edit both (packages/docs-test checks they are equal).
import { createTodoHandlers } from '@serverless-todo/mock';

createTodoHandlers({
  baseUrl: 'http://127.0.0.1:3000',
  faults: [
    { operationId: 'createTask', status: 503, times: 2, retryAfter: 5 }, // the first two creates fail
    { operationId: 'listTasks', network: true, times: 1 }, // the next list: fetch rejects (TypeError)
    { status: 429 }, // then every call of any operation is throttled
  ],
});
