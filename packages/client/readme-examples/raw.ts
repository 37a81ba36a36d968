// A code block of packages/client/README.md: edit both (packages/docs-test checks they are equal).
const { data, error } = await client.raw.GET('/users/{user_id}/tasks', {
  params: { path: { user_id: 'u1' }, query: { limit: 10 } },
});
if (data) console.log(data.tasks.length);
else console.error(error); // no throw, no retry: both outcomes are yours to handle
