// What an attachment's state means for a person: the upload's progress while this tab sends
// it, then pending (with when its upload form expires), ready, or rejected with the reason.
import type { Attachment } from '@serverless-todo/client/attachments';
import { formatDue } from '../due-date.ts';
import { uploadExpiry } from './format.ts';
import type { Upload } from './use-uploads.ts';

// Within the 15 minutes the time says it all; an upload that expired long ago needs its date.
const when = (date: Date, expired: boolean) =>
  expired ? formatDue(date.toISOString()) : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * The status line of one attachment.
 *
 * @example
 * ```tsx
 * <AttachmentStatus attachment={attachment} upload={upload} />
 * ```
 */
export function AttachmentStatus({ attachment, upload }: { attachment: Attachment; upload: Upload | undefined }) {
  if (upload && !upload.error && attachment.status === 'pending') {
    const percent = Math.round(upload.sent * 100);
    return upload.phase === 'verifying' ? (
      <span className="status">Checking the file…</span>
    ) : (
      <span className="status">
        Uploading <progress max={100} value={percent} aria-label={`Uploading ${attachment.filename}`} /> {percent}%
      </span>
    );
  }
  if (attachment.status === 'pending') {
    const expiry = uploadExpiry(attachment);
    const expired = expiry.getTime() <= Date.now();
    return (
      <span className="status">
        Pending: {expired ? 'its upload expired at' : 'waiting for its upload, until'}{' '}
        <time className="expires" dateTime={expiry.toISOString()}>
          {when(expiry, expired)}
        </time>
      </span>
    );
  }
  if (attachment.status === 'rejected') {
    return (
      <span className="status">
        Rejected: <span className="reason">{attachment.reason ?? 'the file did not pass the check.'}</span>
      </span>
    );
  }
  return <span className="status">Ready</span>;
}
