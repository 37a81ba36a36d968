// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
import { createTodoClient, TodoApiError } from '@serverless-todo/client';
import { withAttachments } from '@serverless-todo/client/attachments';

const files = withAttachments(createTodoClient({ baseUrl: 'https://api.example.com', token: () => auth.getIdToken() }));

try {
  const attachment = await files.attachments.upload('u1', taskId, file, { onPhase: (phase) => console.log(phase) });
  const { download } = await files.attachments.get('u1', taskId, attachment.attachment_id);
  console.log(download?.url); // a presigned GET, valid for 5 minutes, served as a download
} catch (error) {
  if (error instanceof TodoApiError && error.status === 422)
    console.log(error.detail); // why the file was rejected
  else throw error;
}
