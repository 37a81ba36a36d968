// Which functions an object event reaches: those with a template `S3` event on the bucket
// whose event type pattern and key filter match, as S3's notification configuration does.
import { type S3Event, type StackModel, TemplateError } from '@serverless-todo/stack';
import { eventKey } from './event-key.ts';

/** One function's subscription to a bucket (a SAM `Type: S3` event). */
export interface S3Subscription {
  readonly functionId: string;
  /** The bucket's physical name. */
  readonly bucket: string;
  readonly event: S3Event;
}

/**
 * Does an event name (`ObjectCreated:Put`) match a pattern (`s3:ObjectCreated:*`)?
 *
 * @example
 * ```ts
 * eventMatches('s3:ObjectCreated:*', 'ObjectCreated:Post'); // true
 * eventMatches('s3:ObjectRemoved:*', 'ObjectCreated:Put'); // false
 * ```
 */
export function eventMatches(pattern: string, eventName: string): boolean {
  const wanted = pattern.replace(/^s3:/, '');
  return wanted.endsWith(':*') ? eventName.startsWith(wanted.slice(0, -1)) : wanted === eventName;
}

/**
 * Does a key pass a subscription's prefix/suffix filter? S3 compares the filter values with
 * the key in its event encoding (its docs: write a space in a prefix as `+`), so a filter
 * written with a raw space matches nothing, here as in AWS.
 *
 * @example
 * ```ts
 * keyMatches({ prefix: 'uploads/', suffix: '.png' }, 'uploads/a.png'); // true
 * keyMatches({ prefix: 'my+files/' }, 'my files/a.png'); // true
 * ```
 */
export function keyMatches(filter: Readonly<Record<string, string>>, key: string): boolean {
  const encoded = eventKey(key);
  return encoded.startsWith(filter.prefix ?? '') && encoded.endsWith(filter.suffix ?? '');
}

/**
 * The subscriptions an event on `bucket` with `eventName` and `key` triggers.
 *
 * @example
 * ```ts
 * matching(subscriptions, { bucket: 'attachments', eventName: 'ObjectCreated:Put', key: 'uploads/a.png' });
 * ```
 */
export function matching(
  subscriptions: readonly S3Subscription[],
  event: { bucket: string; eventName: string; key: string },
): S3Subscription[] {
  return subscriptions.filter(
    (s) =>
      s.bucket === event.bucket &&
      s.event.events.some((pattern) => eventMatches(pattern, event.eventName)) &&
      keyMatches(s.event.filter, event.key),
  );
}

/**
 * Every `Type: S3` event of the stack's functions, with the bucket's physical name.
 *
 * @example
 * ```ts
 * s3Subscriptions(stack); // [{ functionId: 'UploadedFunction', bucket: 'attachments', event: { events: ['s3:ObjectCreated:*'], … } }]
 * ```
 */
export function s3Subscriptions(stack: Pick<StackModel, 'functions' | 'buckets'>): S3Subscription[] {
  const names = new Map(stack.buckets.map((bucket) => [bucket.logicalId, bucket.name]));
  const subscriptions: S3Subscription[] = [];
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'S3') continue;
      const bucket = names.get(event.bucket);
      if (bucket === undefined) {
        throw new TemplateError(
          `${fn.logicalId}: S3 event ${event.name} names ${event.bucket}, not a bucket of the template`,
        );
      }
      subscriptions.push({ functionId: fn.logicalId, bucket, event });
    }
  }
  return subscriptions;
}
