// `npm run import -- [FILE]`: bulk create with progress. See README.md.
import { importTasks } from './import/run-import.ts';
import { processContext } from './lib/context.ts';
import { runScript } from './lib/run-script.ts';

process.exitCode = await runScript(importTasks, processContext());
