// template.yaml against openapi.yaml and the code: routes one-to-one, handlers built,
// environment complete, least privilege, and gateway-level errors in the contract's format.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS } from '@aws-lambda-powertools/idempotency';
import { type OperationId, operations } from '@serverless-todo/contract';
import { conformanceErrors } from '@serverless-todo/contract/responses';
import { describe, expect, test } from 'vitest';
import { lambdaFunctions, lambdaStack } from '../build/lambda-stack.ts';
import { FUNCTION_ENV } from '../src/generated/function-env.ts';

const stack = lambdaStack();
const template = stack.template;
const everyFunction = lambdaFunctions(stack);
const functions = everyFunction.filter(
  (fn): fn is typeof fn & { operationId: OperationId } => fn.kind === 'http' && fn.operationId !== null,
);
const allOperations = Object.values(operations);
const resource = (id: string) => template.Resources[id] as { Properties: Record<string, unknown> };
const modelOf = (id: string) => stack.functions.get(id)!;

describe('routes', () => {
  test('every operation of openapi.yaml has exactly one http function, and every http function is an operation', () => {
    const served = functions.map((fn) => fn.operationId).sort();
    expect(served).toEqual(allOperations.map((op) => op.operationId).sort());
    expect(new Set(served).size).toBe(served.length);
  });

  test.each(functions.map((fn) => [fn.logicalId, fn] as const))('%s has exactly its operation’s route', (_id, fn) => {
    const operation = operations[fn.operationId];
    const routes = modelOf(fn.logicalId).events.map((e) => (e.type === 'Api' ? `${e.method} ${e.path}` : e.type));
    expect(routes).toEqual([`${operation.method} ${operation.path}`]);
  });

  test('the authorizer guards every operation the spec secures, and only getHello is public', () => {
    const api = resource('TodoApi').Properties as { Auth: { DefaultAuthorizer: string } };
    expect(api.Auth.DefaultAuthorizer).toBe('CognitoAuthorizer');
    for (const fn of functions) {
      const events = resource(fn.logicalId).Properties.Events as Record<string, { Properties: { Auth?: unknown } }>;
      const auth = Object.values(events)[0]?.Properties.Auth;
      const publicRoute = operations[fn.operationId].auth === false;
      expect(auth, fn.logicalId).toEqual(publicRoute ? { Authorizer: 'NONE' } : undefined);
    }
  });
});

describe('functions', () => {
  test.each(everyFunction.map((fn) => [fn.logicalId, fn] as const))(
    '%s: Handler points at a built entry that sam build ships',
    (_id, fn) => {
      const model = modelOf(fn.logicalId);
      expect(model.exportName).toBe('handler');
      expect(model.codeUri.replace(/\/$/, '')).toBe(`dist/${fn.logicalId}`);
      expect(existsSync(fn.outfile)).toBe(true);
      expect(readFileSync(join(fn.outdir, 'Makefile'), 'utf8')).toContain(`build-${fn.logicalId}:`);
      expect(model.metadata).toEqual({ BuildMethod: 'makefile' });
    },
  );

  test.each(everyFunction.map((fn) => [fn.logicalId, fn] as const))(
    '%s: every variable its code can read is set by the template, and resolves',
    (_id, fn) => {
      const reads = FUNCTION_ENV[fn.logicalId as keyof typeof FUNCTION_ENV];
      const env = lambdaStack({ CursorSecret: 'x'.repeat(32) }).environmentOf(fn.logicalId);
      expect(Object.keys(env)).toEqual([...reads]);
      for (const value of Object.values(env)) expect(value).not.toMatch(/^\[object/);
    },
  );

  test('Lambda settings: nodejs22.x on arm64, memory set, http timeouts under API Gateway’s 29 s, tracing on', () => {
    const globals = template.Globals?.Function as Record<string, unknown>;
    expect(globals.Runtime).toBe('nodejs22.x');
    expect(globals.Architectures).toEqual(['arm64']);
    expect(globals.Tracing).toBe('Active');
    for (const fn of stack.functions.values()) {
      expect(fn.runtime).toBe('nodejs22.x');
      // API Gateway waits 29 s for a function; event-driven ones may take up to Lambda's 15 minutes.
      if (fn.kind === 'http' || fn.kind === 'preflight') expect(fn.timeoutSeconds).toBeLessThan(29);
      else expect(fn.timeoutSeconds).toBeLessThanOrEqual(900);
      expect(fn.memoryMB).toBeGreaterThanOrEqual(128);
    }
  });

  const READ_ACTIONS = new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:Scan']);
  const needs: Record<string, string[]> = {
    createTask: ['dynamodb:PutItem', 'dynamodb:GetItem'],
    updateTask: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
    deleteTask: ['dynamodb:DeleteItem', 'dynamodb:GetItem'],
  };

  // The attachment functions: each action on each resource, by the resource's logical id
  // (`AttachmentsBucket/*` for its objects), and nothing else.
  const attachmentNeeds: Record<string, Record<string, string[]>> = {
    CreateAttachmentFunction: {
      TasksTable: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
      AttachmentsTable: ['dynamodb:PutItem'],
      'AttachmentsBucket/*': ['s3:PutObject'],
    },
    ListAttachmentsFunction: { TasksTable: ['dynamodb:GetItem'], AttachmentsTable: ['dynamodb:Query'] },
    GetAttachmentFunction: {
      TasksTable: ['dynamodb:GetItem'],
      AttachmentsTable: ['dynamodb:GetItem'],
      'AttachmentsBucket/*': ['s3:GetObject'],
    },
    DeleteAttachmentFunction: {
      TasksTable: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
      AttachmentsTable: ['dynamodb:DeleteItem'],
      'AttachmentsBucket/*': ['s3:DeleteObject'],
    },
    VerifyAttachmentFunction: {
      AttachmentsTable: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
      'AttachmentsBucket/*': ['s3:DeleteObject', 's3:GetObject'],
    },
  };
  const grants = (logicalId: string) => {
    const statements = ((resource(logicalId).Properties.Policies ?? []) as { Statement?: unknown[] }[]).flatMap(
      (policy) => (policy.Statement ?? []) as { Effect: string; Action: string[]; Resource: unknown }[],
    );
    const out: Record<string, string[]> = {};
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const target of [statement.Resource].flat()) {
        const text = JSON.stringify(target);
        const name = text.includes('TasksTable')
          ? 'TasksTable'
          : text.includes('AttachmentsTable')
            ? 'AttachmentsTable'
            : /AttachmentsBucket|serverless-todo-attachments-/.test(text) && text.includes('/*')
              ? 'AttachmentsBucket/*'
              : text;
        out[name] = [...(out[name] ?? []), ...statement.Action].sort();
      }
    }
    return out;
  };

  test.each(Object.keys(attachmentNeeds))('%s: least-privilege policies', (logicalId) => {
    expect(grants(logicalId)).toEqual(attachmentNeeds[logicalId]);
  });

  test('the S3 function names the bucket it is notified by (by name: a !GetAtt would be a cycle)', () => {
    const bucket = stack.buckets.find((b) => b.logicalId === 'AttachmentsBucket');
    const policy = JSON.stringify(stack.resolve(resource('VerifyAttachmentFunction').Properties.Policies));
    expect(policy).toContain(`arn:aws:s3:::${bucket?.name}/*`);
  });

  test.each(functions.filter((fn) => !(fn.logicalId in attachmentNeeds)).map((fn) => [fn.logicalId, fn] as const))(
    '%s: least-privilege policies',
    (_id, fn) => {
      const policies = (resource(fn.logicalId).Properties.Policies ?? []) as Record<string, unknown>[];
      const text = JSON.stringify(policies);
      expect(text).not.toContain('dynamodb:*');
      expect(text).not.toContain('"Resource":"*"');
      if (fn.operationId === 'getHello') expect(policies).toEqual([]);
      else if (operations[fn.operationId].method === 'GET') {
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
    },
  );
});

describe('tables', () => {
  const tables = Object.fromEntries(
    stack.tables.map((t) => [t.logicalId, stack.resolve(template.Resources[t.logicalId]?.Properties)]),
  );

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

  test('the attachments table: task_key HASH + attachment_id RANGE, a NEW_AND_OLD_IMAGES stream, on demand, PITR', () => {
    expect(tables.AttachmentsTable).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'task_key', KeyType: 'HASH' },
        { AttributeName: 'attachment_id', KeyType: 'RANGE' },
      ],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
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
  const api = stack.resolve(resource('TodoApi').Properties) as {
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

describe('the attachments bucket', () => {
  const bucket = stack.resolve(template.Resources.AttachmentsBucket?.Properties) as Record<string, unknown>;
  const policy = stack.resolve(template.Resources.AttachmentsBucketPolicy?.Properties) as {
    Bucket: string;
    PolicyDocument: { Statement: Record<string, unknown>[] };
  };

  test('is private and encrypted, and refuses requests without TLS', () => {
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(policy.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  test('allows POST and GET from AllowedOrigins, and aborts incomplete uploads', () => {
    const rules = lambdaStack({ AllowedOrigins: 'https://app.example,https://admin.example' }).buckets[0]?.corsRules;
    expect(rules).toEqual([
      expect.objectContaining({
        AllowedOrigins: ['https://app.example', 'https://admin.example'],
        AllowedMethods: ['POST', 'GET'],
      }),
    ]);
    expect(bucket.LifecycleConfiguration).toEqual({
      Rules: [
        expect.objectContaining({ Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
      ],
    });
  });

  test('notifies the S3 function of object creations and removals', () => {
    const events = modelOf('VerifyAttachmentFunction').events.map((e) => (e.type === 'S3' ? e.events : e.type));
    expect(events.flat().sort()).toEqual(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
  });
});

test('the stack outputs the API URL', () => {
  expect(JSON.stringify((template.Outputs as Record<string, unknown>).ApiUrl)).toContain('execute-api');
});

describe('CORS follows AllowedOrigins', () => {
  const paths = [...new Set(allOperations.map((op) => op.path))].sort();
  const preflight = modelOf('PreflightFunction');

  test('the preflight function answers OPTIONS on every path of openapi.yaml, unauthenticated, and SAM Cors is off', () => {
    expect(preflight.kind).toBe('preflight');
    const options = preflight.events.map((e) => (e.type === 'Api' ? `${e.method} ${e.path} ${e.authorizer}` : e.type));
    expect(options.sort()).toEqual(paths.map((path) => `OPTIONS ${path} NONE`));
    expect(resource('TodoApi').Properties.Cors).toBeUndefined();
  });

  const gatewayOrigins = (parameters: Record<string, string>) => {
    const api = lambdaStack(parameters).resolve(resource('TodoApi').Properties) as {
      GatewayResponses: Record<string, { ResponseParameters: { Headers: Record<string, string> } }>;
    };
    return [
      ...new Set(
        Object.values(api.GatewayResponses).map((r) => r.ResponseParameters.Headers['Access-Control-Allow-Origin']),
      ),
    ];
  };

  test('gateway responses allow * by default, else the first listed origin', () => {
    expect(gatewayOrigins({})).toEqual(["'*'"]);
    expect(gatewayOrigins({ AllowedOrigins: 'https://app.example,https://admin.example' })).toEqual([
      "'https://app.example'",
    ]);
  });

  test('every function gets the allow-list', () => {
    for (const fn of everyFunction) {
      const env = lambdaStack({ CursorSecret: 'x'.repeat(32), AllowedOrigins: 'https://app.example' }).environmentOf(
        fn.logicalId,
      );
      expect(env.CORS_ALLOW_ORIGINS, fn.logicalId).toBe('https://app.example');
    }
  });
});

describe('capacity parameters', () => {
  const taskFunctions = functions.filter((fn) => fn.operationId !== 'getHello').map((fn) => fn.logicalId);

  test('memory per function group, from the parameters', () => {
    const custom = lambdaStack({ TaskFunctionMemory: '1024', LightFunctionMemory: '128' });
    for (const id of taskFunctions) expect(custom.functions.get(id)?.memoryMB, id).toBe(1024);
    for (const id of ['GetHelloFunction', 'PreflightFunction'])
      expect(custom.functions.get(id)?.memoryMB, id).toBe(128);
    expect(stack.functions.get('GetTaskFunction')?.memoryMB).toBe(512);
  });

  test('ProvisionedConcurrency 0 (the default) configures none; a positive value configures it on the task functions', () => {
    for (const id of taskFunctions) {
      expect(stack.functions.get(id)?.properties.ProvisionedConcurrencyConfig, id).toBeUndefined();
      expect(
        lambdaStack({ ProvisionedConcurrency: '3' }).functions.get(id)?.properties.ProvisionedConcurrencyConfig,
      ).toEqual({
        ProvisionedConcurrentExecutions: '3',
      });
    }
    expect(stack.conditions.HasProvisionedConcurrency).toBe(false);
    expect(stack.functions.get('GetHelloFunction')?.properties.AutoPublishAlias).toBe('live');
  });
});
