// Reads template.yaml the way CloudFormation would see it: short-form intrinsic functions
// (`!Ref X`, `!GetAtt A.Arn`, `!Sub '…'`) become their long forms ({ Ref: 'X' }, …), so the
// build, the tests and the local API all derive their view of the stack from this one file.
import { readFileSync } from 'node:fs';
import { parse, type Tags } from 'yaml';
import { templatePath } from '../template-path.js';

/** A parsed CloudFormation template (only the parts this package reads are typed). */
export interface Template {
  readonly Globals?: { readonly Function?: Record<string, unknown> };
  readonly Resources: Record<
    string,
    {
      readonly Type: string;
      readonly Properties?: Record<string, unknown>;
      readonly Metadata?: Record<string, unknown>;
    }
  >;
  readonly [key: string]: unknown;
}

const INTRINSICS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
];

const longName = (fn: string) => (fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`);

/** One custom tag per intrinsic and YAML node kind (scalar, sequence, mapping). */
const customTags: Tags = INTRINSICS.flatMap((fn) => [
  { tag: `!${fn}`, resolve: (value: string) => ({ [longName(fn)]: fn === 'GetAtt' ? value.split('.') : value }) },
  {
    tag: `!${fn}`,
    collection: 'seq' as const,
    resolve: (seq: { toJSON(): unknown }) => ({ [longName(fn)]: seq.toJSON() }),
  },
  {
    tag: `!${fn}`,
    collection: 'map' as const,
    resolve: (map: { toJSON(): unknown }) => ({ [longName(fn)]: map.toJSON() }),
  },
]) as unknown as Tags;

/**
 * Parses a SAM/CloudFormation template.
 *
 * @example
 * ```ts
 * const template = loadTemplate();
 * template.Resources.TasksTable?.Type; // 'AWS::DynamoDB::Table'
 * ```
 */
export function loadTemplate(file: string = templatePath): Template {
  return parse(readFileSync(file, 'utf8'), { customTags }) as Template;
}

/** What the build, the tests and the local API need to know about one function. */
export interface FunctionDefinition {
  readonly logicalId: string;
  /** The operation the function serves: the last segment of its CodeUri (`dist/<operationId>/`). */
  readonly operationId: string;
  readonly codeUri: string;
  readonly handler: string;
  /** Globals' variables overlaid with the function's own. Values may be intrinsics. */
  readonly environment: Readonly<Record<string, unknown>>;
  /** Its API events: method in upper case, path as in the template. */
  readonly routes: readonly { readonly method: string; readonly path: string }[];
}

const variablesOf = (props: Record<string, unknown> | undefined) =>
  ((props?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {}) as Record<
    string,
    unknown
  >;

/**
 * Lists the template's `AWS::Serverless::Function` resources.
 *
 * @example
 * ```ts
 * templateFunctions(loadTemplate()).map((f) => f.operationId); // ['getHello', 'createTask', …]
 * ```
 */
export function templateFunctions(template: Template = loadTemplate()): FunctionDefinition[] {
  const globals = template.Globals?.Function;
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::Serverless::Function')
    .map(([logicalId, resource]) => {
      const props = resource.Properties ?? {};
      const codeUri = String(props.CodeUri ?? '');
      const operationId = codeUri.replace(/\/+$/, '').split('/').pop() ?? '';
      const events = Object.values(
        (props.Events ?? {}) as Record<string, { Type: string; Properties?: Record<string, unknown> }>,
      );
      const routes = events
        .filter((event) => event.Type === 'Api')
        .map((event) => ({
          method: String(event.Properties?.Method).toUpperCase(),
          path: String(event.Properties?.Path),
        }));
      return {
        logicalId,
        operationId,
        codeUri,
        handler: String(props.Handler ?? globals?.Handler ?? ''),
        environment: { ...variablesOf(globals), ...variablesOf(props) },
        routes,
      };
    });
}

/**
 * The template's DynamoDB tables: logical id and Properties (key schema, attributes, …).
 *
 * @example
 * ```ts
 * templateTables().find((t) => t.logicalId === 'TasksTable')?.properties.KeySchema;
 * ```
 */
export function templateTables(
  template: Template = loadTemplate(),
): { readonly logicalId: string; readonly properties: Record<string, unknown> }[] {
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::DynamoDB::Table')
    .map(([logicalId, resource]) => ({ logicalId, properties: resource.Properties ?? {} }));
}

// CreateTable accepts these; PITR, SSE and TTL are deployment settings that local stores lack.
const CREATE_TABLE_KEYS = [
  'AttributeDefinitions',
  'KeySchema',
  'BillingMode',
  'ProvisionedThroughput',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
] as const;

/**
 * CreateTable inputs for the template's tables, each named after its logical id: what a
 * local DynamoDB (dynalite) needs to stand in for the deployed tables.
 *
 * @example
 * ```ts
 * for (const input of createTableInputs()) await client.send(new CreateTableCommand(input));
 * ```
 */
export function createTableInputs(template: Template = loadTemplate()): Record<string, unknown>[] {
  return templateTables(template).map(({ logicalId, properties }) => {
    const input: Record<string, unknown> = { TableName: logicalId };
    for (const key of CREATE_TABLE_KEYS) if (properties[key] !== undefined) input[key] = properties[key];
    return input;
  });
}
