// One attachment in a task's list: name, size and type, its status, and Download (once ready)
// and Delete (which asks first, and stops an upload still running).
import type { Attachment } from '@serverless-todo/client/attachments';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../problems.ts';
import { AttachmentStatus } from './AttachmentStatus.tsx';
import type { AttachmentQueries } from './attachment-queries.ts';
import { formatBytes } from './format.ts';
import type { Upload } from './use-uploads.ts';

interface AttachmentItemProps {
  readonly attachment: Attachment;
  /** This tab's upload of it, if one is running or failed. */
  readonly upload: Upload | undefined;
  readonly files: AttachmentQueries;
  readonly apiUrl: string;
  onCancelUpload(attachmentId: string): void;
  onDismissError(uploadId: string): void;
}

/**
 * An attachment row.
 *
 * @example
 * ```tsx
 * <AttachmentItem attachment={a} upload={undefined} files={files} apiUrl={apiUrl} onCancelUpload={cancel} onDismissError={dismiss} />
 * ```
 */
export function AttachmentItem({
  attachment,
  upload,
  files,
  apiUrl,
  onCancelUpload,
  onDismissError,
}: AttachmentItemProps) {
  const [confirming, setConfirming] = useState(false);
  const download = useMutation(files.download(attachment.task_id));
  const remove = useMutation(files.remove(useQueryClient(), attachment.task_id));
  const error = download.error ?? remove.error;

  const confirmDelete = () => {
    onCancelUpload(attachment.attachment_id);
    remove.mutate(attachment.attachment_id);
  };

  return (
    <li
      className="attachment"
      data-attachment-id={attachment.attachment_id}
      data-filename={attachment.filename}
      data-status={attachment.status}
    >
      <span className="filename">{attachment.filename}</span>{' '}
      <span className="muted">
        {formatBytes(attachment.size)} · {attachment.content_type}
      </span>
      <br />
      <AttachmentStatus attachment={attachment} upload={upload} />
      {upload?.error && (
        <p className="error upload-error" role="alert">
          {upload.error}{' '}
          <button type="button" data-action="dismiss" onClick={() => onDismissError(upload.id)}>
            OK
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {describeError(error, apiUrl)}
        </p>
      )}
      <div className="actions">
        {attachment.status === 'ready' && (
          <button
            type="button"
            data-action="download"
            disabled={download.isPending}
            onClick={() => download.mutate(attachment.attachment_id)}
          >
            {download.isPending ? 'Downloading…' : 'Download'}
          </button>
        )}
        {confirming ? (
          <span className="confirm" role="alertdialog" aria-label="Confirm delete">
            Delete “{attachment.filename}”?{' '}
            <button type="button" data-action="confirm-delete" onClick={confirmDelete}>
              Delete
            </button>
            <button type="button" data-action="cancel-delete" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" data-action="delete" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
