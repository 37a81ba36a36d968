// The realtime contract: message validation chosen by `type`, the delivery rule, the URL, and
// the generator's and the lint's refusals of a broken asyncapi.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../scripts/check-fresh.ts';
import { ASYNCAPI_FILE, SPEC_FILE } from '../scripts/generate.ts';
import { lintAsyncApi } from '../scripts/lint-asyncapi.ts';
import {
  assertServerMessage,
  type ChangeEvent,
  isFresh,
  REALTIME_TOKEN_PARAMETER,
  readClientMessage,
  readServerMessage,
  realtimeLimits,
  realtimeMessages,
  realtimeUrl,
} from '../src/realtime.ts';

const GENERATE = join(import.meta.dirname, '../scripts/generate.ts');
const TSX = join(import.meta.dirname, '../node_modules/.bin/tsx');

/** A copy of asyncapi.yaml, edited, beside a copy of openapi.yaml (its `./openapi.yaml` refs). */
const asyncapiCopy = (edit: (text: string) => string) => {
  const dir = mkdtempSync(join(tmpdir(), 'asyncapi-'));
  writeFileSync(join(dir, 'openapi.yaml'), readFileSync(SPEC_FILE));
  const file = join(dir, 'asyncapi.yaml');
  writeFileSync(file, edit(readFileSync(ASYNCAPI_FILE, 'utf8')));
  return file;
};

const task = {
  user_id: 'user123',
  task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  title: 'Learn AWS Lambda',
  description: '',
  status: 'pending',
  due_date: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  version: 1,
};
const created = {
  type: 'task.created',
  user_id: 'user123',
  task_id: task.task_id,
  version: 1,
  sent_at: '2026-11-26T09:30:00.010Z',
  task,
};

const attachment = {
  attachment_id: '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d',
  task_id: task.task_id,
  filename: 'report.pdf',
  content_type: 'application/pdf',
  size: 48_213,
  status: 'ready',
  reason: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:02.000Z',
};
const attachmentUpdated = {
  type: 'attachment.updated',
  user_id: 'user123',
  task_id: task.task_id,
  attachment_id: attachment.attachment_id,
  version: 2,
  sent_at: '2026-11-26T09:30:02.010Z',
  attachment,
};

describe('readServerMessage', () => {
  const cases: [string, unknown, boolean][] = [
    ['an attachment.updated with its attachment', attachmentUpdated, true],
    ['an attachment.updated without its attachment', { ...attachmentUpdated, attachment: undefined }, false],
    ['an attachment version past 2', { ...attachmentUpdated, version: 3 }, false],
    [
      'an attachment that breaks openapi.yaml',
      { ...attachmentUpdated, attachment: { ...attachment, size: -1 } },
      false,
    ],
    [
      'an attachment.deleted',
      {
        type: 'attachment.deleted',
        user_id: 'u1',
        task_id: task.task_id,
        attachment_id: attachment.attachment_id,
        version: 1,
        sent_at: created.sent_at,
      },
      true,
    ],
    ['a task.created with its task', created, true],
    ['a task.updated', { ...created, type: 'task.updated', version: 2, task: { ...task, version: 2 } }, true],
    [
      'a task.deleted without a task',
      { type: 'task.deleted', user_id: 'u1', task_id: task.task_id, version: 3, sent_at: created.sent_at },
      true,
    ],
    ['a pong', { type: 'pong', sent_at: created.sent_at }, true],
    ['a task.created without its task', { ...created, task: undefined }, false],
    [
      'a task.deleted that carries a task',
      { type: 'task.deleted', user_id: 'u1', task_id: task.task_id, version: 3, sent_at: created.sent_at, task },
      false,
    ],
    ['an unknown field', { ...created, extra: 1 }, false],
    ['a task that breaks openapi.yaml', { ...created, task: { ...task, status: 'archived' } }, false],
    ['version 0', { ...created, version: 0 }, false],
    ['a client message (ping)', { type: 'ping' }, false],
    ['an unknown type', { type: 'task.moved' }, false],
    ['a prototype key as type', { type: '__proto__' }, false],
    ['not an object', 'task.created', false],
  ];
  it.each(cases)('%s → ok %s', (_name, data, ok) => {
    const result = readServerMessage(data);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('names the field that is wrong', () => {
    const result = readServerMessage({ ...created, task: { ...task, status: 'archived' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/\/task\/status/);
  });

  it('assertServerMessage throws with the departure, and passes a valid message', () => {
    expect(() => assertServerMessage({ ...created, version: 'two' })).toThrow(
      /departs from asyncapi\.yaml[\s\S]*\/version/,
    );
    expect(() => assertServerMessage(created)).not.toThrow();
  });
});

describe('readClientMessage', () => {
  it('accepts ping and refuses what only the server sends or ping with extras', () => {
    expect(readClientMessage({ type: 'ping' }).ok).toBe(true);
    expect(readClientMessage({ type: 'ping', x: 1 }).ok).toBe(false);
    expect(readClientMessage(created).ok).toBe(false);
  });
});

describe('isFresh (the delivery rule)', () => {
  const updated = (version: number) => ({ ...created, type: 'task.updated', version }) as ChangeEvent;
  const deleted = (version: number) => ({ ...created, type: 'task.deleted', version, task: undefined }) as ChangeEvent;
  const cases: [string, ChangeEvent, number | undefined, boolean][] = [
    ['an update newer than held', updated(3), 2, true],
    ['an update at the held version', updated(2), 2, false],
    ['an update older than held', updated(1), 2, false],
    ['anything when nothing is held', updated(1), undefined, true],
    ['a delete at the held version', deleted(2), 2, true],
    ['a delete older than held', deleted(1), 2, false],
  ];
  it.each(cases)('%s → %s', (_name, event, held, want) => {
    expect(isFresh(event, held)).toBe(want);
  });
});

describe('handshake and limits', () => {
  it('puts the token in the contract’s query parameter', () => {
    expect(REALTIME_TOKEN_PARAMETER).toBe('token');
    expect(realtimeUrl('ws://127.0.0.1:3000/realtime', 'a.b+c')).toBe('ws://127.0.0.1:3000/realtime?token=a.b%2Bc');
  });

  it('carries API Gateway’s limits and every message with its sender', () => {
    expect(realtimeLimits).toEqual({
      idleTimeoutSeconds: 600,
      maxConnectionSeconds: 7200,
      maxFrameBytes: 32_768,
      maxMessageBytes: 131_072,
    });
    expect(Object.entries(realtimeMessages).map(([name, m]) => `${m.from} ${name}`)).toEqual([
      'server task.created',
      'server task.updated',
      'server task.deleted',
      'server attachment.created',
      'server attachment.updated',
      'server attachment.deleted',
      'client ping',
      'server pong',
      'server error',
    ]);
  });
});

describe('generated realtime files', () => {
  it('are reported stale when asyncapi.yaml changes without regenerating', async () => {
    const edited = asyncapiCopy((t) =>
      t.replace(
        'maxLength: 200\n          description: What was wrong',
        'maxLength: 150\n          description: What was wrong',
      ),
    );
    expect(readFileSync(edited, 'utf8')).toContain('maxLength: 150');
    const stale = await staleFiles(SPEC_FILE, undefined, edited);
    expect(stale).toEqual(['realtime-validators.ts', 'asyncapi-document.ts', 'asyncapi-digest.ts']);
  });

  const broken: [string, (t: string) => string, RegExp][] = [
    [
      'a ref to a schema openapi.yaml lacks',
      (t) =>
        t.replace(
          'task: { $ref: "./openapi.yaml#/components/schemas/Task" }',
          'task: { $ref: "./openapi.yaml#/components/schemas/Nope" }',
        ),
      /asyncapi\.yaml:\d+:\d+: \$ref "\.\/openapi\.yaml#\/components\/schemas\/Nope" names no schema of openapi\.yaml/,
    ],
    [
      'a payload whose type differs from the message name',
      (t) => t.replace('const: task.updated', 'const: task.changed'),
      /asyncapi\.yaml:\d+:\d+: the payload's type must be const "task\.updated"/,
    ],
    [
      'a missing limit',
      (t) => t.replace('      max_frame_bytes: 32768\n', ''),
      /asyncapi\.yaml:\d+:\d+: x-limits\.max_frame_bytes must be a positive integer/,
    ],
    [
      'an attachment version outside AttachmentVersion',
      (t) =>
        t.replace(
          'x-version-by-status: { pending: 1, ready: 2, rejected: 2 }',
          'x-version-by-status: { pending: 1, ready: 3, rejected: 2 }',
        ),
      /asyncapi\.yaml:\d+:\d+: ready must be an integer from 1 to 2/,
    ],
    [
      'no attachment version table',
      (t) => t.replace('      x-version-by-status: { pending: 1, ready: 2, rejected: 2 }\n', ''),
      /asyncapi\.yaml:\d+:\d+: x-version-by-status must map each attachment status to its version/,
    ],
    [
      'AsyncAPI 2',
      (t) => t.replace('asyncapi: 3.0.0', 'asyncapi: 2.6.0'),
      /asyncapi\.yaml:1:\d+: "asyncapi" must be 3\.0\.x/,
    ],
  ];
  it.each(broken)('pnpm generate fails on %s with one located line', (_name, edit, reason) => {
    const result = spawnSync(TSX, [GENERATE, SPEC_FILE, asyncapiCopy(edit)], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pnpm generate failed: /);
    expect(lines[0]).toMatch(reason);
  });
});

describe('the AsyncAPI lint', () => {
  it('passes asyncapi.yaml with no error or warning', async () => {
    const { findings, failed } = await lintAsyncApi();
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    expect(failed).toBe(false);
  });

  it('fails a document the AsyncAPI schema refuses, naming the place', async () => {
    const { findings, failed } = await lintAsyncApi(asyncapiCopy((t) => t.replace('action: send', 'action: publish')));
    expect(failed).toBe(true);
    expect(findings.some((f) => f.severity === 'error' && /asyncapi\.yaml:\d+:\d+ error/.test(f.line))).toBe(true);
  });
});
