// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
const { task, etag } = await client.tasks.get('u1', id);
await client.tasks.update('u1', id, { title: task.title.trim() }, { ifMatch: etag }); // or { ifMatch: task.version }
