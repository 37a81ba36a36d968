// Stream records against AWS's documented example records (the Lambda developer guide's
// DynamoDB event: the same keys, images and SizeBytes) and the four view types.
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { itemSize, sameItem, storedItem } from '../../src/streams/items.ts';
import { type StreamTable, type StreamViewType, streamRecord } from '../../src/streams/stream-record.ts';

const table = (viewType: StreamViewType): StreamTable => ({
  keyNames: ['Id'],
  viewType,
  streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/ExampleTableWithStream/stream/local',
  region: 'us-east-1',
});

const NEW_ITEM = { Message: { S: 'New item!' }, Id: { N: '101' } };
const CHANGED = { Message: { S: 'This item has changed' }, Id: { N: '101' } };
const at = new Date('2015-04-09T00:00:00Z');

describe('streamRecord', () => {
  it.each([
    // [name, { given, want }] from AWS's example event: eventName and SizeBytes.
    ['INSERT', { oldImage: null, newImage: NEW_ITEM, size: 26 }],
    ['MODIFY', { oldImage: NEW_ITEM, newImage: CHANGED, size: 59 }],
    ['REMOVE', { oldImage: CHANGED, newImage: null, size: 38 }],
  ] as const)('%s matches the documented example', (eventName, { oldImage, newImage, size }) => {
    const record = streamRecord(table('NEW_AND_OLD_IMAGES'), { oldImage, newImage }, '111', at);
    const event = { Records: [record!] } satisfies DynamoDBStreamEvent;
    expect(event.Records[0]).toEqual({
      eventID: expect.stringMatching(/^[0-9a-f]{32}$/),
      eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: 1428537600,
        Keys: { Id: { N: '101' } },
        ...(newImage ? { NewImage: newImage } : {}),
        ...(oldImage ? { OldImage: oldImage } : {}),
        SequenceNumber: '111',
        SizeBytes: size,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/ExampleTableWithStream/stream/local',
    });
  });

  it.each([
    ['KEYS_ONLY', { images: [], size: 5 }],
    ['NEW_IMAGE', { images: ['NewImage'], size: 38 }],
    ['OLD_IMAGE', { images: ['OldImage'], size: 26 }],
    ['NEW_AND_OLD_IMAGES', { images: ['NewImage', 'OldImage'], size: 59 }],
  ] as const)('%s writes only its images', (viewType, { images, size }) => {
    const record = streamRecord(table(viewType), { oldImage: NEW_ITEM, newImage: CHANGED }, '1', at);
    expect(Object.keys(record!.dynamodb).filter((k) => k.endsWith('Image'))).toEqual(images);
    expect(record?.dynamodb.SizeBytes).toBe(size);
    expect(record?.dynamodb.StreamViewType).toBe(viewType);
  });

  it.each([
    ['a delete of a missing item', { oldImage: null, newImage: null }],
    [
      'a write that changes no data',
      { oldImage: NEW_ITEM, newImage: { Id: { N: '101.0' }, Message: { S: 'New item!' } } },
    ],
  ] as const)('writes nothing for %s', (_, change) => {
    expect(streamRecord(table('NEW_AND_OLD_IMAGES'), change, '1', at)).toBeNull();
  });
});

describe('items', () => {
  it.each([
    ['strings are UTF-8 bytes', { given: { s: { S: 'é' } }, want: 3 }],
    ['numbers take a byte per two significant digits, plus one', { given: { n: { N: '-12345.6700' } }, want: 6 }],
    ['binary is its decoded length', { given: { b: { B: Buffer.from('abcd').toString('base64') } }, want: 5 }],
    ['booleans and null are one byte', { given: { t: { BOOL: true }, z: { NULL: true } }, want: 4 }],
    [
      'lists and maps add 3 bytes and 1 per element',
      { given: { l: { L: [{ S: 'ab' }] }, m: { M: { k: { S: 'v' } } } }, want: 14 },
    ],
  ])('itemSize: %s', (_, { given, want }) => {
    expect(itemSize(given)).toBe(want);
  });

  it.each([
    ['numbers compare by value', { a: { n: { N: '1.50' } }, b: { n: { N: '1.5' } }, want: true }],
    ['sets compare in any order', { a: { s: { SS: ['x', 'y'] } }, b: { s: { SS: ['y', 'x'] } }, want: true }],
    ['a missing attribute differs', { a: { s: { S: 'x' } }, b: { s: { S: 'x' }, t: { S: 'y' } }, want: false }],
    ['types differ', { a: { v: { S: '1' } }, b: { v: { N: '1' } }, want: false }],
    [
      'lists compare in order',
      { a: { l: { L: [{ S: 'a' }, { S: 'b' }] } }, b: { l: { L: [{ S: 'b' }, { S: 'a' }] } }, want: false },
    ],
  ])('sameItem: %s', (_, { a, b, want }) => {
    expect(sameItem(a, b)).toBe(want);
  });
});

describe('storedItem', () => {
  it.each([
    ['1', '1'],
    ['001.50', '1.5'],
    ['-0.0100', '-0.01'],
    ['12e2', '1200'],
    ['1.5E-3', '0.0015'],
    ['.5', '0.5'],
    ['7.', '7'],
    ['0.000', '0'],
  ])('stores %s as %s, as dynalite does', (given, want) => {
    expect(storedItem({ n: { N: given }, l: { L: [{ M: { m: { NS: [given] } } }] } })).toEqual({
      n: { N: want },
      l: { L: [{ M: { m: { NS: [want] } } }] },
    });
  });
});
