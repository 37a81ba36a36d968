// The deployed target's configuration: which environment gives a target (and its realtime
// API), which a skip with its reason, which an error; and the token command, run for real
// through a shell.
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ConfigurationError } from '../src/errors.ts';
import { badTokenUnsupported } from '../src/scenarios/realtime-tokens.ts';
import { DEPLOYED_COMMAND, deployedTargetFromEnv, NO_REALTIME_REASON } from '../src/targets/deployed-target.ts';
import { subjectOf, tokenFromCommand } from '../src/targets/token-sources.ts';

/** An unsigned JWT-shaped token for `sub` (the target reads `sub`; the API would verify). */
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const A = jwt({ sub: 'alice' });
const B = jwt({ sub: 'bob' });
const URL_ = 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/';

describe('deployedTargetFromEnv', () => {
  it.each([
    ['nothing set', {}, /API_URL is not set/],
    ['a blank API_URL', { API_URL: '  ' }, /API_URL is not set/],
    [
      'API_URL without tokens',
      { API_URL: URL_ },
      /no tokens: set API_TOKEN_USER_A and API_TOKEN_USER_B, or API_TOKEN_COMMAND/,
    ],
  ])('skips with a reason when %s', (_, env, reason) => {
    const config = deployedTargetFromEnv(env);
    expect(config).toEqual({ skipReason: expect.stringMatching(reason) });
    expect((config as { skipReason: string }).skipReason).toContain(DEPLOYED_COMMAND);
  });

  it.each([
    ['a relative API_URL', { API_URL: '/prod', API_TOKEN_USER_A: A, API_TOKEN_USER_B: B }, /not an absolute URL/],
    ['only token A', { API_URL: URL_, API_TOKEN_USER_A: A }, /set both API_TOKEN_USER_A and API_TOKEN_USER_B/],
    ['two tokens of one user', { API_URL: URL_, API_TOKEN_USER_A: A, API_TOKEN_USER_B: A }, /same user/],
    [
      'a token that is no JWT',
      { API_URL: URL_, API_TOKEN_USER_A: 'opaque', API_TOKEN_USER_B: B },
      /API_TOKEN_USER_A is not a JWT/,
    ],
    [
      'a token without sub',
      { API_URL: URL_, API_TOKEN_USER_A: jwt({ aud: 'x' }), API_TOKEN_USER_B: B },
      /no string "sub"/,
    ],
  ])('throws ConfigurationError for %s', (_, env, message) => {
    expect(() => deployedTargetFromEnv(env)).toThrow(ConfigurationError);
    expect(() => deployedTargetFromEnv(env)).toThrow(message);
  });

  it('uses the two tokens as fixed users, named by their sub', async () => {
    const config = deployedTargetFromEnv({ API_URL: URL_, API_TOKEN_USER_A: A, API_TOKEN_USER_B: B });
    if (!('target' in config)) throw new Error('expected a target');
    expect(config.target).toMatchObject({ name: 'deployed', baseUrl: URL_.slice(0, -1), fixedUsers: ['alice', 'bob'] });
    expect(await config.target.token('bob')).toBe(B);
    await expect(config.target.token('carol')).rejects.toThrow(/only the two API_TOKEN_USER_\* users/);
  });

  it('uses the command for any user when no fixed tokens are given', async () => {
    const command = `node -e "console.log('h.' + Buffer.from(JSON.stringify({ sub: process.argv[1] })).toString('base64url') + '.s')"`;
    const config = deployedTargetFromEnv({ API_URL: URL_, API_TOKEN_COMMAND: command });
    if (!('target' in config)) throw new Error('expected a target');
    expect(config.target.fixedUsers).toBeUndefined();
    expect(subjectOf(await config.target.token("u-1; echo 'not run'"))).toBe("u-1; echo 'not run'");
  });
});

describe('tokenFromCommand', () => {
  it.each([
    ['a failing command', 'exit 3', /API_TOKEN_COMMAND failed for u1/],
    ['a command printing no JWT', 'echo', /is not a JWT|no string "sub"/],
    [
      'a command printing another user',
      `echo ${jwt({ sub: 'mallory' })} #`,
      /printed a token for "mallory" when asked for "u1"/,
    ],
  ])('rejects %s with ConfigurationError', async (_, command, message) => {
    const token = tokenFromCommand(command, 'u1');
    await expect(token).rejects.toThrow(ConfigurationError);
    await expect(token).rejects.toThrow(message);
  });
});

describe('the deployed realtime API (API_REALTIME_URL)', () => {
  const WSS = 'wss://rt123.execute-api.eu-west-1.amazonaws.com/prod/';
  const tokens = { API_URL: URL_, API_TOKEN_USER_A: A, API_TOKEN_USER_B: B };
  const expired = jwt({ sub: 'alice', exp: Math.floor(Date.now() / 1000) - 3600 });

  it('is absent without API_REALTIME_URL, and the realtime scenarios say how to turn it on', () => {
    const config = deployedTargetFromEnv(tokens);
    if (!('target' in config)) throw new Error('expected a target');
    expect(config.target.realtime).toBeUndefined();
    expect(NO_REALTIME_REASON).toContain('API_REALTIME_URL');
  });

  it('opens ws sockets on the URL, sees the upgrade status, and skips the expired case without API_EXPIRED_TOKEN', () => {
    const config = deployedTargetFromEnv({ ...tokens, API_REALTIME_URL: WSS });
    if (!('target' in config)) throw new Error('expected a target');
    const { realtime } = config.target;
    expect(realtime).toMatchObject({ url: WSS.slice(0, -1), seesUpgradeStatus: true });
    expect(realtime?.webSocket()).toBe(WebSocket);
    expect(realtime?.expiredToken).toBeUndefined();
    expect(badTokenUnsupported(config.target, 'expired')).toMatch(/set API_EXPIRED_TOKEN/);
    expect(badTokenUnsupported(config.target, 'forged')).toBeUndefined();
  });

  it('offers API_EXPIRED_TOKEN as the expired token', async () => {
    const config = deployedTargetFromEnv({ ...tokens, API_REALTIME_URL: WSS, API_EXPIRED_TOKEN: expired });
    if (!('target' in config)) throw new Error('expected a target');
    expect(await config.target.realtime?.expiredToken?.('alice')).toBe(expired);
    expect(badTokenUnsupported(config.target, 'expired')).toBeUndefined();
  });

  it.each([
    ['an http URL', { API_REALTIME_URL: 'https://rt123.example/prod' }, /must be a ws:\/\/ or wss:\/\/ URL/],
    ['a relative URL', { API_REALTIME_URL: '/prod' }, /API_REALTIME_URL is not an absolute URL/],
    [
      'a settle time that is no number',
      { API_REALTIME_URL: WSS, API_REALTIME_SETTLE_MS: 'soon' },
      /API_REALTIME_SETTLE_MS must be/,
    ],
    [
      'a negative settle time',
      { API_REALTIME_URL: WSS, API_REALTIME_SETTLE_MS: '-1' },
      /API_REALTIME_SETTLE_MS must be/,
    ],
    [
      'an expired token that is no JWT',
      { API_REALTIME_URL: WSS, API_EXPIRED_TOKEN: 'opaque' },
      /API_EXPIRED_TOKEN is not a JWT/,
    ],
    [
      'an "expired" token that is still valid',
      { API_REALTIME_URL: WSS, API_EXPIRED_TOKEN: jwt({ sub: 'alice', exp: Math.floor(Date.now() / 1000) + 3600 }) },
      /API_EXPIRED_TOKEN has not expired yet/,
    ],
  ])('throws ConfigurationError for %s', (_, env, message) => {
    expect(() => deployedTargetFromEnv({ ...tokens, ...env })).toThrow(ConfigurationError);
    expect(() => deployedTargetFromEnv({ ...tokens, ...env })).toThrow(message);
  });
});
