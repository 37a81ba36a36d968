import { fileURLToPath } from 'node:url';

/** The absolute path of asyncapi.yaml, for servers that serve the raw spec or docs. */
export const asyncapiPath: string = fileURLToPath(new URL('../../../asyncapi.yaml', import.meta.url));

export { asyncapiDocument } from './generated/asyncapi-document.ts';
