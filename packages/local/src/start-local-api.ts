// The programmatic entry point: everything `pnpm start` runs, in-process, on any port.
import { join, resolve } from 'node:path';
import { realtimeLimits, realtimeServers } from '@serverless-todo/contract/realtime';
import { loadSigningKey } from './auth/signing-key.ts';
import { signToken } from './auth/tokens.ts';
import { startEmbeddedDynamo } from './dynamo/embedded-dynamo.ts';
import { PortInUseError } from './errors.ts';
import { FunctionRuntime } from './gateway/function-runtime.ts';
import { createGateway } from './gateway/gateway.ts';
import { asyncapiSpecPath, defaultDataDir, defaultTemplatePath, specPath } from './paths.ts';
import { JWKS_PATH, jwksResponse, localIssuerEnv, realtimeEndpointRewrite } from './realtime/local-endpoints.ts';
import { createRealtimeGateway, type RealtimeGateway } from './realtime/realtime-gateway.ts';
import { S3RVER_KEY } from './s3/credentials.ts';
import { type LocalS3, startLocalS3 } from './s3/local-s3.ts';
import { LocalSchedules, type ScheduleInfo } from './schedules/local-schedules.ts';
import { type LogSink, silentSink, stdoutSink } from './server/access-log.ts';
import { docsRoutes } from './server/docs.ts';
import { inheritOutput, linesTo, silentOutput } from './server/function-output.ts';
import { createLocalHttpServer } from './server/http-server.ts';
import { SCHEDULES_PATH, scheduleRoute } from './server/schedule-route.ts';
import { type LocalStreams, startStreams } from './streams/start-streams.ts';
import { loadApiModel } from './template/api-model.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './template/local-place.ts';

/** How to start the local API. Everything is optional. */
export interface LocalApiOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 3000. */
  readonly port?: number;
  /** Keep DynamoDB and S3 in memory instead of under `<dataDir>/dynamodb` and `<dataDir>/s3`. */
  readonly memory?: boolean;
  /** Where data, the signing key and generated parameters live. Default `<repo>/.data`. */
  readonly dataDir?: string;
  /** The SAM template to emulate. Default: packages/lambda/template.yaml. */
  readonly templatePath?: string;
  /** What CodeUri is relative to. Default: the template's directory. */
  readonly codeRoot?: string;
  /** Template parameter values that win over Defaults. */
  readonly parameterOverrides?: Readonly<Record<string, string>>;
  /** Extra environment for every function, applied last (e.g. a log level for tests). */
  readonly env?: Readonly<Record<string, string>>;
  /** Most execution environments (worker threads) per function; more requests wait. Default 4. */
  readonly maxEnvironments?: number;
  /** Invocations one environment runs at once. Default 16; 1 is Lambda's own model. */
  readonly invocationsPerEnvironment?: number;
  /** No access log, cold-start lines or function output at all. */
  readonly quiet?: boolean;
  /** Where the local API's lines and the functions' output lines go; default stdout. */
  readonly logger?: LogSink;
  /**
   * Emulate DynamoDB Streams: the functions' DynamoDB endpoint becomes a capture proxy that
   * turns writes into stream records for the template's `Type: DynamoDB` events. Default: on
   * when any function has such an event.
   */
  readonly streams?: boolean;
  /**
   * The WebSocket API's connection limits; default API Gateway's, from asyncapi.yaml (idle
   * 10 min, at most 2 h). Tests shorten them to see a connection end.
   */
  readonly realtimeLimits?: Readonly<{ idleTimeoutMs?: number; maxConnectionMs?: number }>;
  /**
   * Fire the template's `Schedule`/`ScheduleV2` events on their rate()/cron() expressions.
   * Default true; with false they run only through `POST /_local/schedules/{FunctionLogicalId}`.
   */
  readonly schedules?: boolean;
}

/** Where WebSockets connect on the local API: asyncapi.yaml's local server. */
export const REALTIME_PATH: string = realtimeServers.local.pathname;

/** A running local API. */
export interface LocalApi {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The embedded DynamoDB's endpoint, for tests that look at the tables directly. */
  readonly dynamoEndpoint: string;
  /** The embedded S3's endpoint (path-style), or null when the template has no bucket. */
  readonly s3Endpoint: string | null;
  /** The endpoint the functions write through when streams are on (writes there are captured), else null. */
  readonly streamEndpoint: string | null;
  /** The JSON-lines file standing in for on-failure destinations, when streams are on. */
  readonly streamFailuresFile: string | null;
  /** `ws://127.0.0.1:<port>/realtime` when the template has a WebSocket API, else null. */
  readonly realtimeUrl: string | null;
  /**
   * The WebSocket API's callback URL (`http://127.0.0.1:<port>/realtime`): its management API
   * is at `<callback>/@connections/{connectionId}`. Null without a WebSocket API.
   */
  readonly connectionsEndpoint: string | null;
  /** Logical ids of the functions served. */
  readonly functions: readonly string[];
  /** The enabled schedules and their next firing now; empty when schedules are off. */
  schedules(): readonly ScheduleInfo[];
  /** The functions with a schedule, which `POST /_local/schedules/{id}` runs. */
  readonly scheduledFunctions: readonly string[];
  /** Signs a bearer token for `userId`, with optional extra claims. */
  token(userId: string, claims?: Readonly<Record<string, unknown>>): Promise<string>;
  /**
   * Resolves once every stream record captured so far was delivered (or sent to the failures
   * file); rejects with StreamsNotDrainedError after `timeoutMs` (default 30 s).
   */
  drained(timeoutMs?: number): Promise<void>;
  /** Stops accepting, finishes in-flight requests, S3 deliveries and stream pollers, closes S3 and DynamoDB. */
  stop(): Promise<void>;
}

/**
 * Lambda runs one invocation per environment. Here an environment (a worker thread) runs up
 * to 16 at once: on a 2-core laptop that costs about half the CPU per request of 4
 * one-at-a-time environments, which is what keeps the gateway's overhead small under load.
 * The price: concurrent requests share module state, so per-request log keys (Powertools'
 * addContext) can mix under load. `invocationsPerEnvironment: 1` restores Lambda's model.
 */
export const DEFAULT_INVOCATIONS_PER_ENVIRONMENT = 16;
/** Where discarded stream batches go, under the data directory. */
export const STREAM_FAILURES_FILE = 'stream-failures.jsonl';
/** A stream invocation may wait this long for a free environment, on top of the function's timeout. */
const STREAM_QUEUE_MS = 60_000;
/**
 * A scheduled invocation may wait this long for an environment and run, at most: Lambda's
 * 15-minute limit (each run is still cut at its function's Timeout).
 */
const SCHEDULE_BUDGET_MS = 15 * 60_000;
/** Past 16 × 4 invocations in flight, requests queue (for at most API Gateway's 29 s). */
export const DEFAULT_MAX_ENVIRONMENTS = 4;

const listen = (server: import('node:http').Server, port: number) =>
  new Promise<number>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(err.code === 'EADDRINUSE' ? new PortInUseError(port, { cause: err }) : err),
    );
    server.listen(port, '127.0.0.1', () => ok((server.address() as import('node:net').AddressInfo).port));
  });

/**
 * Starts the local API: dynalite, the template's tables, the gateway emulation and the server.
 *
 * @example
 * ```ts
 * const api = await startLocalApi({ port: 0, memory: true, quiet: true });
 * await fetch(`${api.url}/users/u1/tasks`, { headers: { authorization: `Bearer ${await api.token('u1')}` } });
 * await api.stop();
 * ```
 */
export async function startLocalApi(options: LocalApiOptions = {}): Promise<LocalApi> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir);
  const log = options.quiet ? silentSink : (options.logger ?? stdoutSink);
  const { model } = loadApiModel({
    templatePath: options.templatePath ?? defaultTemplatePath,
    ...(options.codeRoot ? { codeRoot: options.codeRoot } : {}),
    dataDir,
    ...(options.parameterOverrides ? { parameterOverrides: options.parameterOverrides } : {}),
  });
  // A new data dir generates its RSA key (a few hundred ms, off the main thread) while the
  // stores start; the key is needed only once the gateway is built.
  const keyLoading = loadSigningKey(dataDir);
  keyLoading.catch(() => {}); // awaited below; a store failing first must not leave it unhandled
  const dynamo = await startEmbeddedDynamo({
    path: options.memory ? null : join(dataDir, 'dynamodb'),
    tables: model.tables,
  });
  const runtimes = new Map<string, FunctionRuntime>();
  let s3: LocalS3 | null;
  try {
    s3 = await startLocalS3({
      model,
      dataDir,
      memory: options.memory ?? false,
      runtimes,
      place: { region: LOCAL_REGION, accountId: LOCAL_ACCOUNT },
      log,
    });
  } catch (err) {
    await dynamo.close();
    throw err;
  }
  let streams: LocalStreams | null = null;
  if (options.streams ?? model.streamMappings.length > 0) {
    streams = await startStreams({
      dynamo: dynamo.handle,
      tables: model.tables,
      mappings: model.streamMappings,
      invoke: (functionId, event, requestId) => {
        const timeoutMs = (model.functions.get(functionId)?.timeoutSeconds ?? 3) * 1000;
        return runtimes.get(functionId)!.invoke(event, requestId, timeoutMs + STREAM_QUEUE_MS);
      },
      failuresFile: join(dataDir, STREAM_FAILURES_FILE),
      log,
    }).catch(async (err) => {
      await s3?.close();
      await dynamo.close();
      throw err;
    });
  }
  // With streams on, every function writes through the capture proxy, so no write is missed.
  const functionsEndpoint = streams?.endpoint ?? dynamo.endpoint;
  // Filled in once the server listens (its port), before any function starts.
  let baseUrl = '';
  const sharedEnv: Record<string, string> = {
    DYNAMODB_ENDPOINT: functionsEndpoint,
    ...s3?.env,
    AWS_ENDPOINT_URL_DYNAMODB: functionsEndpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    // Fixed credentials keep real ones from ever being used. dynalite accepts any; the
    // embedded S3 knows one key pair only, S3RVER/S3RVER, and refuses other access key ids,
    // so with it the functions' presigned URLs verify locally.
    AWS_ACCESS_KEY_ID: S3RVER_KEY,
    AWS_SECRET_ACCESS_KEY: S3RVER_KEY,
    // Functions deploy on nodejs22.x; the SDK's warning about this host's older Node is noise here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED:
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ?? 'true',
    ...options.env,
  };
  const output = options.quiet ? silentOutput : options.logger ? linesTo(options.logger) : inheritOutput;
  const maxEnvironments = options.maxEnvironments ?? DEFAULT_MAX_ENVIRONMENTS;
  const invocationsPerEnvironment = options.invocationsPerEnvironment ?? DEFAULT_INVOCATIONS_PER_ENVIRONMENT;
  const ws = model.webSocket;
  const rewriteEnv = ws
    ? realtimeEndpointRewrite(ws.apiId, ws.stageName, () => `${baseUrl}${REALTIME_PATH}`)
    : undefined;
  for (const fn of model.functions.values()) {
    runtimes.set(
      fn.logicalId,
      new FunctionRuntime(fn, {
        sharedEnv,
        ...(rewriteEnv ? { rewriteEnv } : {}),
        log,
        output,
        maxEnvironments,
        invocationsPerEnvironment,
      }),
    );
  }
  let key: Awaited<typeof keyLoading>;
  try {
    key = await keyLoading;
  } catch (err) {
    await streams?.halt();
    await streams?.close();
    await s3?.close();
    await dynamo.close();
    throw err;
  }
  const dispatch = createGateway({ model, key, runtimes, log });
  const schedules = new LocalSchedules({
    schedules: model.schedules,
    invoke: (functionId, event, requestId) => runtimes.get(functionId)!.invoke(event, requestId, SCHEDULE_BUDGET_MS),
    timers: options.schedules ?? true,
    log,
  });
  const localRoute = (method: string, path: string) =>
    path.startsWith(SCHEDULES_PATH) ? scheduleRoute(schedules, method, path) : null;
  const realtime: RealtimeGateway | null = ws
    ? createRealtimeGateway({
        model: ws,
        runtimes,
        log,
        path: REALTIME_PATH,
        domainName: () => baseUrl.replace(/^http:\/\//, ''),
        limits: {
          idleTimeoutMs: options.realtimeLimits?.idleTimeoutMs ?? realtimeLimits.idleTimeoutSeconds * 1000,
          maxConnectionMs: options.realtimeLimits?.maxConnectionMs ?? realtimeLimits.maxConnectionSeconds * 1000,
          maxFrameBytes: realtimeLimits.maxFrameBytes,
          maxMessageBytes: realtimeLimits.maxMessageBytes,
        },
      })
    : null;
  const jwks = await jwksResponse(key);
  const http = createLocalHttpServer({
    dispatch,
    docs: docsRoutes(specPath, asyncapiSpecPath),
    key,
    log,
    localRoute,
    endpoints: (request) => {
      if (request.method === 'GET' && request.path === JWKS_PATH) return jwks;
      return realtime?.management(request) ?? null;
    },
  });
  http.server.on('upgrade', (req, socket, head) => {
    if (realtime) realtime.handleUpgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  let port: number;
  try {
    port = await listen(http.server, options.port ?? 3000);
    baseUrl = `http://127.0.0.1:${port}`;
    Object.assign(sharedEnv, localIssuerEnv(baseUrl), options.env);
  } catch (err) {
    schedules.stop();
    await streams?.halt();
    await streams?.close();
    await s3?.close();
    await dynamo.close();
    throw err;
  }
  let stopping: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3?.endpoint ?? null,
    streamEndpoint: streams?.endpoint ?? null,
    streamFailuresFile: streams?.failuresFile ?? null,
    realtimeUrl: realtime ? `ws://127.0.0.1:${port}${REALTIME_PATH}` : null,
    connectionsEndpoint: realtime ? `${baseUrl}${REALTIME_PATH}` : null,
    functions: [...model.functions.keys()],
    schedules: () => schedules.upcoming,
    scheduledFunctions: schedules.functions,
    token: (userId, claims) => signToken(key, userId, claims),
    drained: (timeoutMs) => streams?.drained(timeoutMs) ?? Promise.resolve(),
    stop() {
      // Connections first, while the functions still run their $disconnect.
      stopping ??= (realtime?.close() ?? Promise.resolve())
        .then(() => http.shutdown())
        .then(async () => {
          // No new object events, then the deliveries already running finish.
          await s3?.close();
          schedules.stop();
          // Pollers stop first; ending the runtimes ends any stream invocation still running.
          const halted = streams?.halt();
          await Promise.all([...runtimes.values()].map((r) => r.stop()));
          await halted;
          await streams?.close();
          await dynamo.close();
        });
      return stopping;
    },
  };
}
