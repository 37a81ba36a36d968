// The public option types of `createTodoHandlers`, and their checks. Bad options throw at
// creation time, so a typo shows up where the mock is set up, not as a puzzling response.
import type { OperationId, Task, TaskCreate } from '@serverless-todo/contract';
import { InvalidMockOptionsError } from './errors.ts';
import type { RealtimeMockOptions } from './realtime-handler.ts';

/**
 * Latency added to every response: a fixed number of milliseconds, a `[min, max]` range
 * drawn uniformly per request, or `'real'` for MSW's realistic server time (`delay()`).
 */
export type LatencyOption = number | readonly [min: number, max: number] | 'real';

/** Answers matching calls with a 429 or 503 problem carrying `Retry-After`. */
export interface StatusFault {
  /** Only calls of this operation; every operation when absent. */
  readonly operationId?: OperationId;
  /** How many matching calls fail before the rule is spent; unlimited when absent. */
  readonly times?: number;
  readonly status: 429 | 503;
  /** Seconds for `Retry-After`; 1 when absent. */
  readonly retryAfter?: number;
}

/** Fails matching calls at the network level (`fetch` rejects with a TypeError). */
export interface NetworkFault {
  readonly operationId?: OperationId;
  readonly times?: number;
  readonly network: true;
}

/** One fault rule. Rules are tried in order; the first unspent match fires and uses one of its `times`. */
export type FaultRule = StatusFault | NetworkFault;

/**
 * A seeded task: what a client would POST (`TaskCreate`), optionally with the server-owned
 * fields of a full `Task`. Missing ones are filled like a create: a random `task_id`, both
 * timestamps now, `version` 1. A `user_id`, if given, must equal the user it is listed under.
 */
export type SeedTask = TaskCreate &
  Partial<Pick<Task, 'user_id' | 'task_id' | 'created_at' | 'updated_at' | 'version'>>;

/** Tasks to start with, keyed by user id (the token `sub`). */
export type Seed = Readonly<Record<string, readonly SeedTask[]>>;

/** Options of {@link createTodoHandlers}. */
export interface TodoHandlersOptions {
  /** Where the API lives, e.g. `http://127.0.0.1:3000` or `https://api.example.com/prod`. */
  readonly baseUrl: string;
  /** Tasks the store starts with; empty when absent. */
  readonly seed?: Seed;
  /** Latency added to every response; none when absent. */
  readonly delay?: LatencyOption;
  /** Failures to inject; none when absent. */
  readonly faults?: readonly FaultRule[];
  /**
   * The fake bucket's origin (and path), where attachment upload forms are posted and
   * downloads served; `https://attachments.mock.test` when absent.
   */
  readonly bucketUrl?: string;
}

/**
 * Options of {@link createTodoHandlers} with the realtime API: apart from the HTTP options,
 * so that code which passes plain {@link TodoHandlersOptions} keeps getting `HttpHandler[]`.
 */
export interface TodoMockOptions extends TodoHandlersOptions {
  /** Also serve the realtime API (asyncapi.yaml) at this URL, with this store's changes as events. */
  readonly realtime?: RealtimeMockOptions;
}

const isNonNegative = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function checkDelay(delay: LatencyOption | undefined): void {
  if (delay === undefined || delay === 'real' || isNonNegative(delay)) return;
  if (Array.isArray(delay) && delay.length === 2) {
    const [min, max] = delay as readonly unknown[];
    if (isNonNegative(min) && isNonNegative(max) && min <= max) return;
  }
  throw new InvalidMockOptionsError(
    `delay must be ms ≥ 0, [min, max] with 0 ≤ min ≤ max, or 'real'; got ${String(delay)}`,
  );
}

/** Checks the realtime options; throws InvalidMockOptionsError naming the wrong one. */
export function checkRealtime(realtime: RealtimeMockOptions | undefined): void {
  if (realtime === undefined) return;
  let protocol = '';
  try {
    protocol = new URL(realtime.url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'ws:' && protocol !== 'wss:')
    throw new InvalidMockOptionsError(`realtime.url must be an absolute ws: or wss: URL; got ${String(realtime.url)}`);
  if (realtime.channel !== undefined && (typeof realtime.channel !== 'string' || realtime.channel === ''))
    throw new InvalidMockOptionsError('realtime.channel must be a non-empty string');
  for (const name of ['idleTimeoutMs', 'maxConnectionMs'] as const) {
    const value = realtime.limits?.[name];
    if (value !== undefined && !(isNonNegative(value) && value > 0))
      throw new InvalidMockOptionsError(`realtime.limits.${name} must be a number of ms > 0; got ${String(value)}`);
  }
}

function checkFault(rule: FaultRule, index: number): void {
  const where = `faults[${index}]`;
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) {
    throw new InvalidMockOptionsError(`${where}.times must be an integer ≥ 0`);
  }
  if ('network' in rule) {
    if (rule.network !== true) throw new InvalidMockOptionsError(`${where}.network must be true`);
    return;
  }
  if (rule.status !== 429 && rule.status !== 503) {
    throw new InvalidMockOptionsError(
      `${where}.status must be 429 or 503 (the statuses the API documents for throttling)`,
    );
  }
  const retry = rule.retryAfter;
  if (retry !== undefined && !(Number.isInteger(retry) && retry >= 0 && retry <= 86400)) {
    throw new InvalidMockOptionsError(`${where}.retryAfter must be whole seconds in 0..86400`);
  }
}

/** The base URL without a trailing slash; throws when it is neither absolute nor a path. */
function checkBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string') throw new InvalidMockOptionsError('baseUrl is required');
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (trimmed === '' || trimmed.startsWith('/')) return trimmed;
  try {
    new URL(trimmed);
  } catch (cause) {
    throw new InvalidMockOptionsError(`baseUrl must be an absolute URL or a path; got ${baseUrl}`, { cause });
  }
  return trimmed;
}

/** Checks the options and returns the base URL normalised. */
export function checkOptions(options: TodoMockOptions): string {
  if (options === null || typeof options !== 'object') throw new InvalidMockOptionsError('options are required');
  checkDelay(options.delay);
  options.faults?.forEach(checkFault);
  checkRealtime(options.realtime);
  if (options.bucketUrl !== undefined) {
    try {
      new URL(options.bucketUrl);
    } catch (cause) {
      throw new InvalidMockOptionsError(`bucketUrl must be an absolute URL; got ${options.bucketUrl}`, { cause });
    }
  }
  return checkBaseUrl(options.baseUrl);
}
