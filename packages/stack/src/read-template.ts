// CloudFormation's short-form intrinsics (!Ref, !GetAtt, !Sub, …) are YAML tags. Parsing
// turns each into its long form ({ Ref: … }, { 'Fn::GetAtt': […] }) so one resolver handles
// both spellings.
import { readFileSync } from 'node:fs';
import { parse, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { TemplateError } from './errors.ts';

const SHORT_FORMS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'Base64',
  'GetAZs',
  'Cidr',
  'Transform',
];

const longName = (short: string) => (short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`);

const cfnTags: Tags = SHORT_FORMS.flatMap((short) => [
  {
    tag: `!${short}`,
    // `!GetAtt A.B` is the only scalar short form whose long form is a list.
    resolve: (value: string) => ({ [longName(short)]: short === 'GetAtt' ? value.split('.', 2) : value }),
  },
  {
    tag: `!${short}`,
    collection: 'seq' as const,
    resolve: (seq: YAMLSeq | YAMLMap) => ({ [longName(short)]: seq.toJSON() }),
  },
  {
    tag: `!${short}`,
    collection: 'map' as const,
    resolve: (map: YAMLSeq | YAMLMap) => ({ [longName(short)]: map.toJSON() }),
  },
]);

/** One resource as the template writes it. */
export interface ResourceDefinition {
  readonly Type: string;
  readonly Condition?: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
}

/** A parameter's declaration. */
export interface ParameterDefinition {
  readonly Type?: string;
  readonly Default?: unknown;
  readonly NoEcho?: boolean;
  readonly MinLength?: number;
  readonly MinValue?: number;
  readonly MaxValue?: number;
  readonly AllowedValues?: readonly unknown[];
  readonly Description?: string;
}

/** A SAM/CloudFormation template as plain data, intrinsics in their long form. */
export interface Template {
  readonly Parameters?: Readonly<Record<string, ParameterDefinition>>;
  readonly Conditions?: Readonly<Record<string, unknown>>;
  readonly Globals?: { readonly Function?: Record<string, unknown>; readonly Api?: Record<string, unknown> };
  readonly Resources: Readonly<Record<string, ResourceDefinition>>;
  readonly Outputs?: Readonly<Record<string, unknown>>;
}

/**
 * Parses template text; `file` only names it in errors.
 *
 * @example
 * ```ts
 * parseTemplate('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n', 'inline.yaml').Resources.T?.Type;
 * ```
 */
export function parseTemplate(text: string, file: string): Template {
  let data: unknown;
  try {
    data = parse(text, { customTags: cfnTags, prettyErrors: true });
  } catch (cause) {
    const reason = (cause as Error).message.split('\n')[0];
    throw new TemplateError(`${file}: ${reason}`, { cause });
  }
  const resources = (data as { Resources?: unknown } | null)?.Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
    throw new TemplateError(`${file}: no Resources section`);
  }
  for (const [id, resource] of Object.entries(resources)) {
    if (typeof (resource as { Type?: unknown } | null)?.Type !== 'string') {
      throw new TemplateError(`${file}: resource ${id} has no Type`);
    }
  }
  return data as Template;
}

// One process reads the same template several times (parameters, the stack, the build
// check); parsing is what costs (~100 ms for ours), so a file whose text is unchanged is
// parsed once. Each caller gets its own copy, so no caller can change another's.
const parsed = new Map<string, { readonly text: string; readonly template: Template }>();

/**
 * Reads a SAM/CloudFormation template file, short-form intrinsics included.
 *
 * @example
 * ```ts
 * readTemplate(templatePath).Resources.TasksTable?.Type; // 'AWS::DynamoDB::Table'
 * ```
 */
export function readTemplate(file: string): Template {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new TemplateError(`cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, {
      cause,
    });
  }
  const known = parsed.get(file);
  if (known?.text === text) return structuredClone(known.template);
  const template = parseTemplate(text, file);
  parsed.set(file, { text, template: structuredClone(template) });
  return template;
}
