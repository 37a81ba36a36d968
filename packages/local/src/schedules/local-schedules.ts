// Runs the template's scheduled functions locally: each enabled schedule on its own timer,
// invoked asynchronously as EventBridge does (Lambda retries a failed invocation twice), and
// any of them on demand (POST /_local/schedules/{FunctionLogicalId}), once and synchronously.
import { randomUUID } from 'node:crypto';
import type { InvokeOutcome } from '../gateway/function-runtime.ts';
import { ASYNC_RETRY_ATTEMPTS, LOCAL_RETRY_DELAYS_MS } from '../s3/delivery.ts';
import type { LogSink } from '../server/access-log.ts';
import type { ScheduleModel } from '../template/model.ts';
import { parseSchedule, type Schedule } from './schedule-expression.ts';
import { scheduledEvent } from './scheduled-event.ts';

/** setTimeout's longest wait; a later firing re-arms on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the schedules need of the local API. */
export interface SchedulesOptions {
  readonly schedules: readonly ScheduleModel[];
  /** Invokes a function by logical id; never rejects. */
  readonly invoke: (functionId: string, event: object, requestId: string) => Promise<InvokeOutcome>;
  /** Fire on the expressions; false: only on demand. */
  readonly timers: boolean;
  readonly log: LogSink;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

/** One on-demand run: the request id and what the function answered. */
export interface ScheduleRun {
  readonly functionId: string;
  readonly requestId: string;
  readonly outcome: InvokeOutcome;
}

/** One enabled schedule and when it fires next, for the banner. */
export interface ScheduleInfo {
  readonly functionId: string;
  readonly expression: string;
  readonly next: Date | null;
}

const problem = (outcome: InvokeOutcome) =>
  outcome.kind === 'timeout'
    ? 'Task timed out'
    : outcome.kind === 'error'
      ? `${outcome.error.errorType}: ${outcome.error.errorMessage}`
      : null;

/** The running schedules of one local API. */
export class LocalSchedules {
  readonly #options: SchedulesOptions;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #armed = new Map<ScheduleModel, { schedule: Schedule; next: Date | null }>();
  #stopped = false;

  /**
   * @example
   * ```ts
   * const schedules = new LocalSchedules({ schedules: model.schedules, invoke, timers: true, log });
   * await schedules.runNow('SweepFunction');
   * schedules.stop();
   * ```
   */
  constructor(options: SchedulesOptions) {
    this.#options = options;
    const now = this.#now();
    if (!options.timers) return;
    for (const entry of options.schedules) {
      if (!entry.event.enabled) continue;
      this.#arm(entry, parseSchedule(entry.event.expression, now), now);
    }
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  /** The functions POST /_local/schedules/{id} can run. */
  get functions(): readonly string[] {
    return [...new Set(this.#options.schedules.map((s) => s.functionId))];
  }

  /** The enabled schedules with their next firing (empty with timers off). */
  get upcoming(): readonly ScheduleInfo[] {
    return [...this.#armed].map(([entry, { next }]) => ({
      functionId: entry.functionId,
      expression: entry.event.expression,
      next,
    }));
  }

  #arm(entry: ScheduleModel, schedule: Schedule, after: Date): void {
    const next = schedule.next(after);
    this.#armed.set(entry, { schedule, next });
    if (next === null || this.#stopped) return;
    const wait = Math.min(Math.max(0, next.getTime() - this.#now().getTime()), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (this.#now() < next) return this.#arm(entry, schedule, after);
      // Re-arm first: a firing that runs long does not delay the next one, as in EventBridge.
      this.#arm(entry, schedule, next);
      void this.#fire(entry, next);
    }, wait);
    timer.unref();
    this.#timers.add(timer);
  }

  /** One asynchronous invocation with Lambda's two retries. */
  async #fire(entry: ScheduleModel, at: Date): Promise<void> {
    const event = scheduledEvent(entry, at);
    const what = `schedule ${entry.event.expression} → ${entry.functionId}`;
    for (let attempt = 0; attempt <= ASYNC_RETRY_ATTEMPTS; attempt++) {
      if (attempt > 0) await new Promise((ok) => setTimeout(ok, LOCAL_RETRY_DELAYS_MS[attempt - 1] ?? 0));
      if (this.#stopped) return;
      const requestId = randomUUID();
      const failed = problem(await this.#options.invoke(entry.functionId, event, requestId));
      if (this.#stopped) return;
      if (failed === null) return this.#options.log(`${what} ${requestId}`);
      this.#options.log(`${what} ${requestId} failed (attempt ${attempt + 1}): ${failed}`);
    }
    this.#options.log(`${what}: dropped after ${ASYNC_RETRY_ATTEMPTS} retries`);
  }

  /**
   * Runs a scheduled function once now with its schedule's event, and waits for its answer;
   * null when the function has no schedule. A disabled schedule runs too: running it by hand
   * is the point.
   */
  async runNow(functionId: string): Promise<ScheduleRun | null> {
    const entry = this.#options.schedules.find((s) => s.functionId === functionId);
    if (!entry) return null;
    const requestId = randomUUID();
    const outcome = await this.#options.invoke(functionId, scheduledEvent(entry, this.#now()), requestId);
    this.#options.log(
      `schedule run now → ${functionId} ${requestId}${problem(outcome) ? `: ${problem(outcome)}` : ''}`,
    );
    return { functionId, requestId, outcome };
  }

  /** No more firings or retries; invocations already running end with the runtimes. */
  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
