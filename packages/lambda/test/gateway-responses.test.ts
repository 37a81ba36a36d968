// The answers API Gateway gives by itself (template.yaml's GatewayResponses) are written out
// as literal JSON, since a mapping template cannot call code. This proves they say what the
// contract's problem table and failure rules say, so they cannot drift apart.
import { PROBLEM_KINDS, type ProblemStatus, problem } from '@serverless-todo/contract';
import { type FailureKind, problemForFailure } from '@serverless-todo/contract/http';
import { describe, expect, test } from 'vitest';
import { lambdaStack } from '../build/lambda-stack.ts';

interface GatewayResponse {
  readonly StatusCode: number;
  readonly ResponseParameters: { readonly Headers: Record<string, string> };
  readonly ResponseTemplates: Record<string, string>;
}

const stack = lambdaStack();
const api = stack.resolve(stack.template.Resources.TodoApi?.Properties) as {
  GatewayResponses: Record<string, GatewayResponse>;
};
const responses = Object.entries(api.GatewayResponses);

/** The body API Gateway sends, with the request id it substitutes. */
const bodyOf = (response: GatewayResponse): Record<string, unknown> =>
  JSON.parse((response.ResponseTemplates['application/json'] as string).replace('$context.requestId', 'gw-1'));

/** A header as API Gateway sends it: the template quotes static values. */
const headerOf = (response: GatewayResponse, name: string): string | undefined =>
  response.ResponseParameters.Headers[name]?.replace(/^'|'$/g, '');

describe('GatewayResponses in template.yaml', () => {
  test('there are some to check', () => {
    expect(responses.length).toBeGreaterThanOrEqual(7);
  });

  test.each(responses)('%s: type, title and status are problem(StatusCode)’s', (_type, response) => {
    expect(Object.keys(PROBLEM_KINDS)).toContain(String(response.StatusCode));
    const { type, title, status } = problem(response.StatusCode as ProblemStatus);
    expect(bodyOf(response)).toMatchObject({ type, title, status, request_id: 'gw-1' });
    expect(headerOf(response, 'Content-Type')).toBe('application/problem+json');
  });

  // Gateway answers that the mock gives as well, through the same failure rules.
  test.each([
    ['MISSING_AUTHENTICATION_TOKEN', 'no-route'],
    ['THROTTLED', 'rate-limited'],
  ] as [string, FailureKind][])('%s answers as problemForFailure(%s)', (type, kind) => {
    const response = api.GatewayResponses[type] as GatewayResponse;
    const answer = problemForFailure(kind);
    expect(bodyOf(response)).toEqual({ ...answer.problem, request_id: 'gw-1' });
    expect(headerOf(response, 'Retry-After')).toBe(answer.headers['Retry-After']);
  });
});
