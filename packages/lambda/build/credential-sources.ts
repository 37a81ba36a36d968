// An esbuild plugin that leaves the AWS SDK's profile-file credential sources out of the
// bundles. In Lambda the default chain finds credentials in the environment first (the
// runtime sets them), with the container and instance-metadata sources kept as fallbacks;
// SSO, shared ini files, credential_process and web-identity token files never exist
// there, yet with their STS/SSO clients they are about 100 KB of every bundle.
import type { Plugin } from 'esbuild';

/** The packages the SDK's default chain imports lazily for profile-file credentials. */
export const PROFILE_CREDENTIAL_SOURCES = [
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
];

const NAMESPACE = 'lambda-credential-stub';

// Each source answers "not here, try the next link", exactly as it would without a profile.
const stub = `
const skip = (source) => () => async () => {
  const error = new Error(source + ' credentials are not bundled for Lambda; the environment provides them.');
  error.name = 'CredentialsProviderError';
  error.tryNextLink = true;
  throw error;
};
export const fromSSO = skip('SSO');
export const fromIni = skip('Shared ini file');
export const fromProcess = skip('credential_process');
export const fromTokenFile = skip('Web identity token file');
export const fromWebToken = skip('Web identity token');
`;

/**
 * Replaces the profile-file credential sources with stubs that defer to the next source.
 *
 * @example
 * ```ts
 * await build({ entryPoints: ['src/handlers/get-task.ts'], bundle: true, plugins: [lambdaCredentialSources()] });
 * ```
 */
export function lambdaCredentialSources(): Plugin {
  const filter = new RegExp(`^(${PROFILE_CREDENTIAL_SOURCES.map((name) => name.replace(/[/-]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lambda-credential-sources',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: stub, loader: 'js' }));
    },
  };
}
