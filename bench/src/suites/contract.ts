// The contract's budgets: cold-start cost of the generated validators, and their speed
// against a hand-written check and against ajv compiled at run time.
import { fileURLToPath } from 'node:url';
import { openapiPath } from '@serverless-todo/contract/openapi';
import { responseValidators } from '@serverless-todo/contract/responses';
import { requestSpecs } from '@serverless-todo/contract/validators';
import { bundleModule } from '../bundle.ts';
import { interleave, rate, timeProcess } from '../measure.ts';
import type { Row } from '../report.ts';
import { checkTask, checkTaskCreate } from './hand-written-checks.ts';
import { runtimeAjvSource } from './runtime-ajv.ts';

const benchDir = fileURLToPath(new URL('..', import.meta.url));

const validCreate = {
  title: 'Learn AWS Lambda',
  description: 'Complete the serverless tutorial',
  status: 'pending',
  due_date: '2026-12-01T17:00:00Z',
};
const invalidCreate = { title: '', owner: 'y', status: 'archived', due_date: 'tomorrow' };
const task = {
  user_id: 'user123',
  task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  ...validCreate,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  version: 3,
};

export async function contractSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const suite = 'contract';
  const precompiled = await bundleModule(
    'contract-validators',
    // What a function loads: the checker and its own operation's spec.
    "import { checkRequest } from '@serverless-todo/contract'; import { listTasks } from '@serverless-todo/contract/requests/listTasks'; checkRequest(listTasks, { pathParameters: { user_id: 'u' } });",
    benchDir,
  );
  const runtime = await bundleModule('runtime-ajv', runtimeAjvSource(openapiPath), benchDir);
  const node = process.execPath;
  const cold = await interleave(
    {
      bare: () => timeProcess(node, ['-e', '0']),
      precompiled: () => timeProcess(node, [precompiled]),
      runtimeAjv: () => timeProcess(node, [runtime]),
    },
    'bare',
    { rounds: quick ? 12 : 30, maxMs: quick ? 20_000 : 90_000 },
  );

  const generatedCreate = requestSpecs.createTask.checkBody!;
  const generatedTask = responseValidators['getTask 200 application/json']!;
  const { compileRuntime } = await import(runtime);
  const runtimeValidators = compileRuntime() as { createTask: (v: unknown) => boolean; task: (v: unknown) => boolean };
  const slice = quick ? 40 : 100;
  const rounds = { rounds: quick ? 10 : 30, maxMs: quick ? 15_000 : 60_000 };
  const speed = (
    valid: (v: unknown) => boolean,
    hand: (v: unknown) => boolean,
    rt: (v: unknown) => boolean,
    value: unknown,
  ) =>
    interleave(
      {
        hand: () => rate(() => hand(value), slice),
        generated: () => rate(() => valid(value), slice),
        runtimeAjv: () => rate(() => rt(value), slice),
      },
      'hand',
      rounds,
    );
  const validRun = await speed(generatedCreate, checkTaskCreate, runtimeValidators.createTask, validCreate);
  const invalidRun = await speed(generatedCreate, checkTaskCreate, runtimeValidators.createTask, invalidCreate);
  const taskRun = await speed(generatedTask, checkTask, runtimeValidators.task, task);

  const r = (
    name: string,
    run: { ratios: Record<string, { median: number; spread: number; n: number }> },
    key: string,
    budget?: Row['budget'],
    note?: string,
  ): Row => ({
    suite,
    name,
    value: run.ratios[key]!.median,
    unit: 'x',
    spread: run.ratios[key]!.spread,
    samples: run.ratios[key]!.n,
    ...(budget ? { budget } : {}),
    ...(note ? { note } : {}),
  });
  return [
    r('import precompiled validators vs node -e 0', cold, 'precompiled', { op: '<=', limit: 1.1 }),
    r('reference: runtime ajv compile vs node -e 0', cold, 'runtimeAjv'),
    r('valid TaskCreate: generated vs hand-written (ops/s)', validRun, 'generated', { op: '>=', limit: 0.5 }),
    r('valid TaskCreate: runtime-compiled ajv vs hand-written', validRun, 'runtimeAjv'),
    r(
      'invalid TaskCreate: generated vs hand-written (ops/s)',
      invalidRun,
      'generated',
      undefined,
      'all errors collected',
    ),
    r('Task response: generated vs hand-written (ops/s)', taskRun, 'generated', { op: '>=', limit: 0.5 }),
    r('Task response: runtime-compiled ajv vs hand-written', taskRun, 'runtimeAjv'),
  ];
}
