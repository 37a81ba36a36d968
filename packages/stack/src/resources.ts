// The stack's data stores: DynamoDB tables (as the CreateTable input that makes each one
// locally) and S3 buckets.
import { type IntrinsicScope, physicalName, resolveIntrinsics } from './intrinsics.ts';

type Props = Record<string, unknown>;

/** One DynamoDB table. */
export interface TableModel {
  readonly logicalId: string;
  /** Its name in the scope: TableName, else the logical id. */
  readonly name: string;
  /** What CreateTable takes; PITR, SSE and TTL are deployment settings local stores lack. */
  readonly createTableInput: Readonly<Props>;
  /** `StreamSpecification.StreamViewType`, or null when the table has no stream. */
  readonly streamViewType: string | null;
  /** The TTL attribute, or null. */
  readonly ttlAttribute: string | null;
}

/** One S3 bucket. */
export interface BucketModel {
  readonly logicalId: string;
  readonly name: string;
  /** `CorsConfiguration.CorsRules` as written (resolved). */
  readonly corsRules: readonly Readonly<Props>[];
  readonly properties: Readonly<Props>;
}

const CREATE_TABLE_KEYS = [
  'AttributeDefinitions',
  'KeySchema',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
  'BillingMode',
  'ProvisionedThroughput',
];

const included = (scope: IntrinsicScope, condition: string | undefined) =>
  condition === undefined || scope.conditions[condition] !== false;

/**
 * The template's tables.
 *
 * @example
 * ```ts
 * tableModels(scope).map((t) => t.createTableInput); // [{ TableName: 'TasksTable', KeySchema: […], … }]
 * ```
 */
export function tableModels(scope: IntrinsicScope): TableModel[] {
  return Object.entries(scope.template.Resources)
    .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table' && included(scope, r.Condition))
    .map(([id, r]) => {
      const props = (resolveIntrinsics(scope, r.Properties ?? {}) ?? {}) as Props;
      const name = physicalName(scope, id);
      const input: Props = { TableName: name };
      for (const key of CREATE_TABLE_KEYS) if (props[key] !== undefined) input[key] = props[key];
      const stream = props.StreamSpecification as { StreamViewType?: string } | undefined;
      const ttl = props.TimeToLiveSpecification as { AttributeName?: string; Enabled?: unknown } | undefined;
      return {
        logicalId: id,
        name,
        createTableInput: input,
        streamViewType: stream?.StreamViewType ?? null,
        ttlAttribute: ttl && ttl.Enabled !== false ? (ttl.AttributeName ?? null) : null,
      };
    });
}

/**
 * The template's buckets.
 *
 * @example
 * ```ts
 * bucketModels(scope)[0]?.corsRules; // [{ AllowedMethods: ['GET', 'POST'], … }]
 * ```
 */
export function bucketModels(scope: IntrinsicScope): BucketModel[] {
  return Object.entries(scope.template.Resources)
    .filter(([, r]) => r.Type === 'AWS::S3::Bucket' && included(scope, r.Condition))
    .map(([id, r]) => {
      const props = (resolveIntrinsics(scope, r.Properties ?? {}) ?? {}) as Props;
      const cors = props.CorsConfiguration as { CorsRules?: Props[] } | undefined;
      return { logicalId: id, name: physicalName(scope, id), corsRules: cors?.CorsRules ?? [], properties: props };
    });
}
