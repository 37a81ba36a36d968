// `npm run -s export -- [--out FILE]`: every task as JSON or CSV. See README.md.
import { exportTasks } from './export/run-export.ts';
import { processContext } from './lib/context.ts';
import { runScript } from './lib/run-script.ts';

process.exitCode = await runScript(exportTasks, processContext());
