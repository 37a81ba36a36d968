// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
import { TodoApiError } from '@serverless-todo/client';

try {
  await client.tasks.create('u1', { title: '' });
} catch (error) {
  if (error instanceof TodoApiError && error.status === 400) {
    for (const { pointer, detail } of error.errors) showFieldError(pointer, detail); // '/title', 'must be at least 1 character'
  } else throw error;
}
