// A code block of packages/mock/README.md: edit both (packages/docs-test checks they are equal).
// main.ts
async function enableMocking() {
  if (import.meta.env.MODE !== 'development') return;
  const { setupTodoWorker } = await import('@serverless-todo/mock/browser');
  const worker = setupTodoWorker({
    baseUrl: 'https://api.example.com/prod', // or a path such as '/api' on your own origin
    seed: { user123: [{ title: 'Learn AWS Lambda' }] },
    delay: [100, 400],
  });
  await worker.start({ onUnhandledRequest: 'bypass' });
}
enableMocking().then(startApp);
