#!/usr/bin/env node
// The contract package is TypeScript source, so the CLI runs through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exit(await main(process.argv.slice(2)));
