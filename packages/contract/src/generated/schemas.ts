// Generated from openapi.yaml by `pnpm generate`. Do not edit.
import type { components } from './openapi-types.ts';

export type UserId = components['schemas']['UserId'];
export type TaskId = components['schemas']['TaskId'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type Title = components['schemas']['Title'];
export type Description = components['schemas']['Description'];
export type DueDate = components['schemas']['DueDate'];
export type Timestamp = components['schemas']['Timestamp'];
export type Task = components['schemas']['Task'];
export type TaskCreate = components['schemas']['TaskCreate'];
export type TaskUpdate = components['schemas']['TaskUpdate'];
export type TaskList = components['schemas']['TaskList'];
export type TaskSummary = components['schemas']['TaskSummary'];
export type TaskCount = components['schemas']['TaskCount'];
export type ChangeEventType = components['schemas']['ChangeEventType'];
export type ChangeEvent = components['schemas']['ChangeEvent'];
export type HelloResponse = components['schemas']['HelloResponse'];
export type ProblemFieldError = components['schemas']['ProblemFieldError'];
export type Problem = components['schemas']['Problem'];
