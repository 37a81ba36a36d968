// EventBridge schedule expressions: `rate(value unit)` and the six-field `cron(...)`, read the
// way EventBridge reads them (UTC; day-of-week 1-7 = SUN-SAT; one of day-of-month and
// day-of-week is `?`), so a schedule fires locally when it would fire in AWS.
import { Cron } from 'croner';
import { TemplateError } from '../errors.ts';

/** A parsed schedule: when it fires next. */
export interface Schedule {
  /** The expression as written. */
  readonly expression: string;
  /** The first firing strictly after `after`, or null when it never fires again. */
  next(after: Date): Date | null;
}

const UNIT_MS: Readonly<Record<string, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

function rateSchedule(expression: string, value: number, unit: string, startedAt: Date): Schedule {
  // EventBridge insists on the singular for 1 and the plural otherwise.
  const singular = unit.replace(/s$/, '');
  if (!(singular in UNIT_MS) || (value === 1) !== (unit === singular) || !Number.isSafeInteger(value) || value < 1) {
    throw new TemplateError(
      `schedule ${expression}: a rate is rate(1 minute|hour|day) or rate(N minutes|hours|days) with N > 1`,
    );
  }
  const period = value * (UNIT_MS[singular] as number);
  // A rate counts from when the schedule was made: locally, from the start of the API.
  return {
    expression,
    next(after) {
      const elapsed = after.getTime() - startedAt.getTime();
      const periods = elapsed < 0 ? 0 : Math.floor(elapsed / period) + 1;
      return new Date(startedAt.getTime() + periods * period);
    },
  };
}

/** Each EventBridge cron field's largest value, for rewriting its `start/step` form. */
const FIELD_MAX = [59, 23, 31, 12, 7, 2199];

/** EventBridge (like Quartz) writes `5/15` for "from 5, every 15"; croner wants `5-59/15`. */
const withRanges = (field: string, max: number) =>
  field
    .split(',')
    .map((part) => part.replace(/^(\d+)\/(\d+)$/, `$1-${max}/$2`))
    .join(',');

function cronSchedule(expression: string, fields: string): Schedule {
  const parts = fields.trim().split(/\s+/);
  if (parts.length !== 6) {
    throw new TemplateError(
      `schedule ${expression}: cron() takes six fields (minutes hours day-of-month month day-of-week year)`,
    );
  }
  const [, , dom, , dow] = parts;
  if ((dom === '?') === (dow === '?')) {
    throw new TemplateError(`schedule ${expression}: exactly one of day-of-month and day-of-week must be ?`);
  }
  let cron: Cron;
  try {
    // Seconds 0, then EventBridge's fields. `?` reads as `*`, so AND of the two day fields
    // is exactly "the one that is not ?".
    const pattern = parts.map((field, at) => withRanges(field, FIELD_MAX[at] as number)).join(' ');
    cron = new Cron(`0 ${pattern}`, {
      mode: '7-part',
      timezone: 'UTC',
      alternativeWeekdays: true,
      domAndDow: true,
      paused: true,
    });
  } catch (cause) {
    throw new TemplateError(`schedule ${expression}: ${(cause as Error).message}`, { cause });
  }
  return { expression, next: (after) => cron.nextRun(after) };
}

/**
 * Parses an EventBridge schedule expression.
 *
 * @example
 * ```ts
 * parseSchedule('cron(0 3 * * ? *)').next(new Date('2026-01-01T12:00:00Z')); // 2026-01-02T03:00:00Z
 * parseSchedule('rate(1 hour)', started).next(started); // started + 1 h
 * ```
 */
export function parseSchedule(expression: string, startedAt = new Date()): Schedule {
  const rate = /^rate\((\d+)\s+([a-z]+)\)$/.exec(expression.trim());
  if (rate) return rateSchedule(expression, Number(rate[1]), rate[2] as string, startedAt);
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (cron) return cronSchedule(expression, cron[1] as string);
  throw new TemplateError(`schedule ${expression}: not a rate(…) or cron(…) expression`);
}
