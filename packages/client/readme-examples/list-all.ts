// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
for await (const task of client.tasks.listAll('u1', { status: 'pending', limit: 100 })) {
  console.log(task.title);
}
