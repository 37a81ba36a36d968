// Generated from openapi.yaml by `pnpm generate`. Do not edit.
import { getHello } from './requests/getHello.ts';
import { createTask } from './requests/createTask.ts';
import { listTasks } from './requests/listTasks.ts';
import { getTask } from './requests/getTask.ts';
import { updateTask } from './requests/updateTask.ts';
import { deleteTask } from './requests/deleteTask.ts';
import { createAttachment } from './requests/createAttachment.ts';
import { listAttachments } from './requests/listAttachments.ts';
import { getAttachment } from './requests/getAttachment.ts';
import { deleteAttachment } from './requests/deleteAttachment.ts';
import { getSummary } from './requests/getSummary.ts';

/** Every operation's request spec, by operationId. */
export const requestSpecs = { getHello, createTask, listTasks, getTask, updateTask, deleteTask, createAttachment, listAttachments, getAttachment, deleteAttachment, getSummary } as const;
