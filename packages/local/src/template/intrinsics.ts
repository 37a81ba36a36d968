// Resolves CloudFormation intrinsics the way a local stack would: a table's Ref is its local
// name, a parameter's Ref its resolved value, ARNs are well-formed but fake.
import { TemplateError } from '../errors.ts';
import type { CfnTemplate } from './cfn-yaml.ts';

/** The pseudo-account and region the local stack pretends to live in. */
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '000000000000';

const PSEUDO: Record<string, string> = {
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'serverless-todo-local',
  'AWS::StackId': `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/serverless-todo-local/local`,
};

/** What a Ref or GetAtt can point at. */
export interface IntrinsicScope {
  readonly template: CfnTemplate;
  readonly parameters: Readonly<Record<string, string>>;
}

const ARN_SERVICE: Record<string, (name: string) => string> = {
  'AWS::DynamoDB::Table': (name) => `arn:aws:dynamodb:${LOCAL_REGION}:${LOCAL_ACCOUNT}:table/${name}`,
  'AWS::Serverless::Function': (name) => `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${name}`,
  'AWS::Cognito::UserPool': (name) => `arn:aws:cognito-idp:${LOCAL_REGION}:${LOCAL_ACCOUNT}:userpool/${name}`,
};

/** The local physical name of a resource: its explicit name property, else its logical id. */
export function physicalName(scope: IntrinsicScope, logicalId: string): string {
  const resource = scope.template.Resources[logicalId];
  const explicit = resource?.Properties?.TableName ?? resource?.Properties?.FunctionName;
  return typeof explicit === 'string' ? explicit : logicalId;
}

function ref(scope: IntrinsicScope, name: string): string {
  const pseudo = PSEUDO[name];
  if (pseudo !== undefined) return pseudo;
  const parameter = scope.parameters[name];
  if (parameter !== undefined) return parameter;
  if (scope.template.Resources[name]) return physicalName(scope, name);
  throw new TemplateError(`!Ref ${name}: no such parameter or resource`);
}

function getAtt(scope: IntrinsicScope, logicalId: string, attribute: string): string {
  const resource = scope.template.Resources[logicalId];
  if (!resource) throw new TemplateError(`!GetAtt ${logicalId}.${attribute}: no such resource`);
  const arn = ARN_SERVICE[resource.Type];
  if (attribute === 'Arn' && arn) return arn(physicalName(scope, logicalId));
  return `local-${logicalId}-${attribute}`;
}

function sub(scope: IntrinsicScope, text: string, variables: Record<string, unknown>): string {
  return text.replace(/\$\{(!?)([^}]+)\}/g, (_, literal: string, name: string) => {
    if (literal) return '${' + name + '}';
    if (name in variables) return String(resolveIntrinsics(scope, variables[name]));
    const dot = name.indexOf('.');
    return dot > 0 ? getAtt(scope, name.slice(0, dot), name.slice(dot + 1)) : ref(scope, name);
  });
}

/**
 * Replaces every intrinsic in `value` by its local value.
 *
 * @example
 * ```ts
 * resolveIntrinsics(scope, { Ref: 'TasksTable' }); // 'TasksTable'
 * ```
 */
export function resolveIntrinsics(scope: IntrinsicScope, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(scope, item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const [key, arg] = entries[0] ?? [];
  if (entries.length === 1 && key !== undefined && (key === 'Ref' || key.startsWith('Fn::'))) {
    if (key === 'Ref') return ref(scope, String(arg));
    if (key === 'Fn::GetAtt') {
      const [id, attribute] = (Array.isArray(arg) ? arg : String(arg).split('.', 2)).map(String);
      return getAtt(scope, id ?? '', attribute ?? '');
    }
    if (key === 'Fn::Sub') {
      if (typeof arg === 'string') return sub(scope, arg, {});
      const [text, variables] = arg as [string, Record<string, unknown>];
      return sub(scope, text, variables ?? {});
    }
    if (key === 'Fn::Join') {
      const [delimiter, items] = arg as [string, unknown[]];
      return (resolveIntrinsics(scope, items) as unknown[]).join(delimiter);
    }
    throw new TemplateError(`${key} is not supported by the local API`);
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, resolveIntrinsics(scope, v)]));
}
