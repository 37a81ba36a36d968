import { createTodoClient } from '@serverless-todo/client';
import { withRealtime } from '@serverless-todo/client/realtime';

const live = withRealtime(createTodoClient({ baseUrl: 'https://api.example.com', token: () => auth.getIdToken() }), {
  url: 'wss://abc123.execute-api.us-east-1.amazonaws.com/dev', // the stack's RealtimeUrl; locally ws://127.0.0.1:3000/realtime
});
const controller = new AbortController();
live.subscribe('u1', {
  onEvent: (event) => {
    if (event.type === 'task.created' || event.type === 'task.updated') showTask(event.task);
    else if (event.type === 'task.deleted') hideTask(event.task_id, event.version);
  },
  onGap: () => refetchEverything(), // after a reconnect: what happened meanwhile is not replayed
  onClose: ({ code }) => showStatus(`reconnecting (close code ${code})`), // an open connection ended
  onError: (error) => console.warn(error.name, error.message), // never fatal: it keeps going
  signal: controller.signal,
});
controller.abort(); // on sign-out: closes the socket, clears every timer
