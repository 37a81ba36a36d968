// A model of the tasks table's stream for consumer tests: apply creates, updates and
// deletes to in-memory tasks and get the NEW_AND_OLD_IMAGES records DynamoDB would write,
// one per change, with increasing sequence numbers.
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Task, TaskStatus } from '@serverless-todo/contract';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/TasksTable/stream/2026-12-01T00:00:00.000';

/** The tasks and the records their changes produced. */
export class TaskStreamModel {
  readonly tasks = new Map<string, Task>();
  readonly records: DynamoDBRecord[] = [];
  #sequence = 0;
  #ids = 0;

  #record(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', before: Task | undefined, after: Task | undefined) {
    const image = (after ?? before) as Task;
    const sequence = String(++this.#sequence).padStart(21, '0');
    const img = (task: Task | undefined) => (task ? (marshall(task) as Record<string, AttributeValue>) : undefined);
    this.records.push({
      eventID: `event-${sequence}`,
      eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: STREAM_ARN,
      dynamodb: {
        ApproximateCreationDateTime: 1_764_547_200 + this.#sequence,
        Keys: { user_id: { S: image.user_id }, task_id: { S: image.task_id } },
        ...(after ? { NewImage: img(after) } : {}),
        ...(before ? { OldImage: img(before) } : {}),
        SequenceNumber: sequence,
        SizeBytes: 100,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
  }

  /** A new task of `userId`; returns its id. */
  create(userId: string, status: TaskStatus): string {
    // v4-looking ids whose first digit spreads the tasks over the counter buckets.
    const n = ++this.#ids;
    const task_id = `${(n % 16).toString(16)}${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`;
    const at = new Date(1_764_547_200_000 + n).toISOString();
    const task: Task = {
      user_id: userId,
      task_id,
      title: `task ${n}`,
      description: '',
      status,
      due_date: null,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    this.tasks.set(task_id, task);
    this.#record('INSERT', undefined, task);
    return task_id;
  }

  /** Changes a task (its status, or only its title when `status` is undefined). */
  update(taskId: string, status?: TaskStatus): void {
    const before = this.tasks.get(taskId);
    if (!before) return;
    const after: Task = {
      ...before,
      ...(status ? { status } : { title: `${before.title}'` }),
      version: before.version + 1,
    };
    this.tasks.set(taskId, after);
    this.#record('MODIFY', before, after);
  }

  delete(taskId: string): void {
    const before = this.tasks.get(taskId);
    if (!before) return;
    this.tasks.delete(taskId);
    this.#record('REMOVE', before, undefined);
  }

  /** What a recount of `userId`'s tasks says. */
  recount(userId: string): { pending: number; in_progress: number; done: number; total: number } {
    const mine = [...this.tasks.values()].filter((t) => t.user_id === userId);
    const of = (status: TaskStatus) => mine.filter((t) => t.status === status).length;
    return { pending: of('pending'), in_progress: of('in_progress'), done: of('done'), total: mine.length };
  }
}

/** A stream event of some records, as Lambda delivers it. */
export const streamEvent = (records: readonly DynamoDBRecord[]) => ({ Records: [...records] });
