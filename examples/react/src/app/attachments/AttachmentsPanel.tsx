// A task's attachments: the drop zone and picker, the uploads under way, and every attachment
// with its status. Loaded on demand (React.lazy) the first time a task's attachments are
// opened, so the board's first load carries none of it.
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiConnection } from '../api-context.ts';
import { describeError } from '../problems.ts';
import { AttachmentItem } from './AttachmentItem.tsx';
import { attachmentQueries } from './attachment-queries.ts';
import { FileDropZone } from './FileDropZone.tsx';
import { UploadItem } from './UploadItem.tsx';
import { useUploads } from './use-uploads.ts';

/**
 * The attachments section of one task.
 *
 * @example
 * ```tsx
 * const AttachmentsPanel = lazy(() => import('./attachments/AttachmentsPanel.tsx'));
 * <AttachmentsPanel taskId={task.task_id} />
 * ```
 */
export default function AttachmentsPanel({ taskId }: { taskId: string }) {
  const { clientOptions, userId, keys, apiUrl } = useApiConnection();
  const files = useMemo(() => attachmentQueries(clientOptions, userId, keys), [clientOptions, userId, keys]);
  const list = useQuery(files.list(taskId));
  const { uploads, start, dismiss, cancel } = useUploads(files, taskId, apiUrl);
  const uploadOf = (attachmentId: string) => uploads.find((upload) => upload.attachmentId === attachmentId);
  const unrecorded = uploads.filter((upload) => !list.data?.some((a) => a.attachment_id === upload.attachmentId));
  const uploading = uploads.some((upload) => !upload.error);
  // A delete or download of this task's attachments still under way.
  const mutating = useIsMutating({ mutationKey: files.key(taskId) }) > 0;

  return (
    <section className="attachments" aria-label="Attachments" aria-busy={list.isFetching || uploading || mutating}>
      <FileDropZone inputId={`attach-${taskId}`} onFiles={start} />
      {/* Right under the drop zone, where the eye is: files not recorded yet, or refused. */}
      {unrecorded.length > 0 && (
        <ul className="upload-list">
          {unrecorded.map((upload) => (
            <UploadItem key={upload.id} upload={upload} onDismiss={dismiss} />
          ))}
        </ul>
      )}
      {list.isError && (
        <p className="error" role="alert">
          {describeError(list.error, apiUrl)}
        </p>
      )}
      {list.isPending && <p className="muted">Loading attachments…</p>}
      {list.isSuccess && list.data.length === 0 && unrecorded.length === 0 && (
        <p className="muted empty-attachments">No attachments yet.</p>
      )}
      <ul className="attachment-list">
        {list.data?.map((attachment) => (
          <AttachmentItem
            key={attachment.attachment_id}
            attachment={attachment}
            upload={uploadOf(attachment.attachment_id)}
            files={files}
            apiUrl={apiUrl}
            onCancelUpload={cancel}
            onDismissError={dismiss}
          />
        ))}
      </ul>
    </section>
  );
}
