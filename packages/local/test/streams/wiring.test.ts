// Where the functions' DynamoDB endpoint points: at dynalite itself unless streams are on,
// then at the capture proxy, which passes every other call through untouched.
import { describe, expect, it } from 'vitest';
import { startFixtureApi } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';

const endpointSeen = async (url: string) =>
  ((await send(`${url}/public/echo`)).body as { env: { DYNAMODB_ENDPOINT: string } }).env.DYNAMODB_ENDPOINT;

describe('streams wiring', () => {
  it('is off for a template without DynamoDB events: functions talk to dynalite', async () => {
    const api = await startFixtureApi();
    try {
      expect(api.streamEndpoint).toBeNull();
      expect(api.streamFailuresFile).toBeNull();
      expect(await endpointSeen(api.url)).toBe(api.dynamoEndpoint);
      await expect(api.drained(1)).resolves.toBeUndefined();
    } finally {
      await api.stop();
    }
  });

  it('when turned on, points the functions at the capture proxy, which serves reads and writes', async () => {
    const api = await startFixtureApi({ streams: true });
    try {
      expect(api.streamEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(api.streamEndpoint).not.toBe(api.dynamoEndpoint);
      expect(await endpointSeen(api.url)).toBe(api.streamEndpoint);
      const headers = bearer(await api.token('u1'));
      expect((await send(`${api.url}/items/i1`, { method: 'PUT', headers, body: 'hello' })).status).toBe(204);
      expect((await send(`${api.url}/items/i1`, { headers })).body).toEqual({ id: 'i1', owner: 'u1', body: 'hello' });
      expect(api.streamFailuresFile).toBe(`${api.dataDir}/stream-failures.jsonl`);
    } finally {
      await api.stop();
    }
  });
});
