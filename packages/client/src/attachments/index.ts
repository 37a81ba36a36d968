export { attachmentLimits } from '@serverless-todo/contract';
export { ATTACHMENT_REJECTED, withAttachments } from './attachments.ts';
export type {
  Attachment,
  AttachmentContentType,
  AttachmentCreate,
  AttachmentCreated,
  AttachmentsApi,
  AttachmentsOptions,
  AttachmentView,
  TodoClientWithAttachments,
  UploadOptions,
  UploadPhase,
} from './types.ts';
