// The steps every call of an operation goes through, in the real API's order: injected
// fault → the gateway's authorizer (401) → contract validation (400/413/415) → ownership
// (403) → the operation's logic → domain errors mapped to problems.
import { type OperationId, type OperationInfo, validateRequest } from '@serverless-todo/contract';
import { authorize } from '@serverless-todo/contract/http';
import { HttpResponse } from 'msw';
import { subjectOf } from './dev-token.ts';
import { errorReply, failureReply } from './error-replies.ts';
import type { FaultPlan } from './faults.ts';
import { implementations, type MockState, type OperationCall } from './operations.ts';
import { problemBodyReply, problemReply, type ReplyContext } from './reply.ts';
import { readRequest } from './request.ts';

/** What one handler set shares between its calls. */
export interface HandlerSet {
  readonly state: MockState;
  readonly faults: FaultPlan;
  /** The path part of the base URL, stripped before matching the operation table. */
  readonly basePath: string;
}

/** One call: the operation MSW matched, the request and its per-call context. */
export interface Call {
  readonly operation: OperationInfo;
  readonly request: Request;
  readonly params: Record<string, unknown>;
  readonly reply: ReplyContext;
  readonly pause: () => Promise<void>;
}

function faultReply(set: HandlerSet, { operation, reply }: Call): Response | null {
  const fault = set.faults.next(operation.operationId as OperationId);
  if (fault === null) return null;
  if (fault.kind === 'network') return HttpResponse.error();
  // Answered as the real sources answer: the gateway's throttle (429), or the functions'
  // DynamoDB throttling (503), which says that nothing was written.
  return failureReply(reply, fault.status === 503 ? 'throttled' : 'rate-limited', { retryAfter: fault.retryAfter });
}

/** Runs one call through the pipeline. Throws only on a bug in the mock. */
export async function runCall(set: HandlerSet, call: Call): Promise<Response> {
  const faulted = faultReply(set, call);
  if (faulted) return faulted;

  const { operation, request, reply } = call;
  const operationId = operation.operationId as OperationId;
  const incoming = await readRequest(operationId, request, set.basePath, call.params);
  // The gateway's authorizer refuses a missing or bad token before the function validates.
  const subject = operation.auth ? (subjectOf(request.headers.get('authorization')) ?? undefined) : undefined;
  if (operation.auth && subject === undefined) return problemReply(reply, 401);
  const validation = validateRequest(operationId, incoming);
  if (!validation.ok) return problemBodyReply(reply, validation.problem);
  const access = authorize(operation.auth, subject, validation.value.path);
  if (typeof access === 'number') return problemReply(reply, access);
  const { principal } = access;

  const implementation = implementations[operationId] as (call: OperationCall<OperationId>) => Promise<Response>;
  try {
    return await implementation({
      request: validation.value,
      principal,
      incoming,
      reply,
      state: set.state,
      pause: call.pause,
    } as OperationCall<OperationId>);
  } catch (error) {
    const answer = errorReply(reply, error);
    if (answer) return answer;
    throw error;
  }
}
