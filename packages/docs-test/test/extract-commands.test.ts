import { describe, expect, it } from 'vitest';
import { extractBlocks, inlineCommands, MarkerError } from '../src/extract-commands.ts';

describe('extractBlocks', () => {
  it.each([
    ['one command', '```sh\nnpm start\n```\n', [{ kind: 'run', line: 1, commands: [{ text: 'npm start', line: 2 }] }]],
    [
      'comments and blank lines dropped, continuations joined',
      '```sh\n# a comment\n\ncurl -X POST x \\\n  -d y\nnpm test   # trailing\n```\n',
      [
        {
          kind: 'run',
          line: 1,
          commands: [
            { text: 'curl -X POST x -d y', line: 4 },
            { text: 'npm test   # trailing', line: 6 },
          ],
        },
      ],
    ],
    ['other languages ignored', '```ts\nconst a = 1;\n```\n```\nerror: x\n```\n', []],
    [
      'a skip marker right before the block',
      '<!-- docs-test: skip (needs an AWS account) -->\n```sh\nsam deploy\n```\n',
      [{ kind: 'skip', reason: 'needs an AWS account', line: 2, commands: [{ text: 'sam deploy', line: 3 }] }],
    ],
    [
      'a server marker, indented block',
      '  <!-- docs-test: server http://127.0.0.1:3000/hello -->\n  ```sh\n  npm start\n  ```\n',
      [{ kind: 'server', url: 'http://127.0.0.1:3000/hello', line: 2, commands: [{ text: 'npm start', line: 3 }] }],
    ],
    [
      'a marker separated by prose applies to nothing',
      '<!-- docs-test: skip (x) -->\nSome prose.\n```sh\nnpm start\n```\n',
      [{ kind: 'run', line: 3, commands: [{ text: 'npm start', line: 4 }] }],
    ],
  ])('%s', (_name, markdown, want) => {
    expect(extractBlocks('X.md', markdown)).toEqual(want);
  });

  it('rejects a marker it does not know, naming the file and line', () => {
    expect(() => extractBlocks('X.md', 'a\n<!-- docs-test: skpi (typo) -->\n```sh\nnpm start\n```\n')).toThrow(
      new MarkerError('X.md', 2, 'skpi (typo)'),
    );
  });
});

describe('inlineCommands', () => {
  it('finds npm and npx pnpm code spans outside fences', () => {
    const markdown = '| `npm run import` | `tsc` |\n```sh\nnpm run inside\n```\nRun `npx pnpm --filter a test`.\n';
    expect(inlineCommands(markdown)).toEqual([
      { text: 'npm run import', line: 1 },
      { text: 'npx pnpm --filter a test', line: 5 },
    ]);
  });
});
