// Where a function's S3 calls go: the bucket's virtual-hosted endpoint in Lambda, or the
// endpoint the environment names (the local API's embedded S3, path-style).
import { type AwsCredentials, credentialsFromEnv } from './credentials.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Endpoint, addressing style, signing region and identity of an S3 client. */
export interface S3Config {
  /** Set when `AWS_ENDPOINT_URL_S3` overrides AWS's endpoint. */
  readonly endpoint: URL | undefined;
  readonly forcePathStyle: boolean;
  readonly region: string;
  readonly credentials: () => AwsCredentials;
}

/**
 * The configuration an environment describes (`AWS_ENDPOINT_URL_S3`, `S3_FORCE_PATH_STYLE`,
 * `AWS_REGION`, the function role's keys).
 *
 * @example
 * ```ts
 * s3Config({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4569', S3_FORCE_PATH_STYLE: 'true' }).forcePathStyle; // true
 * ```
 */
export function s3Config(env: Env): S3Config {
  const override = env.AWS_ENDPOINT_URL_S3;
  return {
    endpoint: override ? new URL(override) : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    region: env.AWS_REGION || 'us-east-1',
    credentials: () => credentialsFromEnv(env, Boolean(override)),
  };
}

/** S3's encoding of a key in a path: every segment URI-encoded, the slashes kept. */
const encodeKey = (key: string) =>
  key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');

/**
 * The URL of a bucket (`key` undefined, for form POSTs) or of an object in it.
 *
 * @example
 * ```ts
 * objectUrl(config, 'attachments', 'u1/t1/a1').href;
 * ```
 */
export function objectUrl(config: S3Config, bucket: string, key?: string): URL {
  const path = key === undefined ? '' : encodeKey(key);
  if (config.endpoint !== undefined && config.forcePathStyle) {
    const base = config.endpoint.href.replace(/\/$/, '');
    return new URL(`${base}/${bucket}${key === undefined ? '' : `/${path}`}`);
  }
  const origin = config.endpoint
    ? `${config.endpoint.protocol}//${bucket}.${config.endpoint.host}`
    : `https://${bucket}.s3.${config.region}.amazonaws.com`;
  return new URL(`${origin}/${path}`);
}
