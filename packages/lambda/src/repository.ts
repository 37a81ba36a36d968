// The data layer on its own, for tools that measure or reuse it without the HTTP handlers.
export { createTask, type NewTask } from './tasks/create-task.ts';
export { deleteTask } from './tasks/delete-task.ts';
export { getTask } from './tasks/get-task.ts';
export { type ListQuery, listTasks, type TaskPage } from './tasks/list-tasks.ts';
export type { TaskTable } from './tasks/table.ts';
export { updateTask } from './tasks/update-task.ts';
