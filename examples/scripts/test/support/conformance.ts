// A fetch that checks every API response it passes on against openapi.yaml. The scripts take
// it through their context (injected, not patched); violations are collected, so a test
// can assert "none" at the end instead of a script failing with an unrelated message.
import type { FetchFunction } from '@serverless-todo/client';
import { matchRoute } from '@serverless-todo/contract';
import { conformanceErrors } from '@serverless-todo/contract/responses';

/** The checking fetch and what it saw. */
export interface CheckedFetch {
  readonly fetch: FetchFunction;
  /** How many API responses were checked. */
  readonly checked: () => number;
  /** One message per response that departs from the contract. */
  readonly violations: string[];
}

/**
 * Wraps `inner` (default: globalThis.fetch) so that every response of an API route is
 * checked against openapi.yaml (conformanceErrors: the list behind assertConforms). Other
 * URLs (the dev token endpoint) pass unchecked.
 *
 * @example
 * ```ts
 * const checked = checkedFetch();
 * await quickstart({ ...context, fetch: checked.fetch });
 * expect(checked.violations).toEqual([]);
 * ```
 */
export function checkedFetch(inner: FetchFunction = (input, init) => globalThis.fetch(input, init)): CheckedFetch {
  let checked = 0;
  const violations: string[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const response = await inner(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const route = matchRoute(method, url.pathname);
    if (route) {
      const text = await response.clone().text();
      let errors: string[];
      try {
        const body = text === '' ? undefined : JSON.parse(text);
        errors = conformanceErrors(route.operation.operationId, {
          status: response.status,
          headers: response.headers,
          body,
        });
      } catch (error) {
        errors = [`body is not JSON: ${(error as Error).message}`];
      }
      checked++;
      if (errors.length > 0) violations.push(`${method} ${url.pathname} → ${response.status}: ${errors.join('; ')}`);
    }
    return response;
  };
  return { fetch, checked: () => checked, violations };
}
