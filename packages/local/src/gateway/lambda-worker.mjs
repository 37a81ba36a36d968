// One Lambda execution environment: this worker thread imports one function's bundle once
// (its own module graph, its own process.env) and runs invocations the parent sends it.
// Plain JavaScript on purpose: it runs in a bare worker, without any TypeScript loader.

import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { entryFile, exportName, functionName, memoryMB, region, account } = workerData;

/** Lambda reports a failure as { errorType, errorMessage, stack }. */
const describe = (error) =>
  error instanceof Error
    ? { errorType: error.name, errorMessage: error.message, stack: String(error.stack ?? '').split('\n') }
    : { errorType: typeof error, errorMessage: String(error), stack: [] };

let handler = null;

async function load() {
  const started = performance.now();
  const module = await import(pathToFileURL(entryFile).href);
  const fn = module[exportName];
  if (typeof fn !== 'function') throw new Error(`${entryFile} exports no function ${exportName}`);
  parentPort.postMessage({ type: 'cold-start', ms: performance.now() - started });
  return fn;
}

function context(awsRequestId, deadline, settle) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${account}:function:${functionName}`,
    // The Node.js runtime passes the memory size as a string.
    memoryLimitInMB: String(memoryMB),
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${awsRequestId.replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: (error, result) => settle(error ?? null, result),
    fail: (error) => settle(error ?? new Error('context.fail')),
    succeed: (result) => settle(null, result),
  };
}

async function invoke({ id, event, awsRequestId, deadline }) {
  let settled = false;
  const settle = (error, value) => {
    if (settled) return;
    settled = true;
    if (error) return parentPort.postMessage({ type: 'error', id, error: describe(error) });
    // The runtime hands the result back as JSON: undefined becomes null, Dates strings.
    let json;
    try {
      json = JSON.stringify(value === undefined ? null : value);
    } catch (cause) {
      return parentPort.postMessage({ type: 'error', id, error: describe(cause) });
    }
    parentPort.postMessage({ type: 'result', id, json });
  };
  try {
    handler ??= load();
    const fn = await handler.catch((error) => {
      handler = null; // an init error is retried by the next invocation, as Lambda does
      throw error;
    });
    const returned = fn(event, context(awsRequestId, deadline, settle), settle);
    if (returned && typeof returned.then === 'function')
      returned.then(
        (value) => settle(null, value),
        (error) => settle(error ?? new Error('rejected')),
      );
  } catch (error) {
    settle(error);
  }
}

parentPort.on('message', (message) => {
  if (message.type === 'invoke') invoke(message);
});
