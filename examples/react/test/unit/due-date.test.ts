import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../src/app/due-date.ts';

describe('due dates between the API and datetime-local', () => {
  it('shows no due date as an empty input, and an empty input as null', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });

  it('gives the input a value to the minute', () => {
    expect(toLocalInput('2026-12-24T17:00:30.000Z')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  });

  it('round-trips a local wall time through the API’s instant', () => {
    expect(fromLocalInput('2026-12-24T18:00')).toBe(new Date(2026, 11, 24, 18, 0).toISOString());
    expect(toLocalInput(fromLocalInput('2026-12-24T18:00'))).toBe('2026-12-24T18:00');
  });
});
