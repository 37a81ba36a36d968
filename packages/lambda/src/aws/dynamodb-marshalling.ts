// DocumentClient semantics on the wire format: native values in, native values out, with
// `@aws-sdk/util-dynamodb` (the SDK's own converter, a few KB) doing the conversion.
import { marshall, type NativeAttributeValue, unmarshall } from '@aws-sdk/util-dynamodb';

/** An item or key in native JS values. */
export type Item = Record<string, NativeAttributeValue>;
type Wire = Record<string, unknown>;

// Undefined attributes are dropped instead of failing the call, as our DocumentClient did.
const toWire = (item: Item) => marshall(item, { removeUndefinedValues: true });
const fromWire = (item: unknown) => unmarshall(item as Parameters<typeof unmarshall>[0]) as Item;

/** The request fields that hold items or keys, in every operation and transaction part. */
const ITEM_FIELDS = ['Key', 'Item', 'ExpressionAttributeValues', 'ExclusiveStartKey'] as const;
/** The answer fields that hold items or keys. */
const ANSWER_ITEM_FIELDS = ['Item', 'Attributes', 'LastEvaluatedKey'] as const;

/**
 * Converts one request (or one transaction part) to the wire format.
 *
 * @example
 * ```ts
 * marshallRequest({ TableName: 't', Key: { id: 'a' } }); // { TableName: 't', Key: { id: { S: 'a' } } }
 * ```
 */
export function marshallRequest(input: object): Wire {
  const out: Wire = { ...input };
  for (const field of ITEM_FIELDS) {
    const value = out[field];
    if (value !== undefined) out[field] = toWire(value as Item);
  }
  return out;
}

/**
 * Converts an answer (or a cancellation reason) from the wire format.
 *
 * @example
 * ```ts
 * unmarshallAnswer({ Item: { id: { S: 'a' } } }); // { Item: { id: 'a' } }
 * ```
 */
export function unmarshallAnswer(answer: Wire): Wire {
  const out: Wire = { ...answer };
  for (const field of ANSWER_ITEM_FIELDS) {
    if (out[field] !== undefined) out[field] = fromWire(out[field]);
  }
  if (Array.isArray(out.Items)) out.Items = out.Items.map(fromWire);
  return out;
}

/**
 * Converts `TransactItems` (Put, Update, Delete, ConditionCheck parts).
 *
 * @example
 * ```ts
 * marshallTransactItems([{ Put: { TableName: 't', Item: { id: 'a' } } }]);
 * ```
 */
export function marshallTransactItems(items: readonly Record<string, object>[]): Wire[] {
  return items.map((part) => Object.fromEntries(Object.entries(part).map(([kind, op]) => [kind, marshallRequest(op)])));
}

/**
 * Converts BatchWriteItem's `RequestItems` or `UnprocessedItems`, either way.
 *
 * @example
 * ```ts
 * convertWriteRequests({ t: [{ PutRequest: { Item: { id: 'a' } } }] }, 'toWire');
 * ```
 */
export function convertWriteRequests(requests: Record<string, unknown[]>, direction: 'toWire' | 'fromWire'): Wire {
  const convert = direction === 'toWire' ? (v: unknown) => toWire(v as Item) : fromWire;
  return Object.fromEntries(
    Object.entries(requests).map(([table, writes]) => [
      table,
      (writes as { PutRequest?: { Item: unknown }; DeleteRequest?: { Key: unknown } }[]).map((write) =>
        write.PutRequest
          ? { PutRequest: { Item: convert(write.PutRequest.Item) } }
          : { DeleteRequest: { Key: convert(write.DeleteRequest?.Key) } },
      ),
    ]),
  );
}

/**
 * Converts BatchGetItem's `RequestItems` / `UnprocessedKeys` (per table: `Keys` and options).
 *
 * @example
 * ```ts
 * convertKeysAndAttributes({ t: { Keys: [{ id: 'a' }] } }, 'toWire');
 * ```
 */
export function convertKeysAndAttributes(requests: Record<string, unknown>, direction: 'toWire' | 'fromWire'): Wire {
  const convert = direction === 'toWire' ? (v: unknown) => toWire(v as Item) : fromWire;
  return Object.fromEntries(
    Object.entries(requests).map(([table, request]) => {
      const { Keys, ...rest } = request as { Keys: unknown[] };
      return [table, { ...rest, Keys: Keys.map(convert) }];
    }),
  );
}

/**
 * Converts BatchGetItem's `Responses` (per table, a list of items).
 *
 * @example
 * ```ts
 * unmarshallResponses({ t: [{ id: { S: 'a' } }] }); // { t: [{ id: 'a' }] }
 * ```
 */
export function unmarshallResponses(responses: Record<string, unknown[]>): Record<string, Item[]> {
  return Object.fromEntries(Object.entries(responses).map(([table, items]) => [table, items.map(fromWire)]));
}
