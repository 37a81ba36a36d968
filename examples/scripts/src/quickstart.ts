// `npm run quickstart`: the API tour through the SDK. See README.md.
import { processContext } from './lib/context.ts';
import { runScript } from './lib/run-script.ts';
import { quickstart } from './quickstart/walkthrough.ts';

process.exitCode = await runScript(quickstart, processContext());
