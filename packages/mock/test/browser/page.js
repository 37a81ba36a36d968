// The page script of the browser test: the published entries, as an app would import them.
import { devToken } from '@serverless-todo/mock';
import { setupTodoWorker } from '@serverless-todo/mock/browser';

window.todoMock = { devToken, setupTodoWorker };
