import { createRealtimeHandler, createTodoHandlers } from '@serverless-todo/mock';

// In Node or in one tab: the store's changes go to the sockets of this process or page.
createTodoHandlers({ baseUrl: 'http://127.0.0.1:3000', realtime: { url: 'ws://127.0.0.1:3000/realtime' } });

// A store shared by tabs in a SharedWorker (which cannot intercept WebSockets): the worker posts
// its changes on a BroadcastChannel, and each tab's worker serves its own sockets from it.
const realtime = { url: 'ws://localhost:5173/realtime', channel: 'todo-mock' };
createTodoHandlers({ baseUrl: 'http://localhost:5173/api', realtime }); // in the SharedWorker
createRealtimeHandler(realtime); // in each tab, beside the handler that forwards HTTP to the worker
