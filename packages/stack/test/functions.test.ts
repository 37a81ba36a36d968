// Functions: Globals merged as SAM merges them, every modelled event type, and the kind each
// function gets from its events.
import { describe, expect, it } from 'vitest';
import { loadStack } from '../src/index.ts';
import { templateFile } from './support/template.ts';

/** A template of `resources` and one function `Fn` with these `events` lines. */
const oneFunction = (resources: readonly string[], events: readonly string[]) =>
  templateFile([
    'Resources:',
    ...resources,
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
    '      CodeUri: dist/Fn/',
    '      Handler: index.handler',
    '      Events:',
    ...events,
  ]);

const file = templateFile([
  'Parameters:',
  '  ApiMemory: { Type: Number, Default: 768 }',
  '  Secret: { Type: String, NoEcho: true }',
  'Globals:',
  '  Function:',
  '    Runtime: nodejs22.x',
  '    Handler: index.handler',
  '    Timeout: 10',
  '    Environment: { Variables: { SERVICE: todo, SHARED: global } }',
  'Resources:',
  '  Tasks:',
  '    Type: AWS::DynamoDB::Table',
  '    Properties:',
  '      StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }',
  '  Files: { Type: AWS::S3::Bucket }',
  '  Failures: { Type: AWS::SQS::Queue }',
  '  Api: { Type: AWS::Serverless::Api, Properties: { StageName: dev } }',
  '  GetFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: dist/GetFn/',
  '      MemorySize: !Ref ApiMemory',
  '      Environment: { Variables: { SHARED: own, SECRET: !Ref Secret, TABLE: !Ref Tasks } }',
  '      Events:',
  '        Get: { Type: Api, Properties: { RestApiId: !Ref Api, Path: "/items/{id}", Method: get } }',
  '  PreflightFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: dist/PreflightFn/',
  '      Events:',
  '        Items: { Type: Api, Properties: { RestApiId: !Ref Api, Path: "/items/{id}", Method: options, Auth: { Authorizer: NONE } } }',
  '  UploadFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: dist/UploadFn/',
  '      Events:',
  '        Created:',
  '          Type: S3',
  '          Properties:',
  '            Bucket: !Ref Files',
  '            Events: [s3:ObjectCreated:*, s3:ObjectRemoved:*]',
  '            Filter: { S3Key: { Rules: [{ Name: prefix, Value: users/ }] } }',
  '  StreamFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: dist/StreamFn/',
  '      Events:',
  '        Changes:',
  '          Type: DynamoDB',
  '          Properties:',
  '            Stream: !GetAtt Tasks.StreamArn',
  '            StartingPosition: LATEST',
  '            BatchSize: 10',
  '            MaximumBatchingWindowInSeconds: 1',
  '            MaximumRetryAttempts: 3',
  '            BisectBatchOnFunctionError: true',
  '            ParallelizationFactor: 4',
  '            FunctionResponseTypes: [ReportBatchItemFailures]',
  '            DestinationConfig: { OnFailure: { Destination: !GetAtt Failures.Arn } }',
  '            FilterCriteria: { Filters: [{ Pattern: \'{"eventName":["REMOVE"]}\' }] }',
  '  SweepFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: dist/SweepFn/',
  '      Events:',
  '        Hourly: { Type: ScheduleV2, Properties: { ScheduleExpression: rate(1 hour) } }',
  '        Off: { Type: Schedule, Properties: { Schedule: "cron(0 3 * * ? *)", Enabled: false } }',
  '  ConnectFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties: { CodeUri: dist/ConnectFn/ }',
  '  DefaultFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties: { CodeUri: dist/DefaultFn/ }',
  '  AuthorizerFn:',
  '    Type: AWS::Serverless::Function',
  '    Properties: { CodeUri: dist/AuthorizerFn/ }',
  '  Realtime:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties: { ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action }',
  '  RealtimeStage:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      StageName: dev',
  '      AccessLogSettings: { DestinationArn: arn:aws:logs:x, Format: \'{"requestId":"$context.requestId"}\' }',
  '  TokenAuthorizer:',
  '    Type: AWS::ApiGatewayV2::Authorizer',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      AuthorizerType: REQUEST',
  '      IdentitySource: [route.request.querystring.token]',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
  '      AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthorizerFn.Arn}/invocations',
  '  DefaultIntegration:',
  '    Type: AWS::ApiGatewayV2::Integration',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      IntegrationType: AWS_PROXY',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
  '      IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${DefaultFn.Arn}/invocations',
  '  DefaultRoute:',
  '    Type: AWS::ApiGatewayV2::Route',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      RouteKey: $default',
  '      RouteResponseSelectionExpression: $default',
  '      Target: !Join [/, [integrations, !Ref DefaultIntegration]]',
  '  DefaultRouteResponse:',
  '    Type: AWS::ApiGatewayV2::RouteResponse',
  '    Properties: { ApiId: !Ref Realtime, RouteId: !Ref DefaultRoute, RouteResponseKey: $default }',
  '  ConnectIntegration:',
  '    Type: AWS::ApiGatewayV2::Integration',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      IntegrationType: AWS_PROXY',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
  '      IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ConnectFn.Arn}/invocations',
  '  ConnectRoute:',
  '    Type: AWS::ApiGatewayV2::Route',
  '    Properties:',
  '      ApiId: !Ref Realtime',
  '      RouteKey: $connect',
  '      AuthorizationType: CUSTOM',
  '      AuthorizerId: !Ref TokenAuthorizer',
  '      Target: !Join [/, [integrations, !Ref ConnectIntegration]]',
]);

describe('functions', () => {
  const stack = loadStack({ templatePath: file, parameters: { Secret: 's3cr3t' } });
  const fn = (id: string) => stack.functions.get(id)!;

  it('each gets its kind from its events', () => {
    expect(Object.fromEntries([...stack.functions.values()].map((f) => [f.logicalId, f.kind]))).toEqual({
      GetFn: 'http',
      PreflightFn: 'preflight',
      UploadFn: 's3',
      StreamFn: 'stream',
      SweepFn: 'schedule',
      ConnectFn: 'websocket',
      DefaultFn: 'websocket',
      AuthorizerFn: 'authorizer',
    });
  });

  it('merges Globals: scalars replaced, variables merged key by key, parameters resolved', () => {
    expect([fn('GetFn').memoryMB, fn('GetFn').timeoutSeconds, fn('UploadFn').memoryMB]).toEqual([768, 10, 128]);
    expect([fn('GetFn').handlerModule, fn('GetFn').exportName, fn('GetFn').runtime]).toEqual([
      'index',
      'handler',
      'nodejs22.x',
    ]);
    expect(fn('GetFn').variableNames).toEqual(['SERVICE', 'SHARED', 'SECRET', 'TABLE']);
    expect(stack.environmentOf('GetFn')).toEqual({ SERVICE: 'todo', SHARED: 'own', SECRET: 's3cr3t', TABLE: 'Tasks' });
  });

  it('reads every event type with its settings', () => {
    expect(fn('GetFn').events).toEqual([
      { type: 'Api', name: 'Get', method: 'GET', path: '/items/{id}', restApiId: 'Api', authorizer: null },
    ]);
    expect(fn('PreflightFn').events[0]).toMatchObject({ method: 'OPTIONS', authorizer: 'NONE' });
    expect(fn('UploadFn').events).toEqual([
      {
        type: 'S3',
        name: 'Created',
        bucket: 'Files',
        events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
        filter: { prefix: 'users/' },
      },
    ]);
    expect(fn('StreamFn').events).toEqual([
      {
        type: 'DynamoDB',
        name: 'Changes',
        table: 'Tasks',
        startingPosition: 'LATEST',
        batchSize: 10,
        maximumBatchingWindowInSeconds: 1,
        maximumRetryAttempts: 3,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
        parallelizationFactor: 4,
        filters: ['{"eventName":["REMOVE"]}'],
        onFailure: 'Failures',
      },
    ]);
    expect(fn('SweepFn').events).toEqual([
      { type: 'Schedule', name: 'Hourly', expression: 'rate(1 hour)', enabled: true, input: null },
      { type: 'Schedule', name: 'Off', expression: 'cron(0 3 * * ? *)', enabled: false, input: null },
    ]);
    expect(fn('ConnectFn').events).toEqual([
      {
        type: 'WebSocket',
        name: 'ConnectRoute',
        apiId: 'Realtime',
        routeKey: '$connect',
        authorizer: 'TokenAuthorizer',
        twoWay: false,
      },
    ]);
    expect(fn('DefaultFn').events).toEqual([
      {
        type: 'WebSocket',
        name: 'DefaultRoute',
        apiId: 'Realtime',
        routeKey: '$default',
        authorizer: null,
        twoWay: true,
      },
    ]);
    expect(fn('AuthorizerFn').events).toEqual([
      {
        type: 'WebSocketAuthorizer',
        name: 'TokenAuthorizer',
        apiId: 'Realtime',
        identitySource: ['route.request.querystring.token'],
      },
    ]);
  });

  it('models WebSocket APIs with their stage and access log format', () => {
    expect(stack.webSocketApis).toEqual([
      {
        logicalId: 'Realtime',
        routeSelectionExpression: '$request.body.action',
        stageName: 'dev',
        accessLogFormat: '{"requestId":"$context.requestId"}',
      },
    ]);
  });

  it('models tables with their streams, and buckets', () => {
    expect(stack.tables[0]).toMatchObject({ logicalId: 'Tasks', streamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(stack.buckets.map((b) => b.logicalId)).toEqual(['Files']);
  });

  it('an environment naming a parameter without a value fails with one line naming it', () => {
    const bare = loadStack({ templatePath: file });
    expect(() => bare.environmentOf('GetFn')).toThrow(/parameter Secret has no value; give it one/);
    expect(bare.functions.get('GetFn')?.kind).toBe('http');
  });

  it.each(['0', '11', '2.5', 'many'])(
    'a ParallelizationFactor of %s is refused, naming the event and the range',
    (factor) => {
      const bad = oneFunction(
        [
          '  Tasks:',
          '    Type: AWS::DynamoDB::Table',
          '    Properties:',
          '      StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }',
        ],
        [
          `        Changes: { Type: DynamoDB, Properties: { Stream: !GetAtt Tasks.StreamArn, StartingPosition: LATEST, ParallelizationFactor: ${factor} } }`,
        ],
      );
      expect(() => loadStack({ templatePath: bad })).toThrow(
        `DynamoDB event Changes: ParallelizationFactor must be a whole number from 1 to 10 (Lambda's range), not ${factor}`,
      );
    },
  );

  it('a function with events of two kinds is refused', () => {
    const mixed = oneFunction(
      [],
      [
        '        A: { Type: Api, Properties: { Path: /a, Method: get } }',
        '        B: { Type: Schedule, Properties: { Schedule: rate(1 hour) } }',
      ],
    );
    expect(() => loadStack({ templatePath: mixed })).toThrow(/Fn: a function needs events of exactly one kind/);
  });
});
