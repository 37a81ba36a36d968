// The steps every call of an operation goes through, in the real API's order: injected
// fault → the gateway's authorizer (401) → contract validation (400/413/415) → ownership
// (403) → the operation's logic → domain errors mapped to problems.
import { type OperationId, type OperationInfo, validateRequest } from '@serverless-todo/contract';
import { HttpResponse } from 'msw';
import { subjectOf } from './dev-token.ts';
import { errorReply } from './error-replies.ts';
import type { FaultPlan } from './faults.ts';
import { implementations, type MockState, type OperationCall } from './operations.ts';
import { problemReply, type ReplyContext, validationReply } from './reply.ts';
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
  // Worded as the real sources word them: the gateway's throttle (429) says nothing more,
  // the functions' DynamoDB throttling (503) says that nothing was written.
  const details = fault.status === 503 ? { detail: 'Nothing was written.' } : {};
  return problemReply(reply, fault.status, details, { 'Retry-After': String(fault.retryAfter) });
}

/** Runs one call through the pipeline. Throws only on a bug in the mock. */
export async function runCall(set: HandlerSet, call: Call): Promise<Response> {
  const faulted = faultReply(set, call);
  if (faulted) return faulted;

  const { operation, request, reply } = call;
  const operationId = operation.operationId as OperationId;
  const incoming = await readRequest(operationId, request, set.basePath, call.params);
  let principal = '';
  if (operation.auth) {
    principal = subjectOf(request.headers.get('authorization')) ?? '';
    if (principal === '') return problemReply(reply, 401);
  }
  const validation = validateRequest(operationId, incoming);
  if (!validation.ok) return validationReply(reply, validation.problem);
  const owner = (validation.value.path as { user_id?: string }).user_id;
  if (owner !== undefined && owner !== principal) return problemReply(reply, 403);

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
