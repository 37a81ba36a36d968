// The design's curl walkthrough, through the SDK: create, list, get, mark done with
// If-Match, delete. Every step prints what was sent and what came back, so the output reads
// as a tutorial of the API as much as of the client.
import { isTodoApiError, type Task } from '@serverless-todo/client';
import type { ScriptContext } from '../lib/context.ts';
import { UsageError } from '../lib/errors.ts';
import { connect } from '../lib/target.ts';

/** How to call the quickstart. */
export const USAGE = `usage: npm run quickstart [-- --help]
  env: API_URL (default http://127.0.0.1:3000), API_TOKEN (default: a dev token from the local API), USER_ID (default user123)`;

/** The task of the design document's first request. */
export const EXAMPLE_TASK = { title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' };

const describe = (task: Task) =>
  `"${task.title}" [${task.status}] task_id ${task.task_id}, version ${task.version} (ETag "${task.version}")`;

/**
 * Runs the walkthrough against the target in `context.env`; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runScript(quickstart, processContext());
 * ```
 */
export async function quickstart(context: ScriptContext): Promise<number> {
  const [first, ...rest] = context.argv;
  if ((first === '--help' || first === '-h') && rest.length === 0) {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (first !== undefined) throw new UsageError(`unexpected argument: ${first}`, USAGE);
  const out = (line = '') => context.stdout.write(`${line}\n`);
  const { client, userId, baseUrl } = await connect(context.env, context.fetch);
  const tasks = `/users/${userId}/tasks`;
  out(`Quickstart against ${baseUrl} as ${userId}`);
  out();

  out(`1. Create a task          POST ${tasks}`);
  const created = await client.tasks.create(userId, EXAMPLE_TASK);
  out(`   201 Created: ${describe(created.task)}`);
  out(`   description: ${created.task.description}`);
  const id = created.task.task_id;

  out(`2. List your tasks        GET ${tasks}`);
  const page = await client.tasks.list(userId);
  out(`   200 OK: ${page.tasks.length} task(s) on this page; next_cursor ${page.next_cursor ?? 'null (the end)'}`);
  for (const task of page.tasks) out(`   - ${task.title} [${task.status}]`);

  out(`3. Get it by id           GET ${tasks}/${id}`);
  const got = await client.tasks.get(userId, id);
  out(`   200 OK: ${describe(got.task)}`);

  out(`4. Mark it done           PATCH ${tasks}/${id}  If-Match: ${got.etag}`);
  // If-Match makes the update conditional: had anyone changed the task since step 3, the API
  // would answer 412 instead of overwriting their change.
  const done = await client.tasks.update(userId, id, { status: 'done' }, { ifMatch: got.etag });
  out(`   200 OK: ${describe(done.task)}`);

  out(`5. Delete it              DELETE ${tasks}/${id}  If-Match: ${done.etag}`);
  await client.tasks.delete(userId, id, { ifMatch: done.etag });
  out('   204 No Content');

  out(`6. Check it is gone       GET ${tasks}/${id}`);
  try {
    await client.tasks.get(userId, id);
    throw new Error(`task ${id} is still there after its delete`);
  } catch (error) {
    if (!isTodoApiError(error) || error.status !== 404) throw error;
    out(`   404 ${error.title} (a problem+json body; the SDK throws it as TodoApiError)`);
  }
  out();
  out('Done. Next: `npm run import` loads 1,000 sample tasks.');
  return 0;
}
