// CloudWatch metrics in the embedded metric format (EMF): JSON lines on stdout that
// CloudWatch turns into metrics, so no API call is made on the request path. Powertools
// reads POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME (the `service` dimension)
// itself; POWERTOOLS_METRICS_DISABLED turns it off, as the tests do by default.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** The function instance's metrics buffer. */
export const metrics: Metrics = new Metrics();

/** What one request is counted by. */
export interface RequestMeasure {
  readonly operationId: string;
  readonly status: number;
  readonly latencyMs: number;
  /** The `function_name` dimension of the cold-start metric. */
  readonly functionName: string;
}

/**
 * The class of an HTTP status, a dimension with few values (unlike the status itself), so
 * an alarm on `5xx` needs one metric per operation.
 *
 * @example
 * ```ts
 * statusClass(412); // '4xx'
 * ```
 */
export const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`;

/**
 * Emits one request's metrics and flushes them: `Requests` (Count) and `Latency`
 * (Milliseconds) by operation and status class, plus `ColdStart` on an instance's first
 * request. Flushing per call means nothing waits for a next invocation that may never come.
 *
 * @example
 * ```ts
 * recordRequest({ operationId: 'getTask', status: 200, latencyMs: 12.5, functionName: context.functionName });
 * ```
 */
export function recordRequest({ operationId, status, latencyMs, functionName }: RequestMeasure): void {
  // A no-op after the instance's first call; emitted as its own EMF line, by function name.
  metrics.captureColdStartMetric(functionName);
  metrics.addDimensions({ operation: operationId, status_class: statusClass(status) });
  metrics.addMetric('Requests', MetricUnit.Count, 1);
  metrics.addMetric('Latency', MetricUnit.Milliseconds, latencyMs);
  metrics.publishStoredMetrics();
}
