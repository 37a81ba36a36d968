// Random steps and sequences: valid and invalid inputs mixed, weighted so that a six-step
// sequence mostly works on tasks that exist. The `changes` mix, for the comparison of event
// streams, makes writes that succeed more often (fewer reads, fewer stale If-Match values),
// since only a change that took effect is heard.
import fc from 'fast-check';
import { type AttachmentRef, SEQUENCE_LENGTH, type Step, type TaskRef, type Who } from './steps.ts';

// Mostly user 0, so a sequence builds up enough tasks for reads, updates and pages to hit.
const who = fc.oneof({ arbitrary: fc.constant<Who>(0), weight: 4 }, { arbitrary: fc.constant<Who>(1), weight: 1 });

/** Mostly the owner signs; sometimes the other user (403) or, if enabled, nobody (401). */
const signer = (unauthenticated: boolean) =>
  fc.oneof(
    { arbitrary: fc.constant('owner' as const), weight: 10 },
    { arbitrary: fc.constant('other' as const), weight: 1 },
    { arbitrary: fc.constant(unauthenticated ? ('none' as const) : ('other' as const)), weight: 1 },
  );

const taskRef: fc.Arbitrary<TaskRef> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('created' as const),
      of: fc.oneof(
        { arbitrary: fc.constant('owner' as const), weight: 4 },
        { arbitrary: fc.constant('other' as const), weight: 1 },
      ),
      index: fc.nat({ max: 5 }),
    }),
    weight: 8,
  },
  { arbitrary: fc.constant({ kind: 'unknown' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'malformed' as const }), weight: 1 },
);

const status = fc.constantFrom('pending', 'in_progress', 'done');
const createBody = fc.oneof(
  {
    arbitrary: fc.record(
      { title: fc.constantFrom('a', 'b', 'c'), status, description: fc.constantFrom('', 'd') },
      { requiredKeys: ['title'] },
    ),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      { title: '' },
      { title: 'x', version: 2 },
      { status: 'done' },
      { title: 'x', status: 'later' },
    ),
    weight: 1,
  },
);
const updateBody = fc.oneof(
  {
    arbitrary: fc.oneof(
      fc.record({ status }),
      fc.record({ title: fc.constantFrom('u', 'v') }),
      fc.record({ due_date: fc.constantFrom(null, '2026-12-01T17:00:00Z') }),
    ),
    weight: 5,
  },
  { arbitrary: fc.constantFrom({}, { title: '' }, { task_id: 'x' }, { status: 'later' }), weight: 1 },
);
const attachmentRef: fc.Arbitrary<AttachmentRef> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('created' as const), index: fc.nat({ max: 3 }) }), weight: 8 },
  { arbitrary: fc.constant({ kind: 'unknown' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'malformed' as const }), weight: 1 },
);
const attachBody = fc.oneof(
  {
    arbitrary: fc.record({
      filename: fc.constantFrom('a.txt', 'photo.png', 'Übersicht.pdf'),
      content_type: fc.constantFrom('text/plain', 'image/png', 'application/pdf'),
      size: fc.constantFrom(1, 1024, 10_485_760),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      { filename: 'a/b.txt', content_type: 'text/plain', size: 1 },
      { filename: 'a.html', content_type: 'text/html', size: 1 },
      { filename: 'a.txt', content_type: 'text/plain', size: 0 },
      { filename: 'a.txt', content_type: 'text/plain' },
    ),
    weight: 1,
  },
);
const anyIfMatch = fc.constantFrom('*', '"1"', '"2"', '"3"', 'W/"2"', 'bogus');
const likelyIfMatch = fc.constantFrom('*', '"1"', 'W/"1"', '"2"');

/** Which steps a sequence favours: all kinds alike, or the changes that send events. */
export type StepMix = 'all' | 'changes';

/** Each op's weight, per mix (same order as the arbitraries below). */
const WEIGHTS = {
  all: {
    hello: 1,
    create: 6,
    list: 3,
    get: 2,
    update: 3,
    delete: 2,
    attach: 3,
    attachments: 1,
    attachment: 2,
    detach: 1,
  },
  changes: {
    hello: 1,
    create: 4,
    list: 1,
    get: 1,
    update: 6,
    delete: 3,
    attach: 4,
    attachments: 1,
    attachment: 1,
    detach: 3,
  },
} as const;

/**
 * One step; `hello` comes first so shrinking can turn irrelevant steps into it.
 *
 * @example
 * ```ts
 * fc.sample(stepArbitrary(false), 3);
 * ```
 */
export function stepArbitrary(unauthenticated: boolean, mix: StepMix = 'all'): fc.Arbitrary<Step> {
  // Plain records (no chain) so every field shrinks on its own.
  const to = { owner: who, signer: signer(unauthenticated) };
  const weight = WEIGHTS[mix];
  // Random If-Match values are mostly stale (412): the changes mix sends ones that often hold.
  const ifMatch = mix === 'changes' ? likelyIfMatch : anyIfMatch;
  const addressed = ['owner', 'signer'] as const;
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant({ op: 'hello' as const }), weight: weight.hello },
    {
      arbitrary: fc.record(
        { op: fc.constant('create' as const), body: createBody, key: fc.constantFrom('k1', 'k2'), ...to },
        { requiredKeys: ['op', 'body', ...addressed] },
      ),
      weight: weight.create,
    },
    {
      arbitrary: fc.record(
        {
          op: fc.constant('list' as const),
          limit: fc.oneof(
            { arbitrary: fc.constantFrom('1', '2', '3'), weight: 5 },
            { arbitrary: fc.constant('0'), weight: 1 },
          ),
          status,
          cursor: fc.oneof(
            { arbitrary: fc.constantFrom('none' as const, 'last' as const), weight: 5 },
            { arbitrary: fc.constant('tampered' as const), weight: 1 },
          ),
          ...to,
        },
        { requiredKeys: ['op', 'cursor', ...addressed] },
      ),
      weight: weight.list,
    },
    { arbitrary: fc.record({ op: fc.constant('get' as const), task: taskRef, ...to }), weight: weight.get },
    {
      arbitrary: fc.record(
        { op: fc.constant('update' as const), task: taskRef, body: updateBody, ifMatch, ...to },
        { requiredKeys: ['op', 'task', 'body', ...addressed] },
      ),
      weight: weight.update,
    },
    {
      arbitrary: fc.record(
        { op: fc.constant('delete' as const), task: taskRef, ifMatch, ...to },
        { requiredKeys: ['op', 'task', ...addressed] },
      ),
      weight: weight.delete,
    },
    {
      arbitrary: fc.record({ op: fc.constant('attach' as const), task: taskRef, body: attachBody, ...to }),
      weight: weight.attach,
    },
    {
      arbitrary: fc.record({ op: fc.constant('attachments' as const), task: taskRef, ...to }),
      weight: weight.attachments,
    },
    {
      arbitrary: fc.record({ op: fc.constant('attachment' as const), task: taskRef, attachment: attachmentRef, ...to }),
      weight: weight.attachment,
    },
    {
      arbitrary: fc.record({ op: fc.constant('detach' as const), task: taskRef, attachment: attachmentRef, ...to }),
      weight: weight.detach,
    },
    // Uploads only where events are compared: the check's verdict is heard as attachment.updated.
    ...(mix === 'changes'
      ? [
          {
            arbitrary: fc.record({
              op: fc.constant('upload' as const),
              owner: who,
              task: taskRef,
              attachment: attachmentRef,
            }),
            weight: 3,
          },
        ]
      : []),
  );
}

/**
 * A sequence of SEQUENCE_LENGTH steps.
 *
 * @example
 * ```ts
 * fc.sample(sequenceArbitrary(false), 1)[0]?.length; // 6
 * ```
 */
export const sequenceArbitrary = (unauthenticated: boolean, mix: StepMix = 'all') =>
  fc.array(stepArbitrary(unauthenticated, mix), { minLength: SEQUENCE_LENGTH, maxLength: SEQUENCE_LENGTH });
