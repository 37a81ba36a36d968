// The benchmark's HTTP clients, in their own process like real clients: on each { round }
// message, CLIENTS keep-alive loops send PER_ROUND GETs and the mean latency is sent back.
import { Agent, request } from 'node:http';

const [url, token, clients, perRound] = process.argv.slice(2);
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: Number(clients) });
const headers = { authorization: `Bearer ${token}` };

const get = () =>
  new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });

async function round() {
  let next = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: Number(clients) }, async () => {
      while (next < Number(perRound)) {
        next++;
        const started = performance.now();
        await get();
        total += performance.now() - started;
      }
    }),
  );
  return total / Number(perRound);
}

process.on('message', async (message) => {
  if (message === 'round') process.send(await round());
  if (message === 'exit') process.exit(0);
});
