// Runs in a fresh Node process, as Lambda would: imports a built bundle, invokes its
// handler with each event read from stdin (a JSON array of [event, context]), and prints
// the results as a JSON array. Usage: node invoke-bundle.mjs dist/<fn>/index.mjs
import { pathToFileURL } from 'node:url';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const calls = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const { handler } = await import(pathToFileURL(process.argv[2]).href);
const results = [];
for (const [event, context] of calls) {
  const remaining = Date.now() + 10_000;
  results.push(await handler(event, { ...context, getRemainingTimeInMillis: () => remaining - Date.now() }));
}
process.stdout.write(JSON.stringify(results));
