import type { S3EventRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { processRecords } from '../../src/attachments/s3-batch.ts';

const record = (eventName: string, key: string, sequencer: string) =>
  ({ eventName, s3: { bucket: { name: 'b' }, object: { key, sequencer } } }) as unknown as S3EventRecord;

describe('processRecords', () => {
  it('handles every record, names the failed ones, decodes keys and skips other events', async () => {
    const seen: string[] = [];
    const result = await processRecords(
      [
        record('ObjectCreated:Post', 'u1/a+b', '01'),
        record('ObjectRemoved:Delete', 'u1/fail', '02'),
        record('ObjectRestore:Completed', 'u1/c', '03'),
        record('ObjectCreated:Put', 'u1/d%40e', '04'),
      ],
      async (_bucket, key) => {
        seen.push(key);
        if (key === 'u1/fail') throw new Error('boom');
        return 'ready';
      },
    );
    expect(seen.sort()).toEqual(['u1/a b', 'u1/d@e', 'u1/fail']);
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: 'u1/fail@02' }],
      outcomes: ['ready', 'failed', 'ignored', 'ready'],
    });
  });
});
