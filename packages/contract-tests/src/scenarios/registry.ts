// The scenario table: every scenario with the test name it runs under.
import { useAfterDelete } from './after-delete.ts';
import {
  attachmentLimit,
  attachmentOwnership,
  attachmentRoundTrip,
  attachmentsAfterTaskDelete,
  htmlDeclaredAsPng,
  largerThanDeclared,
  tamperedDownloadUrls,
} from './attachments.ts';
import { missingOrBadToken, ownershipMatrix } from './auth.ts';
import { ifMatchConflicts } from './conditional.ts';
import { crudLifecycle, designFlow } from './crud.ts';
import { tamperedCursors } from './cursors.ts';
import { hello } from './hello.ts';
import { idempotentCreate } from './idempotency.ts';
import { paginationWalk } from './pagination.ts';
import type { Scenario } from './scenario.ts';
import { summaryAgreesWithRecount } from './summary.ts';
import { validationErrors } from './validation.ts';

/** Every scenario, in the order the suite runs them (the design's flow first). */
export const SCENARIOS: readonly Scenario[] = [
  { name: "the design's curl flow: create Learn AWS Lambda, list it", run: designFlow },
  { name: 'CRUD lifecycle', run: crudLifecycle },
  { name: 'validation errors: status and pointers, nothing stored', run: validationErrors },
  { name: '401 matrix: two users × every operation × no or malformed token', run: missingOrBadToken },
  { name: "403/404 matrix: two users × every operation × the other user's path or task", run: ownershipMatrix },
  { name: 'pagination walk: 0/1/37/250 tasks × limits 1/7/20/100', run: paginationWalk },
  { name: 'tampered, foreign and cross-filter cursors → 400', run: tamperedCursors },
  { name: 'If-Match conflicts → 412, one winner of a race', run: ifMatchConflicts },
  { name: 'idempotent create: replay, other body, per user, concurrent', run: idempotentCreate },
  { name: 'use after delete → 404', run: useAfterDelete },
  { name: 'getSummary equals a recount once the stream has delivered', run: summaryAgreesWithRecount },
  { name: 'GET /hello', run: hello },
  {
    name: 'attachment round trip: create, form POST, ready, the bytes back as a download, delete',
    run: attachmentRoundTrip,
  },
  { name: 'attachment larger than declared: refused by storage or rejected, never ready', run: largerThanDeclared },
  { name: 'HTML declared as image/png: rejected by the sniffed type', run: htmlDeclaredAsPng },
  { name: 'the 21st attachment of a task → 409', run: attachmentLimit },
  { name: "attachments on another user's task → 403 (their path) / 404 (their task id)", run: attachmentOwnership },
  { name: 'forged or expired download URL → 403', run: tamperedDownloadUrls },
  { name: 'attachments after their task is deleted → 404', run: attachmentsAfterTaskDelete },
];
