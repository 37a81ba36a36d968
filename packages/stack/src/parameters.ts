// Parameter values for a stack: an override wins, then the parameter's Default. Values are
// checked against the declaration (Number, AllowedValues, MinValue/MaxValue, MinLength) the
// way CloudFormation would refuse them at deploy time.
import { TemplateError } from './errors.ts';
import type { ParameterDefinition, Template } from './read-template.ts';

function check(name: string, spec: ParameterDefinition, value: string): void {
  if (spec.Type === 'Number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      throw new TemplateError(`parameter ${name} must be a number, got "${value}"`);
    if (spec.MinValue !== undefined && n < spec.MinValue) {
      throw new TemplateError(`parameter ${name} must be at least ${spec.MinValue}, got ${value}`);
    }
    if (spec.MaxValue !== undefined && n > spec.MaxValue) {
      throw new TemplateError(`parameter ${name} must be at most ${spec.MaxValue}, got ${value}`);
    }
  }
  if (spec.AllowedValues && !spec.AllowedValues.map(String).includes(value)) {
    throw new TemplateError(`parameter ${name} must be one of ${spec.AllowedValues.join(', ')}, got "${value}"`);
  }
  if (spec.MinLength !== undefined && value.length < spec.MinLength) {
    throw new TemplateError(`parameter ${name} must be at least ${spec.MinLength} characters`);
  }
}

/**
 * The value of each parameter that has one: overrides, then Defaults. A parameter with
 * neither is left out (resolving a Ref to it fails, naming it).
 *
 * @example
 * ```ts
 * parameterValues(template, { AllowedOrigins: 'https://app.example.com' });
 * // { StageName: 'dev', AllowedOrigins: 'https://app.example.com', … }
 * ```
 */
export function parameterValues(
  template: Template,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const declared = template.Parameters ?? {};
  for (const name of Object.keys(overrides)) {
    if (!(name in declared)) {
      const names = Object.keys(declared).join(', ') || 'none';
      throw new TemplateError(`parameter ${name} is not declared in the template (it declares ${names})`);
    }
  }
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = overrides[name] ?? (spec.Default === undefined ? undefined : String(spec.Default));
    if (value === undefined) continue;
    check(name, spec, value);
    values[name] = value;
  }
  return values;
}
