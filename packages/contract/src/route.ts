import { type OperationId, operations } from './generated/operations.ts';
import type { OperationInfo } from './runtime/operation-info.ts';

/** The operation a request is for, with its path parameters (still URL-decoded strings). */
export interface RouteMatch {
  readonly operation: OperationInfo & { readonly operationId: OperationId };
  readonly pathParameters: Record<string, string>;
}

const table = Object.values(operations) as RouteMatch['operation'][];

/**
 * Finds the operation of openapi.yaml that serves `method` and `path`, or null.
 *
 * @example
 * ```ts
 * matchRoute('GET', '/users/u1/tasks')?.operation.operationId; // 'listTasks'
 * ```
 */
export function matchRoute(method: string, path: string): RouteMatch | null {
  const upper = method.toUpperCase();
  for (const operation of table) {
    if (operation.method !== upper) continue;
    const m = operation.pattern.exec(path);
    if (m === null) continue;
    const pathParameters: Record<string, string> = {};
    let ok = true;
    operation.pathParameters.forEach((name, i) => {
      try {
        pathParameters[name] = decodeURIComponent(m[i + 1] as string);
      } catch {
        ok = false; // a malformed %-escape cannot name any resource
      }
    });
    if (ok) return { operation, pathParameters };
  }
  return null;
}

/**
 * The methods that some operation serves at `path` (for CORS preflights and 405s).
 *
 * @example
 * ```ts
 * allowedMethods('/users/u1/tasks'); // ['POST', 'GET']
 * ```
 */
export function allowedMethods(path: string): string[] {
  return table.filter((op) => op.pattern.test(path)).map((op) => op.method);
}
