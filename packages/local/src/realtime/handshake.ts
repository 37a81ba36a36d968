// The $connect handshake as API Gateway runs it: the identity sources must be present (else
// 401 without invoking anything), then the REQUEST authorizer decides (its `Unauthorized`
// error is 401, a Deny policy 403), then the $connect function (a non-2xx answer refuses).
import { randomUUID } from 'node:crypto';
import type { FunctionRuntime } from '../gateway/function-runtime.ts';
import type { WebSocketRouteModel } from '../template/model.ts';
import { authorizerEvent, type ConnectionFacts, connectEvent, type Handshake } from './websocket-events.ts';

/** How a handshake ended: accepted with the authorizer's context, or refused with a status. */
export type HandshakeOutcome =
  | { readonly ok: true; readonly authorizer: Readonly<Record<string, unknown>> | null }
  | { readonly ok: false; readonly status: number; readonly reason: string };

/** Whether every identity source (`route.request.querystring.X`, `route.request.header.X`) is there. */
function hasIdentity(sources: readonly string[], handshake: Handshake): boolean {
  return sources.every((source) => {
    const query = /^route\.request\.querystring\.(.+)$/.exec(source)?.[1];
    if (query !== undefined) return (handshake.query.get(query) ?? '') !== '';
    const header = /^route\.request\.header\.(.+)$/.exec(source)?.[1];
    if (header !== undefined) return (handshake.headers[header.toLowerCase()] ?? '') !== '';
    return false;
  });
}

interface PolicyStatement {
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly Resource?: unknown;
}

/** Whether the policy allows `execute-api:Invoke` on the method (a `*` in a Resource matches anything). */
function allows(result: unknown, methodArn: string): boolean {
  const statements = (result as { policyDocument?: { Statement?: unknown } } | null)?.policyDocument?.Statement;
  const list = (Array.isArray(statements) ? statements : [statements]) as PolicyStatement[];
  const matches = (value: unknown) =>
    (Array.isArray(value) ? value : [value]).some((pattern) => {
      if (typeof pattern !== 'string') return false;
      const regex = new RegExp(
        `^${pattern
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
          .join('.*')}$`,
      );
      return regex.test(methodArn);
    });
  const invoke = (s: PolicyStatement) =>
    matches(s.Resource) &&
    (Array.isArray(s.Action) ? s.Action : [s.Action]).some(
      (a) => a === 'execute-api:Invoke' || a === 'execute-api:*' || a === '*',
    );
  if (list.some((s) => s?.Effect === 'Deny' && invoke(s))) return false;
  return list.some((s) => s?.Effect === 'Allow' && invoke(s));
}

/**
 * Runs the handshake of one connection through the authorizer and the $connect function.
 *
 * @example
 * ```ts
 * const outcome = await runHandshake(route, runtimes, facts, handshake);
 * if (!outcome.ok) refuse(socket, outcome.status);
 * ```
 */
export async function runHandshake(
  route: WebSocketRouteModel | undefined,
  runtimes: ReadonlyMap<string, FunctionRuntime>,
  facts: ConnectionFacts,
  handshake: Handshake,
): Promise<HandshakeOutcome> {
  let authorizer: Record<string, unknown> | null = null;
  if (route?.authorizer) {
    if (!hasIdentity(route.authorizer.identitySource, handshake)) {
      return { ok: false, status: 401, reason: 'identity source missing' };
    }
    const event = authorizerEvent(facts, handshake, randomUUID()) as { methodArn: string };
    const started = Date.now();
    const outcome = await runtimes.get(route.authorizer.functionId)!.invoke(event, randomUUID());
    if (outcome.kind === 'timeout') return { ok: false, status: 500, reason: 'authorizer timed out' };
    if (outcome.kind === 'error') {
      return outcome.error.errorMessage === 'Unauthorized'
        ? { ok: false, status: 401, reason: 'authorizer: Unauthorized' }
        : { ok: false, status: 500, reason: `authorizer failed: ${outcome.error.errorType}` };
    }
    if (!allows(outcome.value, event.methodArn)) return { ok: false, status: 403, reason: 'authorizer denied' };
    const value = outcome.value as { principalId?: unknown; context?: Record<string, unknown> | null };
    authorizer = { ...(value.context ?? {}), principalId: value.principalId, integrationLatency: Date.now() - started };
  }
  if (route) {
    const outcome = await runtimes
      .get(route.functionId)!
      .invoke(connectEvent(facts, handshake, authorizer, randomUUID()), randomUUID());
    if (outcome.kind !== 'result') return { ok: false, status: 500, reason: `$connect ${outcome.kind}` };
    const status = Number((outcome.value as { statusCode?: unknown } | null)?.statusCode ?? 200);
    if (!(status >= 200 && status < 300)) return { ok: false, status, reason: `$connect answered ${status}` };
  }
  return { ok: true, authorizer };
}
