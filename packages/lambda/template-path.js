import { fileURLToPath } from 'node:url';

/** Absolute path of this package's SAM template (the local API reads it). */
export const templatePath = fileURLToPath(new URL('./template.yaml', import.meta.url));
/** Absolute path of the directory that holds one built bundle per function. */
export const distPath = fileURLToPath(new URL('./dist/', import.meta.url));
