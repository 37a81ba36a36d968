// Lambda event filtering on stream records: the emulated subset of the pattern syntax.
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/index.ts';
import { delivered, parsePatterns } from '../../src/streams/event-filter.ts';

const record = {
  eventName: 'MODIFY',
  dynamodb: {
    Keys: { id: { S: 'task-1' } },
    NewImage: { id: { S: 'task-1' }, status: { S: 'done' }, tags: { SS: ['a', 'b'] }, done: { BOOL: true } },
    SizeBytes: 42,
  },
};

describe('filter patterns', () => {
  it.each([
    ['no filter delivers everything', { given: [], want: true }],
    ['an exact value', { given: ['{"eventName":["MODIFY"]}'], want: true }],
    ['an exact value that differs', { given: ['{"eventName":["INSERT"]}'], want: false }],
    ['several values are alternatives', { given: ['{"eventName":["INSERT","MODIFY"]}'], want: true }],
    ['nested fields', { given: ['{"dynamodb":{"NewImage":{"status":{"S":["done"]}}}}'], want: true }],
    ['a boolean', { given: ['{"dynamodb":{"NewImage":{"done":{"BOOL":[false]}}}}'], want: false }],
    ['prefix', { given: ['{"dynamodb":{"Keys":{"id":{"S":[{"prefix":"task-"}]}}}}'], want: true }],
    ['suffix', { given: ['{"dynamodb":{"Keys":{"id":{"S":[{"suffix":"-2"}]}}}}'], want: false }],
    ['equals-ignore-case', { given: ['{"eventName":[{"equals-ignore-case":"modify"}]}'], want: true }],
    ['anything-but a value', { given: ['{"eventName":[{"anything-but":["REMOVE"]}]}'], want: true }],
    ['anything-but the value itself', { given: ['{"eventName":[{"anything-but":"MODIFY"}]}'], want: false }],
    ['anything-but a prefix', { given: ['{"eventName":[{"anything-but":{"prefix":"MOD"}}]}'], want: false }],
    ['exists', { given: ['{"dynamodb":{"NewImage":{"status":[{"exists":true}]}}}'], want: true }],
    [
      'exists false on a present field',
      { given: ['{"dynamodb":{"NewImage":{"status":[{"exists":false}]}}}'], want: false },
    ],
    ['exists false on a missing field', { given: ['{"dynamodb":{"OldImage":[{"exists":false}]}}'], want: true }],
    [
      'a missing field never matches a value',
      { given: ['{"dynamodb":{"OldImage":{"status":{"S":["done"]}}}}'], want: false },
    ],
    ['numeric range', { given: ['{"dynamodb":{"SizeBytes":[{"numeric":[">",10,"<=",42]}]}}'], want: true }],
    ['numeric out of range', { given: ['{"dynamodb":{"SizeBytes":[{"numeric":["<",42]}]}}'], want: false }],
    ['numeric never matches a string', { given: ['{"eventName":[{"numeric":[">",0]}]}'], want: false }],
    [
      'an array field matches if any element does',
      { given: ['{"dynamodb":{"NewImage":{"tags":{"SS":["b"]}}}}'], want: true },
    ],
    [
      'every field of a pattern must match',
      { given: ['{"eventName":["MODIFY"],"dynamodb":{"SizeBytes":[1]}}'], want: false },
    ],
    ['any pattern may match', { given: ['{"eventName":["INSERT"]}', '{"eventName":["MODIFY"]}'], want: true }],
  ])('%s', (_, { given, want }) => {
    expect(delivered(parsePatterns(given, 'Fn.Stream'), record)).toBe(want);
  });

  it.each([
    ['not JSON', '{eventName'],
    ['not an object', '["INSERT"]'],
    ['a scalar where a list of matchers belongs', '{"eventName":"INSERT"}'],
  ])('rejects a pattern that is %s', (_, text) => {
    expect(() => parsePatterns([text], 'Fn.Stream')).toThrow(TemplateError);
  });
});
