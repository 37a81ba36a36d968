// Creating a task: the create mutation puts a placeholder on top at once, and the API's field
// errors land next to their inputs.
import type { TaskCreate } from '@serverless-todo/client';
import { fieldErrors, type TodoQueries } from '@serverless-todo/query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { describeError } from './problems.ts';
import { readFields, TaskFields } from './TaskFields.tsx';

/**
 * The "new task" form.
 *
 * @example
 * ```tsx
 * <TaskForm todo={todo} apiUrl={config.apiUrl} />
 * ```
 */
export function TaskForm({ todo, apiUrl }: { todo: TodoQueries; apiUrl: string }) {
  const create = useMutation(todo.createTask(useQueryClient()));
  const errors = fieldErrors(create.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { title, description, due_date, status } = readFields(form);
    const body: TaskCreate = { title, status, ...(description && { description }), ...(due_date && { due_date }) };
    create.mutate(body, { onSuccess: () => form.reset() });
  };

  return (
    <form id="add-form" className="card" noValidate onSubmit={submit}>
      <h2>New task</h2>
      <TaskFields idPrefix="new" errors={errors} />
      <button type="submit">Add task</button>
      <p className="error" id="add-error" role="alert">
        {create.error && Object.keys(errors).length === 0 ? describeError(create.error, apiUrl) : ''}
      </p>
    </form>
  );
}
