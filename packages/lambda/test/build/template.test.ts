import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadTemplate, templateFunctions } from '../../build/template.ts';

const dir = mkdtempSync(join(tmpdir(), 'template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('short-form intrinsics become their long forms, in scalars, sequences and maps', () => {
  const file = join(dir, 'intrinsics.yaml');
  writeFileSync(
    file,
    [
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      CodeUri: dist/getTask/',
      '      Handler: index.handler',
      '      Environment:',
      '        Variables:',
      '          A: !Ref Table',
      '          B: !GetAtt Table.Arn',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
      "          C: !Sub '${Table}-x'",
      "          D: !Join [',', [a, !Ref Other]]",
      '          E: !If',
      '            - IsProd',
      '            - x',
      '            - !Ref AWS::NoValue',
      '      Events:',
      '        E:',
      '          Type: Api',
      '          Properties:',
      "            Path: '/users/{user_id}/tasks/{task_id}'",
      '            Method: get',
    ].join('\n'),
  );
  const [fn] = templateFunctions(loadTemplate(file));
  expect(fn).toMatchObject({
    logicalId: 'Fn',
    operationId: 'getTask',
    handler: 'index.handler',
    routes: [{ method: 'GET', path: '/users/{user_id}/tasks/{task_id}' }],
    environment: {
      A: { Ref: 'Table' },
      B: { 'Fn::GetAtt': ['Table', 'Arn'] },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
      C: { 'Fn::Sub': '${Table}-x' },
      D: { 'Fn::Join': [',', ['a', { Ref: 'Other' }]] },
      E: { 'Fn::If': ['IsProd', 'x', { Ref: 'AWS::NoValue' }] },
    },
  });
});
