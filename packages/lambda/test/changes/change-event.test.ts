// The change events the consumer logs, one per record, against ChangeEvent in openapi.yaml:
// the type follows the record's event name, the version is the task's new one (the deleted
// one for task.deleted), and the event id is the record's, so a redelivery repeats it.
import { readFileSync } from 'node:fs';
import { openapiPath } from '@serverless-todo/contract/openapi';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeEvent } from '../../src/changes/change-event.ts';
import { recordParts } from '../../src/changes/record-images.ts';
import { TaskStreamModel } from '../support/stream-records.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(parse(readFileSync(openapiPath, 'utf8')), 'openapi.yaml');
const validate = ajv.getSchema('openapi.yaml#/components/schemas/ChangeEvent');

describe('change events', () => {
  const model = new TaskStreamModel();
  const id = model.create('u1', 'pending');
  model.update(id, 'done');
  model.update(id);
  model.delete(id);
  const events = model.records.map((record) => changeEvent(recordParts(record)));

  it('conform to ChangeEvent', () => {
    for (const event of events) {
      expect(validate?.(event), JSON.stringify(validate?.errors)).toBe(true);
    }
  });

  it('say what changed, at which version, with the record as the event id', () => {
    expect(events.map((e) => [e?.type, e?.version, e?.task?.status])).toEqual([
      ['task.created', 1, 'pending'],
      ['task.updated', 2, 'done'],
      ['task.updated', 3, 'done'],
      ['task.deleted', 3, undefined],
    ]);
    expect(events.map((e) => e?.event_id)).toEqual(model.records.map((r) => r.eventID));
    expect(events[0]?.occurred_at).toBe(
      new Date((model.records[0]?.dynamodb?.ApproximateCreationDateTime as number) * 1000).toISOString(),
    );
  });

  it('are not made for records that are no task', () => {
    expect(changeEvent({ eventName: 'INSERT', oldImage: undefined, newImage: { id: 'x' } })).toBeNull();
  });
});
