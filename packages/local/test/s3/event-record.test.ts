// The sequencer orders events on a key even within one millisecond.
import { describe, expect, it } from 'vitest';
import { Sequencer } from '../../src/s3/event-record.ts';

describe('Sequencer', () => {
  it('gives strictly increasing hex values of one length', () => {
    const sequencer = new Sequencer();
    const values = Array.from({ length: 1000 }, () => sequencer.next());
    for (const value of values) expect(value).toMatch(/^[0-9A-F]{16}$/);
    expect([...values].sort()).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });
});
