// EventBridge schedule expressions, read as EventBridge reads them (UTC, 1-7 = SUN-SAT).
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/index.ts';
import { parseSchedule } from '../../src/schedules/schedule-expression.ts';

// A Tuesday evening.
const at = new Date('2026-12-01T20:47:13Z');

describe('parseSchedule', () => {
  it.each([
    ['a rate in minutes', 'rate(5 minutes)', '2026-12-01T20:52:13.000Z'],
    ['a rate of one hour', 'rate(1 hour)', '2026-12-01T21:47:13.000Z'],
    ['a rate in days', 'rate(2 days)', '2026-12-03T20:47:13.000Z'],
    ['a daily cron', 'cron(0 3 * * ? *)', '2026-12-02T03:00:00.000Z'],
    ['weekdays by name', 'cron(15 10 ? * MON-FRI *)', '2026-12-02T10:15:00.000Z'],
    ['a weekday by number (2 = Monday)', 'cron(0 12 ? * 2 *)', '2026-12-07T12:00:00.000Z'],
    ['start/step minutes', 'cron(0/15 * * * ? *)', '2026-12-01T21:00:00.000Z'],
    ['the first of the month', 'cron(0 8 1 * ? *)', '2027-01-01T08:00:00.000Z'],
    ['the last day of the month', 'cron(0 0 L * ? *)', '2026-12-31T00:00:00.000Z'],
    ['the last Friday in a year', 'cron(0 9 ? * 6L 2027)', '2027-01-29T09:00:00.000Z'],
  ])('%s: %s', (_, expression, want) => {
    expect(parseSchedule(expression, at).next(at)?.toISOString()).toBe(want);
  });

  it('counts a rate from its start, one period at a time', () => {
    const rate = parseSchedule('rate(10 minutes)', at);
    const first = rate.next(at) as Date;
    expect(rate.next(first)?.getTime()).toBe(first.getTime() + 600_000);
    expect(rate.next(new Date(first.getTime() - 1))).toEqual(first);
  });

  it('never fires a cron whose years are past', () => {
    expect(parseSchedule('cron(0 0 1 1 ? 2020)').next(at)).toBeNull();
  });

  it.each([
    ['a plural for 1', 'rate(1 minutes)', 'rate(1 minute|hour|day)'],
    ['a singular for 2', 'rate(2 hour)', 'rate(1 minute|hour|day)'],
    ['an unknown unit', 'rate(3 weeks)', 'rate(1 minute|hour|day)'],
    ['a zero rate', 'rate(0 minutes)', 'rate(1 minute|hour|day)'],
    ['both day fields set', 'cron(0 3 * * * *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['both day fields ?', 'cron(0 3 ? * ? *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['five fields', 'cron(0 3 * * ?)', 'cron() takes six fields'],
    ['garbage in a field', 'cron(x 3 * * ? *)', 'schedule cron(x 3 * * ? *)'],
    ['neither rate nor cron', 'at(2026-12-01T00:00:00)', 'not a rate(…) or cron(…) expression'],
  ])('refuses %s', (_, expression, message) => {
    expect(() => parseSchedule(expression)).toThrow(TemplateError);
    expect(() => parseSchedule(expression)).toThrow(message);
  });
});
