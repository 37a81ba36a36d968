// Test users. Each test gets users nobody else touches: fresh ids on targets that sign any
// id (mock, local API), or the two fixed users of a deployed API with their tasks cleared.
import { randomUUID } from 'node:crypto';
import type { ApiClient } from './http/api-client.ts';
import { deleteAll } from './http/tasks.ts';

/**
 * A user id no other test uses (matches the contract's `^[A-Za-z0-9._@-]+$`).
 *
 * @example
 * ```ts
 * freshUserId(); // 'u-0b6c…'
 * ```
 */
export const freshUserId = (): string => `u-${randomUUID()}`;

/**
 * Two users with no tasks, for one test.
 *
 * @example
 * ```ts
 * const [alice, bob] = await twoEmptyUsers(api);
 * ```
 */
export async function twoEmptyUsers(api: ApiClient): Promise<readonly [string, string]> {
  const fixed = api.target.fixedUsers;
  if (fixed === undefined) return [freshUserId(), freshUserId()];
  for (const user of fixed) await deleteAll(api, user);
  return fixed;
}
