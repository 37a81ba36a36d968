import { fileURLToPath } from 'node:url';

/** The absolute path of openapi.yaml, for servers that serve the raw spec or docs. */
export const openapiPath: string = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));
