// The docs' explanation of each suite: what is measured against which baseline.

/** Markdown list items, one per suite, for docs/performance.md. */
export const SUITE_NOTES: readonly string[] = [
  '- **contract**: the generated validators against a hand-written check of the same rules and',
  '  against ajv compiled at run time; their import against a bare `node -e 0`.',
  '- **cold start**: a fresh `node` loading each function bundle (`packages/lambda/dist/<LogicalId>/index.mjs`,',
  '  with the environment the template sets) against a bare `node -e 0`, one pair per round. The',
  '  reference row is the same handler built the usual way: an AWS SDK DocumentClient at module',
  '  scope with the SDK external (loaded from node_modules) and the spec compiled by ajv at load.',
  '- **bundle size**: everything each function ships (lazy chunks included) against 400 KB, and',
  '  what a cold start loads (entry + static chunks), gzipped.',
  '- **data layer**: the lambda package’s create/get/list (its lean DynamoDB client) against bare',
  '  AWS SDK DocumentClient `send` calls of the same commands on the same in-process dynalite, in',
  '  operations per second.',
  '- **list scaling**: the first page (20 tasks) for a user with 10,000 tasks against one with 100.',
  '- **local API**: `getTask` at 16 concurrent clients through the gateway emulation against calling',
  '  the same bundle’s handler in-process, same dynalite; a plain `node:http` server calling the',
  '  handler shows what the HTTP hop alone costs.',
  '- **readiness**: the local API’s bin (bundles already built) from spawn to the first answered',
  '  `GET /hello`, interleaved with a bare `node -e 0`; shown as a share of the 3 s budget.',
  '- **client**: the SDK against raw `fetch`, bare openapi-fetch and `undici.request` on a loopback',
  '  `node:http` server with a fixed Task; with a stub fetch (no network), the time per call against',
  '  the stub plus `res.json()`; the ESM entry bundled with openapi-fetch, minified and gzipped;',
  '  and `@serverless-todo/query`’s ESM entry without its peers (the SDK and query-core).',
];
