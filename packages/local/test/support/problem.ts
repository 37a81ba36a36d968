// Gateway responses that belong to no operation (unknown route, 502, 504) are still checked
// against the contract's Problem schema, through a validator the contract generated for it.
import { responseValidators } from '@serverless-todo/contract/responses';
import { expect } from 'vitest';
import type { Seen } from './http.ts';

const validateProblem = responseValidators['getTask 404 application/problem+json'];

/** Asserts a problem+json gateway response with this status and the request id in body and header. */
export function expectGatewayProblem(res: Seen, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('cache-control')).toBe('no-store');
  if (!validateProblem) throw new Error('the contract has no Problem validator for getTask 404');
  expect(validateProblem(res.body), JSON.stringify(validateProblem.errors)).toBe(true);
  const body = res.body as { status: number; request_id: string };
  expect(body.status).toBe(status);
  expect(body.request_id).toBe(res.headers.get('x-amzn-requestid'));
}
