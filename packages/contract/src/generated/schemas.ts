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
export type AttachmentId = components['schemas']['AttachmentId'];
export type AttachmentStatus = components['schemas']['AttachmentStatus'];
export type AttachmentContentType = components['schemas']['AttachmentContentType'];
export type AttachmentSize = components['schemas']['AttachmentSize'];
export type Filename = components['schemas']['Filename'];
export type AttachmentCreate = components['schemas']['AttachmentCreate'];
export type Attachment = components['schemas']['Attachment'];
export type AttachmentUpload = components['schemas']['AttachmentUpload'];
export type AttachmentDownload = components['schemas']['AttachmentDownload'];
export type AttachmentCreated = components['schemas']['AttachmentCreated'];
export type AttachmentView = components['schemas']['AttachmentView'];
export type AttachmentList = components['schemas']['AttachmentList'];
export type HelloResponse = components['schemas']['HelloResponse'];
export type ProblemFieldError = components['schemas']['ProblemFieldError'];
export type Problem = components['schemas']['Problem'];
