// Attachments on the local API: uploading a 5 MiB file through the SDK (create, the form
// POST to the embedded S3, polling until the S3 function has checked it) against a bare
// form POST of the same bytes to s3rver with a presigned form made ahead of time. The ratio
// is what the SDK's flow and the verification add to the upload itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTodoClient } from '@serverless-todo/client';
import { withAttachments } from '@serverless-todo/client/attachments';
import { startLocalApi } from '@serverless-todo/local';
import { ensureClientBuilt } from '../client-build.ts';
import { UnexpectedResponseError } from '../errors.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';

const USER = 'bench-attachments';
const SIZE = 5 * 1024 * 1024;
/** A task holds 20 attachments: a new task every this many uploads. */
const PER_TASK = 20;

/**
 * Runs the attachments suite.
 *
 * @example
 * ```ts
 * const rows = await attachmentsSuite({ quick: true });
 * ```
 */
export async function attachmentsSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  ensureClientBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-attachments-'));
  const api = await startLocalApi({
    port: 0,
    memory: true,
    quiet: true,
    dataDir,
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT' },
  });
  try {
    const client = withAttachments(createTodoClient({ baseUrl: api.url, token: await api.token(USER), retry: false }));
    // Plain text: the sniffer reads its first 4 KB, the size check the object's length.
    const file = new File([new Uint8Array(SIZE).fill(0x61)], 'big.txt', { type: 'text/plain' });
    let taskId = '';
    let used = PER_TASK;
    const slot = async () => {
      if (used === PER_TASK) {
        taskId = (await client.tasks.create(USER, { title: 'bench uploads' })).task.task_id;
        used = 0;
      }
      used++;
      return taskId;
    };
    const timed = async (run: () => Promise<void>) => {
      const start = performance.now();
      await run();
      return performance.now() - start;
    };
    const variants = {
      bare: async () => {
        const { upload } = await client.attachments.create(USER, await slot(), {
          filename: 'big.txt',
          content_type: 'text/plain',
          size: SIZE,
        });
        const form = new FormData();
        for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
        form.append('file', file);
        return timed(async () => {
          const res = await fetch(upload.url, { method: 'POST', body: form });
          await res.arrayBuffer();
          if (res.status >= 300) throw new UnexpectedResponseError('form POST to s3rver', 204, res.status);
        });
      },
      sdk: async () => {
        const id = await slot();
        return timed(async () => {
          const attachment = await client.attachments.upload(USER, id, file);
          if (attachment.status !== 'ready') throw new UnexpectedResponseError('SDK upload', 200, 0);
        });
      },
    };
    await variants.bare();
    await variants.sdk();
    const run = await interleave(variants, 'bare', { rounds: quick ? 4 : 15, maxMs: quick ? 20_000 : 120_000 });
    const ms = (name: 'bare' | 'sdk') => `${run.values[name]!.median.toFixed(0)} ms`;
    return [
      ratioRow(
        'attachments',
        '5 MiB upload via the SDK (create + form POST + poll to ready) vs a bare form POST to s3rver',
        run.ratios.sdk!,
        {
          note: `${ms('sdk')} vs ${ms('bare')} this run; local API in memory`,
        },
      ),
    ];
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
