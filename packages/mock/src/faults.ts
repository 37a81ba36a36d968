// Injected failures. Each handler set keeps its own counters, so `times` counts the calls
// that set saw, and two mocks in one test never share a budget.
import type { OperationId } from '@serverless-todo/contract';
import { RETRY_AFTER_SECONDS } from '@serverless-todo/contract/http';
import type { FaultRule } from './options.ts';

/** What the pipeline does for a call a fault rule caught. */
export type FaultOutcome =
  | { readonly kind: 'network' }
  | { readonly kind: 'status'; readonly status: 429 | 503; readonly retryAfter: number };

/** The fault rules of one handler set, with what is left of each rule's `times`. */
export class FaultPlan {
  readonly #rules: { readonly rule: FaultRule; left: number }[];

  constructor(rules: readonly FaultRule[] = []) {
    this.#rules = rules.map((rule) => ({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
  }

  /** The fault for this call, if an unspent rule matches; uses one of that rule's `times`. */
  next(operationId: OperationId): FaultOutcome | null {
    const entry = this.#rules.find(
      ({ rule, left }) => left > 0 && (rule.operationId === undefined || rule.operationId === operationId),
    );
    if (!entry) return null;
    entry.left -= 1;
    const { rule } = entry;
    if ('network' in rule) return { kind: 'network' };
    return { kind: 'status', status: rule.status, retryAfter: rule.retryAfter ?? RETRY_AFTER_SECONDS };
  }
}
