// A user's counters are split over SUMMARY_BUCKETS items by task id: each item keeps the
// positions of its own tasks next to its counters (see apply-change.ts), and one item would
// outgrow DynamoDB's 400 KB for a user with many thousands of tasks.

/** Items per user; getSummary reads and adds them all. */
export const SUMMARY_BUCKETS = 16;

/**
 * The bucket of a task: the first hex digit of its id (random in a v4 UUID).
 *
 * @example
 * ```ts
 * bucketOf('3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70'); // 3
 * ```
 */
export function bucketOf(taskId: string): number {
  const digit = Number.parseInt(taskId.charAt(0), 16);
  return Number.isNaN(digit) ? taskId.charCodeAt(0) % SUMMARY_BUCKETS : digit % SUMMARY_BUCKETS;
}
