// The one key pair s3rver knows (its built-in account, S3RVER/S3RVER): the local API gives it
// to every function, so that what they sign verifies against the embedded S3.

/** Access key id and secret of the local credentials. */
export const S3RVER_KEY = 'S3RVER';
