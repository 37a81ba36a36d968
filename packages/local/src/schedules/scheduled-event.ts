// What EventBridge hands a function on a schedule: a `Scheduled Event` (an EventBridge rule,
// SAM's `Type: Schedule`), or the target's own Input when the event sets one.
import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../template/local-place.ts';
import type { ScheduleModel } from '../template/model.ts';

/**
 * The event one firing of a schedule delivers.
 *
 * @example
 * ```ts
 * scheduledEvent({ functionId: 'SweepFunction', event }, new Date());
 * // { version: '0', 'detail-type': 'Scheduled Event', source: 'aws.events', resources: ['arn:aws:events:…:rule/SweepFunctionHourly'], … }
 * ```
 */
export function scheduledEvent(schedule: ScheduleModel, at: Date): object {
  if (schedule.event.input !== null) return JSON.parse(schedule.event.input) as object;
  const event: ScheduledEvent = {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT,
    // EventBridge gives the scheduled time to the second.
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_REGION,
    // SAM names the rule after the function and the event.
    resources: [`arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/${schedule.functionId}${schedule.event.name}`],
    detail: {},
  };
  return event;
}
