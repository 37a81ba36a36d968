// Responses with the headers the real API sends on every answer. Built here only, so no
// handler can forget X-Request-Id or Cache-Control.
import {
  PROBLEM_CONTENT_TYPE,
  type Problem,
  type ProblemDetails,
  type ProblemStatus,
  problem,
} from '@serverless-todo/contract';
import { EXPOSE_HEADERS } from '@serverless-todo/contract/http';
import { HttpResponse } from 'msw';

/** The per-request facts every response repeats. */
export interface ReplyContext {
  /** A fresh uuid, as the Lambda request id is. */
  readonly requestId: string;
}

function headersFor(context: ReplyContext, extra: Readonly<Record<string, string>>): Headers {
  const headers = new Headers(extra);
  headers.set('X-Request-Id', context.requestId);
  headers.set('Cache-Control', 'no-store');
  // The API's CORS allow-list defaults to `*`; its gateway adds it to errors too, and it
  // exposes the headers a browser client needs to read.
  headers.set('Access-Control-Allow-Origin', '*');
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  return headers;
}

/** A JSON success response. */
export function json(
  context: ReplyContext,
  status: number,
  body: unknown,
  extra: Readonly<Record<string, string>> = {},
): HttpResponse<string> {
  const headers = headersFor(context, extra);
  headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(body), { status, headers });
}

/** A bodyless response (204 for deletes). */
export function empty(context: ReplyContext, status: number): HttpResponse<null> {
  return new HttpResponse(null, { status, headers: headersFor(context, {}) });
}

/** An RFC 9457 problem, built by the contract's `problem()` so it matches the server's. */
export function problemReply(
  context: ReplyContext,
  status: ProblemStatus,
  details: ProblemDetails = {},
  extra: Readonly<Record<string, string>> = {},
): HttpResponse<string> {
  return problemBodyReply(context, problem(status, details), extra);
}

/** A problem the contract already built (`validateRequest`, `problemForFailure`), stamped with the request id. */
export function problemBodyReply(
  context: ReplyContext,
  body: Problem,
  extra: Readonly<Record<string, string>> = {},
): HttpResponse<string> {
  const headers = headersFor(context, extra);
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE);
  return new HttpResponse(JSON.stringify({ ...body, request_id: context.requestId }), { status: body.status, headers });
}
