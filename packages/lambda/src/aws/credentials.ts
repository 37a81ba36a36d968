// Credentials come from the environment: the Lambda runtime sets the function role's keys
// there before the handler loads, so no provider chain (and none of its code) is needed.

/** A signing identity. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The environment's credentials; with `localFallback` (an endpoint override is set: dynalite,
 * s3rver) dummy ones when there are none, so a laptop without AWS configuration still works.
 *
 * @throws {Error} when the environment has no credentials and no fallback applies.
 * @example
 * ```ts
 * credentialsFromEnv(process.env, false).accessKeyId;
 * ```
 */
export function credentialsFromEnv(env: Env, localFallback: boolean): AwsCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (accessKeyId && secretAccessKey) {
    return { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined };
  }
  if (localFallback) return { accessKeyId: 'local', secretAccessKey: 'local' };
  throw new Error('AWS credentials are missing: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.');
}
