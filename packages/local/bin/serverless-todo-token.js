#!/usr/bin/env node
// The contract package is TypeScript source, so the CLI runs through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { tokenMain } = await import('../src/cli/token-main.ts');
process.exit(await tokenMain(process.argv.slice(2)));
