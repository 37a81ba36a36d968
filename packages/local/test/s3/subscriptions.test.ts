// Which subscriptions an object event triggers: bucket, event type pattern, key filter.
import type { S3Event } from '@serverless-todo/stack';
import { describe, expect, it } from 'vitest';
import { eventMatches, keyMatches, matching, type S3Subscription } from '../../src/s3/subscriptions.ts';

describe('eventMatches', () => {
  it.each([
    ['s3:ObjectCreated:*', 'ObjectCreated:Put', true],
    ['s3:ObjectCreated:*', 'ObjectCreated:CompleteMultipartUpload', true],
    ['s3:ObjectCreated:Put', 'ObjectCreated:Post', false],
    ['s3:ObjectCreated:Post', 'ObjectCreated:Post', true],
    ['s3:ObjectRemoved:*', 'ObjectCreated:Put', false],
    ['s3:ObjectRemoved:*', 'ObjectRemoved:Delete', true],
  ])('%s against %s is %s', (pattern, name, want) => {
    expect(eventMatches(pattern, name)).toBe(want);
  });
});

describe('keyMatches', () => {
  it.each([
    ['no filter', {}, 'anything', true],
    ['prefix', { prefix: 'uploads/' }, 'uploads/a', true],
    ['prefix elsewhere', { prefix: 'uploads/' }, 'x/uploads/a', false],
    ['suffix', { suffix: '.png' }, 'a.png', true],
    ['both, one missing', { prefix: 'uploads/', suffix: '.png' }, 'uploads/a.jpg', false],
    ['a space written as + in the filter', { prefix: 'my+files/' }, 'my files/a', true],
    ['a raw space in the filter (matches nothing in S3)', { prefix: 'my files/' }, 'my files/a', false],
  ])('%s', (_, filter, key, want) => {
    expect(keyMatches(filter, key)).toBe(want);
  });
});

describe('matching', () => {
  const event = (name: string, events: string[], filter: Record<string, string> = {}): S3Event => ({
    type: 'S3',
    name,
    bucket: 'Bucket',
    events,
    filter,
  });
  const subscriptions: S3Subscription[] = [
    { functionId: 'A', bucket: 'one', event: event('A', ['s3:ObjectCreated:*']) },
    { functionId: 'B', bucket: 'two', event: event('B', ['s3:ObjectCreated:*']) },
    { functionId: 'C', bucket: 'one', event: event('C', ['s3:ObjectRemoved:*', 's3:ObjectCreated:Post']) },
  ];
  it.each([
    ['created in one', { bucket: 'one', eventName: 'ObjectCreated:Put', key: 'k' }, ['A']],
    ['posted in one', { bucket: 'one', eventName: 'ObjectCreated:Post', key: 'k' }, ['A', 'C']],
    ['removed in two', { bucket: 'two', eventName: 'ObjectRemoved:Delete', key: 'k' }, []],
  ])('%s', (_, given, want) => {
    expect(matching(subscriptions, given).map((s) => s.functionId)).toEqual(want);
  });
});
