// CloudFormation's short-form intrinsics (!Ref, !GetAtt, !Sub, …) are YAML tags. Parsing
// turns each into its long form ({ Ref: … }, { 'Fn::GetAtt': […] }) so that one resolver
// handles both spellings.
import { readFileSync } from 'node:fs';
import { parse, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { TemplateError } from '../errors.ts';

const SHORT_FORMS: Record<string, string> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  Not: 'Fn::Not',
  And: 'Fn::And',
  Or: 'Fn::Or',
  FindInMap: 'Fn::FindInMap',
  ImportValue: 'Fn::ImportValue',
  Base64: 'Fn::Base64',
  GetAZs: 'Fn::GetAZs',
  Cidr: 'Fn::Cidr',
};

const cfnTags: Tags = Object.entries(SHORT_FORMS).flatMap(([short, long]) => [
  {
    tag: `!${short}`,
    // `!GetAtt A.B` is the only scalar short form whose long form is a list.
    resolve: (value: string) => ({ [long]: long === 'Fn::GetAtt' ? value.split('.', 2) : value }),
  },
  { tag: `!${short}`, collection: 'seq' as const, resolve: (seq: YAMLSeq | YAMLMap) => ({ [long]: seq.toJSON() }) },
  { tag: `!${short}`, collection: 'map' as const, resolve: (map: YAMLSeq | YAMLMap) => ({ [long]: map.toJSON() }) },
]);

/** A CloudFormation template as plain data, intrinsics in their long form. */
export interface CfnTemplate {
  readonly Parameters?: Record<string, { Type?: string; Default?: unknown; NoEcho?: boolean }>;
  readonly Globals?: { Function?: Record<string, unknown>; Api?: Record<string, unknown> };
  readonly Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

/**
 * Reads a SAM/CloudFormation template, short-form intrinsics included.
 *
 * @example
 * ```ts
 * const template = readTemplate(templatePath);
 * template.Resources.TasksTable?.Type; // 'AWS::DynamoDB::Table'
 * ```
 */
export function readTemplate(file: string): CfnTemplate {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'), { customTags: cfnTags });
  } catch (cause) {
    throw new TemplateError(`cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
  const resources = (data as { Resources?: unknown } | null)?.Resources;
  if (typeof resources !== 'object' || resources === null) {
    throw new TemplateError(`${file} has no Resources section`);
  }
  return data as CfnTemplate;
}
