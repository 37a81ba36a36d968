// Default locations: the repository root is where openapi.yaml lives; data goes under .data/.
import { dirname, join } from 'node:path';
import { asyncapiPath } from '@serverless-todo/contract/asyncapi';
import { openapiPath } from '@serverless-todo/contract/openapi';
import { templatePath } from '@serverless-todo/lambda/template';

/** The repository's root directory. */
export const repoRoot: string = dirname(openapiPath);
/** Where the local API keeps its DynamoDB files, signing key and generated parameters. */
export const defaultDataDir: string = join(repoRoot, '.data');
/** The SAM template the local API emulates. */
export const defaultTemplatePath: string = templatePath;
/** The spec served at /openapi.yaml and rendered at /docs. */
export const specPath: string = openapiPath;
/** The realtime spec served at /asyncapi.yaml and rendered at /docs/realtime. */
export const asyncapiSpecPath: string = asyncapiPath;
