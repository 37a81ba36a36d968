// A code block of packages/mock/README.md: edit both (packages/docs-test checks they are equal).
import { createTodoHandlers } from '@serverless-todo/mock';

createTodoHandlers({
  baseUrl: 'http://127.0.0.1:3000',
  seed: {
    user123: [
      { title: 'Learn AWS Lambda' },
      {
        task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
        title: 'Ship it',
        description: '',
        status: 'in_progress',
        due_date: '2026-12-01T17:00:00Z',
        created_at: '2026-11-26T09:30:00.000Z',
        updated_at: '2026-11-27T10:00:00.000Z',
        version: 4, // its ETag is "4"
      },
    ],
  },
});
