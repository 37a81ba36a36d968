// Each function of template.yaml and the source of its handler: the one list to extend when
// adding a function (besides the template resource and the handler itself). What kind of
// function it is comes from its template events; an http function's operation from its route.

/** Handler source by function logical id, relative to the package root. */
export const FUNCTION_SOURCES: Readonly<Record<string, string>> = {
  PreflightFunction: 'src/handlers/preflight.ts',
  GetHelloFunction: 'src/handlers/get-hello.ts',
  CreateTaskFunction: 'src/handlers/create-task.ts',
  ListTasksFunction: 'src/handlers/list-tasks.ts',
  GetTaskFunction: 'src/handlers/get-task.ts',
  UpdateTaskFunction: 'src/handlers/update-task.ts',
  DeleteTaskFunction: 'src/handlers/delete-task.ts',
  CreateAttachmentFunction: 'src/handlers/create-attachment.ts',
  ListAttachmentsFunction: 'src/handlers/list-attachments.ts',
  GetAttachmentFunction: 'src/handlers/get-attachment.ts',
  DeleteAttachmentFunction: 'src/handlers/delete-attachment.ts',
  VerifyAttachmentFunction: 'src/handlers/verify-attachment.ts',
  RealtimeAuthorizerFunction: 'src/handlers/realtime-authorizer.ts',
  RealtimeConnectFunction: 'src/handlers/realtime-connect.ts',
  RealtimeDisconnectFunction: 'src/handlers/realtime-disconnect.ts',
  RealtimeDefaultFunction: 'src/handlers/realtime-default.ts',
  RealtimeFanoutFunction: 'src/handlers/realtime-fanout.ts',
  GetSummaryFunction: 'src/handlers/get-summary.ts',
  TaskStreamFunction: 'src/handlers/task-stream.ts',
  TaskCascadeFunction: 'src/handlers/task-cascade.ts',
  MaintenanceSweepFunction: 'src/handlers/maintenance-sweep.ts',
};
