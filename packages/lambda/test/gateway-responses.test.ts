// The answers API Gateway gives by itself (template.yaml's GatewayResponses) are written out
// as literal JSON, since a mapping template cannot call code. This proves they say what the
// contract's problem table and failure rules say, so they cannot drift apart.
import { readFileSync } from 'node:fs';
import { PROBLEM_KINDS, type ProblemStatus, problem } from '@serverless-todo/contract';
import { type FailureKind, problemForFailure } from '@serverless-todo/contract/http';
import { describe, expect, test } from 'vitest';
import { parse, type Tags } from 'yaml';
import { templatePath } from '../template-path.js';

interface GatewayResponse {
  readonly StatusCode: number;
  readonly ResponseParameters: { readonly Headers: Record<string, string> };
  readonly ResponseTemplates: Record<string, string>;
}

// CloudFormation's short-form intrinsics, read as plain values: only literals matter here.
const intrinsics: Tags = ['Ref', 'Sub', 'GetAtt'].flatMap((name) =>
  (['scalar', 'seq', 'map'] as const).map((nodeClass) => ({
    tag: `!${name}`,
    collection: nodeClass === 'scalar' ? undefined : nodeClass,
    resolve: (value: unknown) => value,
  })),
) as Tags;

const template = parse(readFileSync(templatePath, 'utf8'), { customTags: intrinsics }) as {
  Resources: { TodoApi: { Properties: { GatewayResponses: Record<string, GatewayResponse> } } };
};
const responses = Object.entries(template.Resources.TodoApi.Properties.GatewayResponses);

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
    const response = template.Resources.TodoApi.Properties.GatewayResponses[type] as GatewayResponse;
    const answer = problemForFailure(kind);
    expect(bodyOf(response)).toEqual({ ...answer.problem, request_id: 'gw-1' });
    expect(headerOf(response, 'Retry-After')).toBe(answer.headers['Retry-After']);
  });
});
