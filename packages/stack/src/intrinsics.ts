// Resolves CloudFormation intrinsics against a stack's parameter values and conditions. Refs
// to resources become their physical names and GetAtt Arn a well-formed ARN in the scope's
// account and region, which is what a local stack (and a test) needs.
import { TemplateError } from './errors.ts';
import type { Template } from './read-template.ts';

/** Where the stack pretends to live, and how resources are named there. */
export interface StackPlace {
  readonly region: string;
  readonly accountId: string;
  readonly stackName: string;
}

/** What a Ref, a GetAtt or a Condition can see. */
export interface IntrinsicScope {
  readonly template: Template;
  readonly parameters: Readonly<Record<string, string>>;
  readonly place: StackPlace;
  /** Conditions already evaluated, by name (filled in by {@link evaluateConditions}). */
  readonly conditions: Readonly<Record<string, boolean>>;
}

/** Marks a value that `!Ref AWS::NoValue` removed; dropped from maps and lists. */
const NO_VALUE = Symbol('AWS::NoValue');

const ARN: Record<string, (place: StackPlace, name: string) => string> = {
  'AWS::DynamoDB::Table': (p, name) => `arn:aws:dynamodb:${p.region}:${p.accountId}:table/${name}`,
  'AWS::Serverless::Function': (p, name) => `arn:aws:lambda:${p.region}:${p.accountId}:function:${name}`,
  'AWS::Cognito::UserPool': (p, name) => `arn:aws:cognito-idp:${p.region}:${p.accountId}:userpool/${name}`,
  'AWS::S3::Bucket': (_p, name) => `arn:aws:s3:::${name}`,
  'AWS::SQS::Queue': (p, name) => `arn:aws:sqs:${p.region}:${p.accountId}:${name}`,
};

const NAME_PROPERTIES = ['TableName', 'FunctionName', 'BucketName', 'QueueName'];

/**
 * The physical name of a resource: its explicit name property, else its logical id.
 *
 * @example
 * ```ts
 * physicalName(scope, 'TasksTable'); // 'TasksTable'
 * ```
 */
export function physicalName(scope: IntrinsicScope, logicalId: string): string {
  const props = scope.template.Resources[logicalId]?.Properties ?? {};
  for (const key of NAME_PROPERTIES) {
    const explicit = props[key];
    if (explicit !== undefined) return String(resolveIntrinsics(scope, explicit));
  }
  return logicalId;
}

function pseudo(scope: IntrinsicScope, name: string): string | undefined {
  const { region, accountId, stackName } = scope.place;
  switch (name) {
    case 'AWS::Region':
      return region;
    case 'AWS::AccountId':
      return accountId;
    case 'AWS::Partition':
      return 'aws';
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
    case 'AWS::StackName':
      return stackName;
    case 'AWS::StackId':
      return `arn:aws:cloudformation:${region}:${accountId}:stack/${stackName}/local`;
    default:
      return undefined;
  }
}

function ref(scope: IntrinsicScope, name: string): string | typeof NO_VALUE {
  if (name === 'AWS::NoValue') return NO_VALUE;
  const value = pseudo(scope, name) ?? scope.parameters[name];
  if (value !== undefined) return value;
  if (scope.template.Parameters?.[name]) throw new TemplateError(`parameter ${name} has no value; give it one`);
  if (scope.template.Resources[name]) return physicalName(scope, name);
  throw new TemplateError(`!Ref ${name}: no such parameter or resource`);
}

function getAtt(scope: IntrinsicScope, logicalId: string, attribute: string): string {
  const resource = scope.template.Resources[logicalId];
  if (!resource) throw new TemplateError(`!GetAtt ${logicalId}.${attribute}: no such resource`);
  const arn = ARN[resource.Type];
  if (attribute === 'Arn' && arn) return arn(scope.place, physicalName(scope, logicalId));
  if (attribute === 'StreamArn' && resource.Type === 'AWS::DynamoDB::Table') {
    return `${getAtt(scope, logicalId, 'Arn')}/stream/local`;
  }
  return `local-${logicalId}-${attribute}`;
}

function sub(scope: IntrinsicScope, text: string, variables: Record<string, unknown>): string {
  return text.replace(/\$\{(!?)([^}]+)\}/g, (_, literal: string, name: string) => {
    if (literal) return `\${${name}}`;
    if (name in variables) return String(resolveIntrinsics(scope, variables[name]));
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) return getAtt(scope, name.slice(0, dot), name.slice(dot + 1));
    return String(ref(scope, name));
  });
}

/**
 * Evaluates one condition expression (Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition).
 *
 * @example
 * ```ts
 * conditionValue(scope, { 'Fn::Equals': [{ Ref: 'ProvisionedConcurrency' }, '0'] }); // true
 * ```
 */
export function conditionValue(scope: IntrinsicScope, expression: unknown): boolean {
  if (typeof expression === 'boolean') return expression;
  const [key, arg] = Object.entries((expression ?? {}) as Record<string, unknown>)[0] ?? [];
  if (key === 'Condition') return conditionNamed(scope, String(arg));
  const args = Array.isArray(arg) ? arg : [];
  if (key === 'Fn::Equals') {
    const [a, b] = args.map((item) => String(resolveIntrinsics(scope, item)));
    return a === b;
  }
  if (key === 'Fn::Not') return !conditionValue(scope, args[0]);
  if (key === 'Fn::And') return args.every((item) => conditionValue(scope, item));
  if (key === 'Fn::Or') return args.some((item) => conditionValue(scope, item));
  throw new TemplateError(`condition ${JSON.stringify(expression)} is not a condition function`);
}

function conditionNamed(scope: IntrinsicScope, name: string): boolean {
  const known = scope.conditions[name];
  if (known !== undefined) return known;
  const expression = scope.template.Conditions?.[name];
  if (expression === undefined) throw new TemplateError(`condition ${name} is not defined`);
  return conditionValue(scope, expression);
}

/**
 * Every condition of the template, evaluated against the scope's parameter values.
 *
 * @example
 * ```ts
 * evaluateConditions({ template, parameters, place, conditions: {} }); // { HasProvisionedConcurrency: false }
 * ```
 */
export function evaluateConditions(scope: IntrinsicScope): Record<string, boolean> {
  return Object.fromEntries(
    Object.keys(scope.template.Conditions ?? {}).map((name) => [name, conditionNamed(scope, name)]),
  );
}

function resolveFunction(scope: IntrinsicScope, key: string, arg: unknown): unknown {
  switch (key) {
    case 'Ref':
      return ref(scope, String(arg));
    case 'Condition':
      return conditionNamed(scope, String(arg));
    case 'Fn::GetAtt': {
      const [id, attribute] = (Array.isArray(arg) ? arg : String(arg).split('.', 2)).map(String);
      return getAtt(scope, id ?? '', attribute ?? '');
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return sub(scope, arg, {});
      const [text, variables] = arg as [string, Record<string, unknown>];
      return sub(scope, text, variables ?? {});
    }
    case 'Fn::Join': {
      const [delimiter, items] = arg as [string, unknown[]];
      return (resolveIntrinsics(scope, items) as unknown[]).join(delimiter);
    }
    case 'Fn::Split': {
      const [delimiter, text] = arg as [string, unknown];
      return String(resolveIntrinsics(scope, text)).split(delimiter);
    }
    case 'Fn::Select': {
      const [index, list] = arg as [unknown, unknown];
      const items = resolveIntrinsics(scope, list) as unknown[];
      const at = Number(resolveIntrinsics(scope, index));
      if (!Array.isArray(items) || !(at >= 0 && at < items.length)) {
        throw new TemplateError(`Fn::Select index ${at} is outside its list`);
      }
      return items[at];
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = arg as [string, unknown, unknown];
      return resolveValue(scope, conditionNamed(scope, condition) ? whenTrue : whenFalse);
    }
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
      return conditionValue(scope, { [key]: arg });
    default:
      throw new TemplateError(`${key} is not supported by the stack model`);
  }
}

function resolveValue(scope: IntrinsicScope, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveValue(scope, item)).filter((item) => item !== NO_VALUE);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const [key, arg] = entries[0] ?? [];
  if (entries.length === 1 && key !== undefined && (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'))) {
    return resolveFunction(scope, key, arg);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    const resolved = resolveValue(scope, v);
    if (resolved !== NO_VALUE) out[k] = resolved;
  }
  return out;
}

/**
 * Replaces every intrinsic in `value` by its value in the scope; `!Ref AWS::NoValue` removes
 * the key or item it stands for.
 *
 * @example
 * ```ts
 * resolveIntrinsics(scope, { Ref: 'TasksTable' }); // 'TasksTable'
 * ```
 */
export function resolveIntrinsics(scope: IntrinsicScope, value: unknown): unknown {
  const resolved = resolveValue(scope, value);
  return resolved === NO_VALUE ? undefined : resolved;
}
