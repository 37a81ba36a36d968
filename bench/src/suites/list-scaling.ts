// Whether a list page costs the same however many tasks a user has: the first page (the
// API's default limit, 20) for a user with 100 tasks and for one with 10,000, interleaved.
// A Query reads a key range from the partition's start, so the ratio should stay near 1.
import { dynamoWorld } from '../dynamo-world.ts';
import { handlerCalls } from '../handler-calls.ts';
import { meanTime } from '../load.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';
import { seedTasks } from '../seed.ts';

const SMALL = 100;
const LARGE = 10_000;

/**
 * Runs the list-scaling suite.
 *
 * @example
 * ```ts
 * const rows = await listScalingSuite({ quick: true });
 * ```
 */
export async function listScalingSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const world = await dynamoWorld();
  const small = `bench-list-${SMALL}`;
  const large = `bench-list-${LARGE}`;
  const seedStart = performance.now();
  await seedTasks(world.client, world.tableName, small, SMALL);
  await seedTasks(world.client, world.tableName, large, LARGE);
  const seedMs = performance.now() - seedStart;
  const calls = handlerCalls(world);
  for (let i = 0; i < 10; i++) await Promise.all([calls.list(small), calls.list(large)]);
  // Each sample is the mean of a few pages, so one slow call does not make a round.
  const perSample = quick ? 5 : 10;
  const run = await interleave(
    {
      small: () => meanTime(() => calls.list(small), perSample),
      large: () => meanTime(() => calls.list(large), perSample),
    },
    'small',
    { rounds: quick ? 10 : 30, maxMs: quick ? 8_000 : 30_000 },
  );
  return [
    ratioRow('list scaling', `first page (20) latency: ${LARGE} tasks vs ${SMALL} tasks`, run.ratios.large!, {
      budget: { op: '<=', limit: 1.2 },
      note: `listTasks handler; ${LARGE + SMALL} tasks seeded with BatchWrite in ${(seedMs / 1000).toFixed(1)} s`,
    }),
  ];
}
