// s3rver, typed: the local API and the tests import it from here, so its API is declared once.
/// <reference path="./s3rver-types.d.ts" />
export type { S3rverOptions, S3rverRecord } from 's3rver';
export { default as S3rver } from 's3rver';
