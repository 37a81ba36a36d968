// Reading: short-form intrinsics become long forms; malformed files fail with one line.

import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readTemplate, TemplateError } from '../src/index.ts';
import { templateFile } from './support/template.ts';

test('short-form intrinsics become their long forms, in scalars, sequences and maps', () => {
  const file = templateFile([
    'Resources:',
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
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
    '          F: !Select [0, !Split [",", !Ref Origins]]',
  ]);
  const environment = readTemplate(file).Resources.Fn?.Properties?.Environment as { Variables: unknown } | undefined;
  const variables = environment?.Variables;
  expect(variables).toEqual({
    A: { Ref: 'Table' },
    B: { 'Fn::GetAtt': ['Table', 'Arn'] },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
    C: { 'Fn::Sub': '${Table}-x' },
    D: { 'Fn::Join': [',', ['a', { Ref: 'Other' }]] },
    E: { 'Fn::If': ['IsProd', 'x', { Ref: 'AWS::NoValue' }] },
    F: { 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'Origins' }] }] },
  });
});

test.each([
  ['a YAML syntax error', ['Resources:', '  T: [unclosed'], /template-\d+\.yaml: /],
  ['no Resources section', ['AWSTemplateFormatVersion: 2010-09-09'], /no Resources section/],
  ['a resource without Type', ['Resources:', '  T:', '    Properties: {}'], /resource T has no Type/],
])('%s fails with one line naming the file', (_name, lines, message) => {
  const file = templateFile(lines);
  expect(() => readTemplate(file)).toThrow(TemplateError);
  expect(() => readTemplate(file)).toThrow(message);
  try {
    readTemplate(file);
  } catch (error) {
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toContain(file);
  }
});

test('a missing file fails with its path and the reason', () => {
  expect(() => readTemplate('/nonexistent/template.yaml')).toThrow('cannot read /nonexistent/template.yaml: ENOENT');
});

test('reading a file again gives an equal copy of its own, and an edited file is read anew', () => {
  const file = templateFile(['Resources:', '  T:', '    Type: AWS::DynamoDB::Table']);
  const first = readTemplate(file);
  (first.Resources as Record<string, unknown>).Added = { Type: 'X' };
  const second = readTemplate(file);
  expect(Object.keys(second.Resources)).toEqual(['T']);
  expect(second).not.toBe(readTemplate(file));
  writeFileSync(file, ['Resources:', '  U:', '    Type: AWS::S3::Bucket', ''].join('\n'));
  expect(Object.keys(readTemplate(file).Resources)).toEqual(['U']);
});
