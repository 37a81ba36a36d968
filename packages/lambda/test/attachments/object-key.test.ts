import { contentDisposition } from '@serverless-todo/contract/attachments';
import { describe, expect, it } from 'vitest';
import { decodeEventKey, objectKeyOf, parseObjectKey } from '../../src/attachments/object-key.ts';

const task = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const attachment = '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d';

describe('object keys', () => {
  it('round-trips the ids through a key', () => {
    const key = objectKeyOf('user@example.com', task, attachment);
    expect(key).toBe(`user@example.com/${task}/${attachment}`);
    expect(parseObjectKey(key)).toEqual({ userId: 'user@example.com', taskId: task, attachmentId: attachment });
  });

  it.each([
    ['another layout', 'uploads/a.png'],
    ['a filename in the key', `u1/${task}/${attachment}/report.pdf`],
    ['no user', `/${task}/${attachment}`],
  ])('ignores %s', (_name, key) => {
    expect(parseObjectKey(key)).toBeUndefined();
  });

  it('decodes keys as S3 encodes them in events', () => {
    expect(decodeEventKey('user%40example.com/a+b%2Bc')).toBe('user@example.com/a b+c');
  });
});

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ['Rapport é.pdf', `attachment; filename="Rapport _.pdf"; filename*=UTF-8''Rapport%20%C3%A9.pdf`],
    ['a"b\\c.txt', `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`],
    ["it's (1).txt", `attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`],
  ])('%s', (filename, want) => {
    expect(contentDisposition(filename)).toBe(want);
  });
});
