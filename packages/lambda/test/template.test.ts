// template.yaml against openapi.yaml and the code: routes one-to-one, handlers built,
// environment complete, least privilege, and gateway-level errors in the contract's format.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS } from '@aws-lambda-powertools/idempotency';
import { type OperationId, operations } from '@serverless-todo/contract';
import { conformanceErrors } from '@serverless-todo/contract/responses';
import { describe, expect, test } from 'vitest';
import { loadTemplate, templateFunctions, templateTables } from '../build/template.ts';
import { FUNCTION_ENV } from '../src/env.ts';
import { distPath, templatePath } from '../template-path.js';

const template = loadTemplate();
const functions = templateFunctions(template);
const allOperations = Object.values(operations);
const resource = (id: string) => template.Resources[id] as { Properties: Record<string, unknown> };

describe('routes', () => {
  test('every (method, path) of openapi.yaml has exactly one function event, and vice versa', () => {
    const templateRoutes = functions.flatMap((fn) => fn.routes.map((route) => `${route.method} ${route.path}`)).sort();
    const specRoutes = allOperations.map((op) => `${op.method} ${op.path}`).sort();
    expect(templateRoutes).toEqual(specRoutes);
    expect(new Set(templateRoutes).size).toBe(templateRoutes.length);
  });

  test.each(functions.map((fn) => [fn.logicalId, fn] as const))(
    '%s serves the operation its CodeUri names, and only it',
    (_id, fn) => {
      const operation = operations[fn.operationId as OperationId];
      expect(operation).toBeDefined();
      expect(fn.routes).toEqual([{ method: operation.method, path: operation.path }]);
    },
  );

  test('the authorizer guards every operation the spec secures, and only getHello is public', () => {
    const api = resource('TodoApi').Properties as { Auth: { DefaultAuthorizer: string } };
    expect(api.Auth.DefaultAuthorizer).toBe('CognitoAuthorizer');
    for (const fn of functions) {
      const events = resource(fn.logicalId).Properties.Events as Record<string, { Properties: { Auth?: unknown } }>;
      const auth = Object.values(events)[0]?.Properties.Auth;
      const publicRoute = operations[fn.operationId as OperationId].auth === false;
      expect(auth, fn.logicalId).toEqual(publicRoute ? { Authorizer: 'NONE' } : undefined);
    }
  });
});

describe('functions', () => {
  test.each(functions.map((fn) => [fn.logicalId, fn] as const))(
    '%s: Handler points at a built entry that sam build ships',
    (_id, fn) => {
      const [file, exported] = fn.handler.split('.');
      expect(exported).toBe('handler');
      const dir = join(distPath, fn.operationId);
      expect(fn.codeUri.replace(/\/$/, '')).toBe(`dist/${fn.operationId}`);
      expect(existsSync(join(dir, `${file}.mjs`))).toBe(true);
      expect(readFileSync(join(dir, 'Makefile'), 'utf8')).toContain(`build-${fn.logicalId}:`);
      expect(template.Resources[fn.logicalId]?.Metadata).toEqual({ BuildMethod: 'makefile' });
    },
  );

  test.each(functions.map((fn) => [fn.logicalId, fn] as const))(
    '%s: has every environment variable its code reads',
    (_id, fn) => {
      const reads = FUNCTION_ENV[fn.operationId as OperationId];
      expect(Object.keys(fn.environment)).toEqual(expect.arrayContaining([...reads]));
    },
  );

  test('Lambda settings: nodejs22.x on arm64, memory set, timeout under API Gateway’s 29 s, tracing on', () => {
    const globals = template.Globals?.Function as Record<string, unknown>;
    expect(globals.Runtime).toBe('nodejs22.x');
    expect(globals.Architectures).toEqual(['arm64']);
    expect(globals.Tracing).toBe('Active');
    for (const fn of functions) {
      const props = resource(fn.logicalId).Properties;
      const timeout = Number(props.Timeout ?? globals.Timeout);
      expect(timeout).toBeGreaterThan(0);
      expect(timeout).toBeLessThan(29);
      expect(Number(props.MemorySize ?? globals.MemorySize)).toBeGreaterThanOrEqual(128);
    }
  });

  const READ_ACTIONS = new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:Scan']);
  const needs: Record<string, string[]> = {
    createTask: ['dynamodb:PutItem', 'dynamodb:GetItem'],
    updateTask: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
    deleteTask: ['dynamodb:DeleteItem', 'dynamodb:GetItem'],
  };

  test.each(functions.map((fn) => [fn.logicalId, fn] as const))('%s: least-privilege policies', (_id, fn) => {
    const policies = (resource(fn.logicalId).Properties.Policies ?? []) as Record<string, unknown>[];
    const text = JSON.stringify(policies);
    expect(text).not.toContain('dynamodb:*');
    expect(text).not.toContain('"Resource":"*"');
    if (fn.operationId === 'getHello') expect(policies).toEqual([]);
    else if (operations[fn.operationId as OperationId].method === 'GET') {
      // Read-only functions get the SAM read-only policy template only.
      expect(policies.map((policy) => Object.keys(policy)[0])).toEqual(['DynamoDBReadPolicy']);
    } else {
      const statements = policies.flatMap(
        (policy) => (policy.Statement ?? []) as { Action: string[]; Resource: unknown }[],
      );
      const onTasks = statements
        .filter((s) => JSON.stringify(s.Resource).includes('TasksTable'))
        .flatMap((s) => s.Action);
      expect(onTasks.sort()).toEqual([...(needs[fn.operationId] ?? [])].sort());
      expect(onTasks.some((action) => READ_ACTIONS.has(action) && action !== 'dynamodb:GetItem')).toBe(false);
    }
  });
});

describe('tables', () => {
  const tables = Object.fromEntries(templateTables().map((t) => [t.logicalId, t.properties]));

  test('the tasks table: user_id HASH + task_id RANGE, on demand, point-in-time recovery', () => {
    expect(tables.TasksTable).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'user_id', KeyType: 'HASH' },
        { AttributeName: 'task_id', KeyType: 'RANGE' },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  test("the idempotency table: Powertools' key and expiry attributes, with TTL on the expiry", () => {
    expect(tables.IdempotencyTable).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS.expiryAttr, Enabled: true },
    });
  });
});

describe('gateway responses speak problem+json as the contract documents it', () => {
  const api = resource('TodoApi').Properties as {
    GatewayResponses: Record<
      string,
      {
        StatusCode?: number;
        ResponseParameters: { Headers: Record<string, string> };
        ResponseTemplates: Record<string, string>;
      }
    >;
  };
  const render = (type: string) => {
    const response = api.GatewayResponses[type];
    if (!response) throw new Error(`no ${type} gateway response`);
    const headers = Object.fromEntries(
      Object.entries(response.ResponseParameters.Headers).map(([name, value]) => [name, value.replace(/^'|'$/g, '')]),
    );
    headers['X-Request-Id'] = 'gw-request-id'; // API Gateway adds x-amzn-RequestId; the contract's header comes from the template
    const body = JSON.parse(
      (response.ResponseTemplates['application/json'] as string).replace('$context.requestId', 'gw-request-id'),
    );
    return { status: response.StatusCode ?? body.status, headers, body };
  };
  const authed = allOperations.filter((op) => op.auth).map((op) => op.operationId as OperationId);
  const withBody = allOperations.filter((op) => op.body !== null).map((op) => op.operationId as OperationId);
  const cases: [string, OperationId[]][] = [
    ['UNAUTHORIZED', authed],
    ['ACCESS_DENIED', authed],
    ['THROTTLED', allOperations.map((op) => op.operationId as OperationId)],
    ['REQUEST_TOO_LARGE', withBody],
    ['MISSING_AUTHENTICATION_TOKEN', ['getTask', 'updateTask', 'deleteTask']],
  ];

  test.each(cases)('%s conforms for %j', (type, operationIds) => {
    const response = render(type);
    for (const operationId of operationIds) {
      // Documented headers that only API Gateway adds at run time are not in the template.
      const errors = conformanceErrors(operationId, response).filter((e) => !e.includes('X-Request-Id'));
      expect(errors, `${type} as ${operationId}`).toEqual([]);
    }
  });

  test('the 5xx ones are problems too', () => {
    for (const type of ['INTEGRATION_TIMEOUT', 'DEFAULT_5XX']) {
      const { headers, body } = render(type);
      expect(headers['Content-Type']).toBe('application/problem+json');
      expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: expect.any(Number) });
    }
  });
});

test('the stack outputs the API URL', () => {
  expect(readFileSync(templatePath, 'utf8')).toMatch(/Outputs:\s*\n\s+ApiUrl:/);
  expect(JSON.stringify((template.Outputs as Record<string, unknown>).ApiUrl)).toContain('execute-api');
});
