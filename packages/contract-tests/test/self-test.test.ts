// The suite tested on deliberately broken targets: it must fail, and its message must name
// the operation, the request and the difference.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differentialProperty, runSequence } from '../src/differential/differential.ts';
import type { Step } from '../src/differential/steps.ts';
import { ContractViolationError, DivergenceError, UnexpectedResponseError } from '../src/errors.ts';
import { propertySettings } from '../src/property/settings.ts';
import { useAfterDelete } from '../src/scenarios/after-delete.ts';
import { crudLifecycle } from '../src/scenarios/crud.ts';
import { paginationWalk } from '../src/scenarios/pagination.ts';
import type { Target } from '../src/target.ts';
import { localTarget } from '../src/targets/local-target.ts';
import { mockTarget } from '../src/targets/mock-target.ts';
import {
  localIgnoringLimit,
  losingEvents,
  mockWith200ForMissingTask,
  mockWithoutVersion,
} from './support/broken-targets.ts';

const TASK_URL = String.raw`\/users\/u-[0-9a-f-]{36}\/tasks\/[0-9a-f-]{36}`;

/** Runs `targets`' setup before and teardown after the tests of the current describe. */
function using(...targets: Target[]): void {
  beforeAll(async () => {
    for (const target of targets) await target.setup?.();
  });
  afterAll(async () => {
    for (const target of targets) await target.teardown?.();
  });
}

describe('a mock that answers 200 for a missing task', () => {
  const broken = mockWith200ForMissingTask();
  using(broken);

  it('fails "use after delete" naming getTask, the request and the status', async () => {
    const failure = useAfterDelete(broken);
    await expect(failure).rejects.toThrow(UnexpectedResponseError);
    await expect(failure).rejects.toThrow(new RegExp(`getTask: GET ${TASK_URL}\\n  → 200, expected 404`));
  });
});

describe('a mock whose tasks lack version', () => {
  const broken = mockWithoutVersion();
  using(broken);

  it('fails the CRUD lifecycle with a contract violation naming getTask and the missing field', async () => {
    const failure = crudLifecycle(broken);
    await expect(failure).rejects.toThrow(ContractViolationError);
    await expect(failure).rejects.toThrow(
      /getTask \(\[mock, broken: task without version\] GET .*\) → 200 departs from openapi\.yaml/,
    );
    await expect(failure).rejects.toThrow(/must have required property 'version'/);
  });
});

describe('a listTasks handler that ignores limit', () => {
  const broken = localIgnoringLimit();
  const mock = mockTarget({ bypassOtherOrigins: true });
  using(broken, mock);

  it('fails the pagination walk naming listTasks, the limit sent and the page size', async () => {
    const failure = paginationWalk(broken);
    await expect(failure).rejects.toThrow(UnexpectedResponseError);
    await expect(failure).rejects.toThrow(
      /listTasks: GET \/users\/u-[0-9a-f-]{36}\/tasks\?limit=1\n.*at most 1 tasks on the page, got 20/,
    );
  });

  it('diverges from the mock in the differential test, shrunk to one list step', async () => {
    const { seed } = propertySettings();
    const details = await fc.check(differentialProperty(mock, broken), { seed, numRuns: 100 });
    expect(details.failed).toBe(true);
    expect(details.errorInstance).toBeInstanceOf(DivergenceError);
    expect(String(details.errorInstance)).toMatch(/listTasks: GET .*limit=/);
    const [steps] = details.counterexample as [Step[]];
    expect(steps.filter((step) => step.op !== 'hello')).toEqual([expect.objectContaining({ op: 'list' })]);
  });
});

describe('a realtime API that loses attachment.deleted', () => {
  const mock = mockTarget({ bypassOtherOrigins: true, realtime: true });
  const broken = losingEvents(localTarget(), 'attachment.deleted');
  using(mock, broken);

  it("diverges from the mock's event stream, naming the user, the attachment and both sides' events", async () => {
    // The prelude's task#0 has attachment#2: deleting the task deletes it too.
    const steps: Step[] = [
      { op: 'delete', task: { kind: 'created', of: 'owner', index: 0 }, owner: 0, signer: 'owner' },
    ];
    const failure = runSequence(mock, broken, steps, { events: true });
    await expect(failure).rejects.toThrow(DivergenceError);
    await expect(failure).rejects.toThrow(
      /mock and local, broken: loses attachment\.deleted sent different events for: \[\{"op":"delete"/,
    );
    await expect(failure).rejects.toThrow(
      /user 0 \(u-[0-9a-f-]{36}\), task#0\/attachment#2: mock heard 2 event\(s\), local, broken: loses attachment\.deleted 1; they differ at event 2\n {4}mock: attachment\.created v1 → attachment\.deleted v1\n/,
    );
  });
});

describe('a realtime API that loses attachment.updated', () => {
  const mock = mockTarget({ bypassOtherOrigins: true, realtime: true });
  const broken = losingEvents(localTarget(), 'attachment.updated');
  using(mock, broken);

  it("diverges from the mock's event stream once an upload step's file is checked", async () => {
    // The prelude's attachment#2 (text/plain, 5 bytes) on task#0: its upload is ready.
    const ref = { kind: 'created', index: 0 } as const;
    const steps: Step[] = [{ op: 'upload', task: { ...ref, of: 'owner' }, attachment: ref, owner: 0 }];
    await expect(runSequence(mock, broken, steps, { events: true })).rejects.toThrow(
      /task#0\/attachment#2: mock heard 2 event\(s\), .* 1; they differ at event 2\n {4}mock: attachment\.created v1 → attachment\.updated v2\n/,
    );
  });
});

describe('a realtime API that loses task.updated', () => {
  const mock = mockTarget({ bypassOtherOrigins: true, realtime: true });
  const broken = losingEvents(localTarget(), 'task.updated');
  using(mock, broken);

  it('diverges from the mock in the differential test of event streams, shrunk to one update step', async () => {
    const { seed } = propertySettings();
    const property = differentialProperty(mock, broken, { unauthenticated: true, events: true });
    const details = await fc.check(property, { seed, numRuns: 20 });
    expect(details.failed).toBe(true);
    expect(details.errorInstance).toBeInstanceOf(DivergenceError);
    expect(String(details.errorInstance)).toMatch(/task#\d+: mock heard 2 event\(s\), .* 1; they differ at event 2/);
    const [steps] = details.counterexample as [Step[]];
    expect(steps.filter((step) => step.op !== 'hello')).toEqual([expect.objectContaining({ op: 'update' })]);
  });
});
