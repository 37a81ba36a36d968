// Keys in S3 notifications are form-URL-encoded; the decoding handlers use gets them back.
import { describe, expect, it } from 'vitest';
import { eventKey, keyFromEvent } from '../../src/s3/event-key.ts';

describe('eventKey', () => {
  it.each([
    ['plain', { given: 'uploads/a.png', want: 'uploads/a.png' }],
    ['space as +', { given: 'red flower.jpg', want: 'red+flower.jpg' }],
    ['a real + as %2B', { given: 'a+b.txt', want: 'a%2Bb.txt' }],
    ['UTF-8 bytes', { given: 'été/€.txt', want: '%C3%A9t%C3%A9/%E2%82%AC.txt' }],
    ['parentheses, quote, bang, tilde', { given: "(1)'!~.txt", want: '%281%29%27%21%7E.txt' }],
    ['reserved characters', { given: 'a&b=c;d:e,f?g@h#.txt', want: 'a%26b%3Dc%3Bd%3Ae%2Cf%3Fg%40h%23.txt' }],
  ])('encodes %s', (_, { given, want }) => {
    expect(eventKey(given)).toBe(want);
    expect(keyFromEvent(want)).toBe(given);
  });
});
