// Generated from openapi.yaml by `pnpm generate`. Do not edit.
import { getHello } from './requests/getHello.ts';
import { createTask } from './requests/createTask.ts';
import { listTasks } from './requests/listTasks.ts';
import { getTask } from './requests/getTask.ts';
import { updateTask } from './requests/updateTask.ts';
import { deleteTask } from './requests/deleteTask.ts';
import { getSummary } from './requests/getSummary.ts';

/** Every operation's request spec, by operationId. */
export const requestSpecs = { getHello, createTask, listTasks, getTask, updateTask, deleteTask, getSummary } as const;
