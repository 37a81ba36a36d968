// What the README blocks take from the reader's own app, declared so that the blocks typecheck
// as they are shown.
declare const auth: { getIdToken(): Promise<string> };
declare const client: import('@serverless-todo/client').TodoClient;
declare const id: string;
declare function showFieldError(pointer: string, detail: string): void;
declare const taskId: string;
declare const file: File;
declare function showTask(task: import('@serverless-todo/client').Task): void;
declare function hideTask(taskId: string, version: number): void;
declare function refetchEverything(): void;
declare function showStatus(status: string): void;
