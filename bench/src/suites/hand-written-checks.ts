// Hand-written checks of the same rules the contract states for TaskCreate and Task: the
// baseline a generated validator is compared with. Deliberately straightforward code.
const STATUSES = new Set(['pending', 'in_progress', 'done']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TASK_CREATE_KEYS = new Set(['title', 'description', 'status', 'due_date']);
const TASK_KEYS = new Set([
  'user_id',
  'task_id',
  'title',
  'description',
  'status',
  'due_date',
  'created_at',
  'updated_at',
  'version',
]);

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const isDate = (v: unknown) =>
  typeof v === 'string' && v.length <= 64 && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
const isTitle = (v: unknown) => typeof v === 'string' && /\S/.test(v) && codePoints(v) >= 1 && codePoints(v) <= 200;

/** true when `v` is a valid TaskCreate. */
export function checkTaskCreate(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!TASK_CREATE_KEYS.has(key)) return false;
  if (!isTitle(o.title)) return false;
  if (o.description !== undefined && (typeof o.description !== 'string' || codePoints(o.description) > 2000))
    return false;
  if (o.status !== undefined && !STATUSES.has(o.status as string)) return false;
  if (o.due_date !== undefined && o.due_date !== null && !isDate(o.due_date)) return false;
  return true;
}

/** true when `v` is a valid Task. */
export function checkTask(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!TASK_KEYS.has(key)) return false;
  if (typeof o.user_id !== 'string' || !/^[A-Za-z0-9._@-]{1,128}$/.test(o.user_id)) return false;
  if (typeof o.task_id !== 'string' || !UUID.test(o.task_id)) return false;
  if (!isTitle(o.title)) return false;
  if (typeof o.description !== 'string' || codePoints(o.description) > 2000) return false;
  if (!STATUSES.has(o.status as string)) return false;
  if (o.due_date !== null && !isDate(o.due_date)) return false;
  if (!isDate(o.created_at) || !isDate(o.updated_at)) return false;
  return Number.isInteger(o.version) && (o.version as number) >= 1 && (o.version as number) <= 999999999999999;
}
