// Matches a request path against the template's resource paths the way API Gateway does:
// a literal segment beats `{param}`, which beats a greedy `{proxy+}`.
import type { RouteModel } from '../template/model.ts';

/** A route that matched, with its (decoded) path parameters. */
export interface MatchedRoute {
  readonly route: RouteModel;
  readonly pathParameters: Record<string, string> | null;
}

interface CompiledResource {
  readonly methods: readonly RouteModel[];
  readonly segments: readonly string[];
  /** One rank per segment: 0 literal, 1 parameter, 2 greedy. Lower sorts first. */
  readonly ranks: readonly number[];
}

const splitPath = (path: string) => path.split('/').slice(1);
const rankOf = (segment: string) => (/^\{.+\+\}$/.test(segment) ? 2 : /^\{.+\}$/.test(segment) ? 1 : 0);
const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a malformed %-escape is passed through as sent
  }
};

function compare(a: CompiledResource, b: CompiledResource): number {
  for (let i = 0; i < Math.max(a.ranks.length, b.ranks.length); i++) {
    const diff = (a.ranks[i] ?? -1) - (b.ranks[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

function matchSegments(compiled: CompiledResource, parts: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < compiled.segments.length; i++) {
    const segment = compiled.segments[i] as string;
    const rank = compiled.ranks[i];
    if (rank === 2) {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.some((p) => p === '')) return null;
      params[segment.slice(1, -2)] = decode(rest.join('/'));
      return params;
    }
    const part = parts[i];
    if (part === undefined || part === '') return null;
    if (rank === 1) params[segment.slice(1, -1)] = decode(part);
    else if (segment !== part) return null;
  }
  return parts.length === compiled.segments.length ? params : null;
}

/**
 * Builds a matcher over the template's routes. Like API Gateway it first picks the most
 * specific resource that matches the path, then the method on it (exact, else ANY).
 *
 * @example
 * ```ts
 * const match = routeMatcher(model.routes);
 * match('GET', '/users/u1/tasks')?.route.functionId; // 'ListTasksFunction'
 * ```
 */
export function routeMatcher(routes: readonly RouteModel[]) {
  const byResource = new Map<string, RouteModel[]>();
  for (const route of routes) byResource.set(route.resource, [...(byResource.get(route.resource) ?? []), route]);
  const compiled = [...byResource.entries()]
    .map(([resource, methods]): CompiledResource => {
      const segments = resource === '/' ? [] : splitPath(resource);
      return { methods, segments, ranks: segments.map(rankOf) };
    })
    .sort(compare);
  const resourceAt = (path: string) => {
    const parts = path === '/' ? [] : splitPath(path);
    for (const candidate of compiled) {
      const params = matchSegments(candidate, parts);
      if (params) return { candidate, params };
    }
    return null;
  };
  const match = (method: string, path: string): MatchedRoute | null => {
    const found = resourceAt(path);
    if (!found) return null;
    const { methods } = found.candidate;
    const route = methods.find((r) => r.method === method) ?? methods.find((r) => r.method === 'ANY');
    if (!route) return null;
    return { route, pathParameters: Object.keys(found.params).length ? found.params : null };
  };
  return Object.assign(match, {
    /** The methods the resource at `path` serves, or [] when no resource matches (CORS preflights). */
    methodsAt: (path: string): string[] => resourceAt(path)?.candidate.methods.map((r) => r.method) ?? [],
  });
}

/** What `routeMatcher` returns. */
export type RouteMatcher = ReturnType<typeof routeMatcher>;
