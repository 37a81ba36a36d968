// Emits the operation table: the one place that maps (method, path) to an operation, with
// what routers, handlers, mocks and contract tests need to know about it.
import type { OperationModel } from './operation-model.ts';

/** `/users/{user_id}/tasks` → a regex source with one capture group per path parameter. */
function pathPattern(path: string): { pattern: string; names: string[] } {
  const names: string[] = [];
  const escaped = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (m?.[1]) {
        names.push(m[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return { pattern: `^${escaped}$`, names };
}

export function operationTableSource(ops: readonly OperationModel[]): string {
  const entries = ops.map((op) => {
    const { pattern, names } = pathPattern(op.path);
    const responses = Object.fromEntries(
      op.responses.map((r) => [
        r.status,
        { contentType: r.contentType, headers: r.headers, requiredHeaders: r.requiredHeaders },
      ]),
    );
    const info = {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      pathParameters: names,
      queryDefaults: Object.fromEntries(
        op.parameters
          .filter((p) => p.in === 'query' && p.schema.default !== undefined)
          .map((p) => [p.name, p.schema.default]),
      ),
      auth: op.auth,
      successStatus: op.successStatus,
      body: op.body && { contentType: op.body.contentType, maxBytes: op.body.maxBytes, required: op.body.required },
      responses,
    };
    const json = JSON.stringify(info, null, 2)
      .replace(/\n/g, '\n  ')
      .replace(/\n {2}\}$/, '');
    // The regex is emitted as a literal so routing never builds one at run time.
    return `  ${op.operationId}: ${json},\n    "pattern": /${pattern}/\n  },`;
  });
  return [
    "import type { OperationInfo } from '../runtime/operation-info.ts';",
    '',
    '/** Every operation of openapi.yaml, in document order. */',
    'export const operations = {',
    ...entries,
    '} as const satisfies Record<string, OperationInfo>;',
    '',
    '/** The operationIds of openapi.yaml. */',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
}
