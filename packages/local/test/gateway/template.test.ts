// template.yaml → the model the gateway runs from: routes, functions, env, tables, API settings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '@serverless-todo/contract';
import { templatePath } from '@serverless-todo/lambda/template';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApiModel, TemplateError } from '../../src/index.ts';
import { FIXTURE_TEMPLATE, tempDir } from '../support/fixture-api.ts';

const data = tempDir();
afterAll(data.remove);

describe('the real template (packages/lambda/template.yaml)', () => {
  const { model, parameters } = loadApiModel({ templatePath, dataDir: data.dir });

  it('has exactly one route per operation of openapi.yaml, guarded as the contract says', () => {
    const routes = model.routes
      .filter((r) => r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.resource} ${r.authorizer !== null}`)
      .sort();
    const ops = Object.values(operations)
      .map((op) => `${op.method} ${op.path} ${op.auth}`)
      .sort();
    expect(routes).toEqual(ops);
  });

  it('resolves every function’s env: table names, the parameters, Globals', () => {
    const env = (id: string) => model.functions.get(id)?.environment;
    expect(env('CreateTaskFunction')).toMatchObject({
      TABLE_NAME: 'TasksTable',
      IDEMPOTENCY_TABLE_NAME: 'IdempotencyTable',
      CORS_ALLOW_ORIGINS: '*',
      POWERTOOLS_SERVICE_NAME: 'serverless-todo',
    });
    expect(env('ListTasksFunction')?.CURSOR_SECRET).toBe(parameters.CursorSecret);
    expect(parameters.CursorSecret?.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated CursorSecret across loads of the same data directory', () => {
    expect(loadApiModel({ templatePath, dataDir: data.dir }).parameters.CursorSecret).toBe(parameters.CursorSecret);
    const other = tempDir();
    expect(loadApiModel({ templatePath, dataDir: other.dir }).parameters.CursorSecret).not.toBe(
      parameters.CursorSecret,
    );
    other.remove();
  });

  it('reads memory and timeout from the function, else Globals', () => {
    const get = model.functions.get('GetHelloFunction');
    const create = model.functions.get('CreateTaskFunction');
    expect([get?.memoryMB, get?.timeoutSeconds, create?.memoryMB, create?.timeoutSeconds]).toEqual([256, 10, 512, 10]);
    expect(create?.codeDir).toBe(join(templatePath, '..', 'dist', 'CreateTaskFunction'));
    expect([create?.handlerModule, create?.exportName]).toEqual(['index', 'handler']);
  });

  it('creates every table from its definition', () => {
    expect(model.tables.map((t) => t.createTableInput)).toEqual([
      expect.objectContaining({
        TableName: 'TasksTable',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'user_id', KeyType: 'HASH' },
          { AttributeName: 'task_id', KeyType: 'RANGE' },
        ],
      }),
      expect.objectContaining({
        TableName: 'SummariesTable',
        KeySchema: [
          { AttributeName: 'user_id', KeyType: 'HASH' },
          { AttributeName: 'bucket', KeyType: 'RANGE' },
        ],
      }),
      expect.objectContaining({ TableName: 'IdempotencyTable', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }),
      expect.objectContaining({
        TableName: 'AttachmentsTable',
        KeySchema: [
          { AttributeName: 'task_key', KeyType: 'HASH' },
          { AttributeName: 'attachment_id', KeyType: 'RANGE' },
        ],
      }),
      expect.objectContaining({
        TableName: 'ConnectionsTable',
        KeySchema: [
          { AttributeName: 'user_id', KeyType: 'HASH' },
          { AttributeName: 'connection_id', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [expect.objectContaining({ IndexName: 'by_connection' })],
      }),
    ]);
    expect(model.tables.find((t) => t.logicalId === 'AttachmentsTable')?.streamViewType).toBe('NEW_AND_OLD_IMAGES');
    expect(model.buckets.map((b) => b.name)).toEqual(['serverless-todo-attachments-000000000000-us-east-1-dev']);
  });

  it('reads the WebSocket API: its stage, its routes and the authorizer on $connect', () => {
    const ws = model.webSocket;
    expect([ws?.apiId, ws?.stageName, ws?.routeSelectionExpression]).toEqual([
      'RealtimeApi',
      'dev',
      '$request.body.type',
    ]);
    expect(
      [...(ws?.routes.values() ?? [])].map((r) => [
        r.routeKey,
        r.functionId,
        r.authorizer?.functionId ?? null,
        r.twoWay,
      ]),
    ).toEqual([
      ['$connect', 'RealtimeConnectFunction', 'RealtimeAuthorizerFunction', false],
      ['$disconnect', 'RealtimeDisconnectFunction', null, false],
      ['$default', 'RealtimeDefaultFunction', null, true],
    ]);
    expect(ws?.routes.get('$connect')?.authorizer?.identitySource).toEqual(['route.request.querystring.token']);
  });

  it('reads the stage, the Cognito authorizer and every gateway response; CORS is a function, not SAM Cors', () => {
    expect(model.stageName).toBe('dev');
    expect(model.cors).toBeNull();
    expect(model.functions.get('PreflightFunction')?.kind).toBe('preflight');
    expect([...model.authorizers.keys()]).toEqual(['CognitoAuthorizer']);
    expect(Object.keys(model.gatewayResponses)).toEqual(
      expect.arrayContaining([
        'MISSING_AUTHENTICATION_TOKEN',
        'UNAUTHORIZED',
        'REQUEST_TOO_LARGE',
        'INTEGRATION_TIMEOUT',
        'DEFAULT_5XX',
      ]),
    );
    expect(model.gatewayResponses.UNAUTHORIZED?.statusCode).toBe(401);
  });
});

describe('templates the local API refuses', () => {
  const variant = (edit: (text: string) => string) => {
    const file = join(data.dir, `variant-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, edit(readFileSync(FIXTURE_TEMPLATE, 'utf8')));
    return () => loadApiModel({ templatePath: file, codeRoot: join(FIXTURE_TEMPLATE, '..'), dataDir: data.dir });
  };
  it.each([
    [
      'a Lambda authorizer',
      (t: string) => t.replace('UserPoolArn: !GetAtt UserPool.Arn', 'FunctionArn: !GetAtt EchoFunction.Arn'),
    ],
    ['an undefined authorizer', (t: string) => t.replace('DefaultAuthorizer: Cognito', 'DefaultAuthorizer: Missing')],
    [
      'a bad gateway header mapping',
      (t: string) => t.replace('Cache-Control: "\'no-store\'"', 'Cache-Control: no-store'),
    ],
    ['two events on one route', (t: string) => t.replace('Path: /counter', 'Path: /slow')],
    ['a Handler without an export', (t: string) => t.replaceAll('Handler: index.handler', 'Handler: index')],
    ['no Resources', () => 'AWSTemplateFormatVersion: 2010-09-09\n'],
  ])('rejects %s with TemplateError', (_, edit) => {
    expect(variant(edit)).toThrow(TemplateError);
  });
});
