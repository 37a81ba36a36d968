// Resolving intrinsics against parameter values and conditions, as a local stack sees them.
import { describe, expect, it } from 'vitest';
import { loadStack, TemplateError } from '../src/index.ts';
import { templateFile } from './support/template.ts';

const file = templateFile([
  'Parameters:',
  '  StageName: { Type: String, Default: test }',
  '  Origins: { Type: String, Default: "https://a.example,https://b.example" }',
  '  Copies: { Type: Number, Default: 0, MinValue: 0, MaxValue: 5 }',
  'Conditions:',
  '  HasCopies: !Not [!Equals [!Ref Copies, 0]]',
  '  AnyOrigin: !Equals [!Ref Origins, "*"]',
  '  Both: !And [!Condition HasCopies, !Not [!Condition AnyOrigin]]',
  'Resources:',
  '  ItemsTable:',
  '    Type: AWS::DynamoDB::Table',
  '  Files:',
  '    Type: AWS::S3::Bucket',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax.
  '    Properties: { BucketName: !Sub "files-${StageName}" }',
  '  Copy:',
  '    Type: AWS::DynamoDB::Table',
  '    Condition: HasCopies',
]);

describe('with Defaults', () => {
  const stack = loadStack({ templatePath: file });
  it.each([
    ['a Ref to a table', { Ref: 'ItemsTable' }, 'ItemsTable'],
    ['a Ref to a parameter', { Ref: 'StageName' }, 'test'],
    ['a pseudo parameter', { Ref: 'AWS::Region' }, 'us-east-1'],
    [
      'a table ARN',
      { 'Fn::GetAtt': ['ItemsTable', 'Arn'] },
      'arn:aws:dynamodb:us-east-1:000000000000:table/ItemsTable',
    ],
    ['a bucket by its BucketName', { Ref: 'Files' }, 'files-test'],
    ['a bucket ARN', { 'Fn::GetAtt': ['Files', 'Arn'] }, 'arn:aws:s3:::files-test'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's ${} syntax, not JavaScript's
    ['a Sub', { 'Fn::Sub': 'api-${StageName}-${ItemsTable}-${!Literal}' }, 'api-test-ItemsTable-${Literal}'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's ${} syntax, not JavaScript's
    ['a Sub with variables', { 'Fn::Sub': ['${A}/${StageName}', { A: { Ref: 'ItemsTable' } }] }, 'ItemsTable/test'],
    ['a Join', { 'Fn::Join': [',', ['a', { Ref: 'StageName' }]] }, 'a,test'],
    ['Select over Split', { 'Fn::Select': [1, { 'Fn::Split': [',', { Ref: 'Origins' }] }] }, 'https://b.example'],
    ['an If on a false condition', { 'Fn::If': ['HasCopies', 'yes', 'no'] }, 'no'],
    ['NoValue removing a key', { a: 1, b: { 'Fn::If': ['HasCopies', 2, { Ref: 'AWS::NoValue' }] } }, { a: 1 }],
    ['NoValue removing a list item', [1, { 'Fn::If': ['AnyOrigin', 2, { Ref: 'AWS::NoValue' }] }], [1]],
    ['nested values', { a: [{ Ref: 'StageName' }] }, { a: ['test'] }],
  ])('resolves %s', (_, given, want) => {
    expect(stack.resolve(given)).toEqual(want);
  });

  it('evaluates conditions and leaves out resources whose Condition is false', () => {
    expect(stack.conditions).toEqual({ HasCopies: false, AnyOrigin: false, Both: false });
    expect(stack.tables.map((t) => t.logicalId)).toEqual(['ItemsTable']);
  });

  it.each([
    ['an unknown Ref', { Ref: 'Nope' }, /no such parameter or resource/],
    ['an unsupported function', { 'Fn::FindInMap': ['M', 'a', 'b'] }, /Fn::FindInMap is not supported/],
    ['an unknown condition', { 'Fn::If': ['Missing', 'a', 'b'] }, /condition Missing is not defined/],
    ['a Select out of range', { 'Fn::Select': [5, ['a']] }, /outside its list/],
  ])('rejects %s with TemplateError', (_, given, message) => {
    expect(() => stack.resolve(given)).toThrow(TemplateError);
    expect(() => stack.resolve(given)).toThrow(message);
  });
});

describe('with overrides', () => {
  it('an override changes conditions and what exists', () => {
    const stack = loadStack({ templatePath: file, parameters: { Copies: '2', Origins: '*' } });
    expect(stack.conditions).toEqual({ HasCopies: true, AnyOrigin: true, Both: false });
    expect(stack.tables.map((t) => t.logicalId)).toEqual(['ItemsTable', 'Copy']);
  });

  it.each([
    ['a non-number for a Number', { Copies: 'two' }, /parameter Copies must be a number/],
    ['a number above MaxValue', { Copies: '9' }, /parameter Copies must be at most 5/],
    ['an undeclared parameter', { Nope: 'x' }, /parameter Nope is not declared/],
  ])('refuses %s with one line', (_, parameters, message) => {
    expect(() => loadStack({ templatePath: file, parameters })).toThrow(message);
  });
});
