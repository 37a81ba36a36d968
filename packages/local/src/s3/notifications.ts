// s3rver's records → AWS-shaped records → the subscribed functions, one invocation each.
import type { S3rverRecord } from '@serverless-todo/s3rver';
import type { FunctionRuntime } from '../gateway/function-runtime.ts';
import type { LogSink } from '../server/access-log.ts';
import type { AsyncDelivery } from './delivery.ts';
import { awsRecord, type RecordPlace, Sequencer } from './event-record.ts';
import { matching, type S3Subscription } from './subscriptions.ts';

/** What routing a notification needs. */
export interface NotificationOptions {
  readonly subscriptions: readonly S3Subscription[];
  readonly runtimes: ReadonlyMap<string, FunctionRuntime>;
  readonly delivery: AsyncDelivery;
  readonly place: RecordPlace;
  readonly log: LogSink;
}

/**
 * The handler for s3rver's records: each one reaches every subscription that matches it, as
 * its own invocation (S3 sends one record per notification).
 *
 * @example
 * ```ts
 * const onRecord = s3Notifications({ subscriptions, runtimes, delivery, place: { region: 'us-east-1', accountId: '000000000000' }, log });
 * await startEmbeddedS3({ path, buckets, onRecord });
 * ```
 */
export function s3Notifications(options: NotificationOptions): (raw: S3rverRecord) => void {
  const sequencer = new Sequencer();
  return (raw) => {
    const targets = matching(options.subscriptions, {
      bucket: raw.s3.bucket.name,
      eventName: raw.eventName,
      key: raw.s3.object.key,
    });
    // One sequencer value per object event, shared by every notification it causes.
    const sequence = sequencer.next();
    for (const target of targets) {
      const runtime = options.runtimes.get(target.functionId);
      if (!runtime) {
        options.log(`S3 ${raw.eventName}: no runtime for ${target.functionId}`);
        continue;
      }
      const record = awsRecord(raw, { configurationId: target.event.name, sequencer: sequence, place: options.place });
      options.delivery.deliver(runtime, target.functionId, record);
    }
  };
}
