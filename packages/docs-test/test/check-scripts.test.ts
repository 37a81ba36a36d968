import { expect, it } from 'vitest';
import { scriptProblem } from '../src/check-scripts.ts';

const scripts = new Map<string, Record<string, string>>([
  ['', { start: 'node x', test: 'x', import: 'tsx i', export: 'tsx e' }],
  ['@example/scripts', { import: 'tsx i', test: 'vitest' }],
]);

it.each([
  ['npm start', null],
  ['npm start -- --port 0', null],
  ['npm run -s export > tasks.json', null],
  ['npm run import -- --help', null],
  ['npm run <script>', null],
  ['npx pnpm --filter @example/scripts test', null],
  ['npx pnpm --filter @example/scripts run import', null],
  ['npx -y pnpm@10.34.9 install && npm test', null],
  ['API_URL=x npm run import', null],
  ['npm run imprt', 'npm run imprt: the root package.json has no "imprt" script'],
  ['npm import', 'npm import: not a script command (write npm run import)'],
  [
    'npx pnpm --filter @example/scripts import',
    'pnpm --filter @example/scripts import runs pnpm\'s own "import", not the script: write "run import"',
  ],
  ['npx pnpm --filter @example/scriptz test', 'pnpm --filter @example/scriptz: no workspace package of that name'],
  ['curl x && npm run nope', 'npm run nope: the root package.json has no "nope" script'],
])('%s → %s', (command, want) => {
  expect(scriptProblem(command, scripts)).toBe(want);
});
