// The command line of serverless-todo-local.
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.ts';
import { UsageError } from '../../src/index.ts';

describe('parseCli', () => {
  it.each([
    [
      'no flags',
      [],
      {},
      { port: 3000, memory: false, dataDir: undefined, build: true, schedules: true, parameterOverrides: {} },
    ],
    ['--port 0', ['--port', '0'], {}, { port: 0 }],
    ['-p 8080', ['-p', '8080'], {}, { port: 8080 }],
    ['PORT', [], { PORT: '4000' }, { port: 4000 }],
    ['--port over PORT', ['--port', '5000'], { PORT: '4000' }, { port: 5000 }],
    ['--memory', ['--memory'], {}, { memory: true }],
    ['--no-build', ['--no-build'], {}, { build: false }],
    ['--no-schedules', ['--no-schedules'], {}, { schedules: false }],
    ['an absolute --data-dir', ['--data-dir', '/tmp/x'], {}, { dataDir: '/tmp/x' }],
    [
      'a relative --data-dir from INIT_CWD',
      ['--data-dir', 'data'],
      { INIT_CWD: '/home/me/app' },
      { dataDir: '/home/me/app/data' },
    ],
    ['--help', ['--help'], {}, { help: true }],
    [
      '--parameter-overrides, comma-separated',
      ['--parameter-overrides', 'AllowedOrigins=http://localhost:5173,StageName=local'],
      {},
      { parameterOverrides: { AllowedOrigins: 'http://localhost:5173', StageName: 'local' } },
    ],
    [
      '--parameter-overrides, space-separated, a value holding =',
      ['--parameter-overrides', 'CursorSecret=a=b StageName=local'],
      {},
      { parameterOverrides: { CursorSecret: 'a=b', StageName: 'local' } },
    ],
    [
      "--parameter-overrides in sam's long form",
      [
        '--parameter-overrides',
        'ParameterKey=StageName,ParameterValue=local ParameterKey=TaskFunctionMemory,ParameterValue=1024',
      ],
      {},
      { parameterOverrides: { StageName: 'local', TaskFunctionMemory: '1024' } },
    ],
    ['a leading -- (pnpm start -- --port 0)', ['--', '--port', '0'], {}, { port: 0 }],
  ])('reads %s', (_, argv, env, want) => {
    expect(parseCli(argv, env)).toMatchObject(want);
  });

  it.each([
    ['an unknown flag', ['--prot', '1'], {}, "Unknown option '--prot'"],
    ['a port out of range', ['--port', '70000'], {}, '--port must be a port number from 0 to 65535, got "70000"'],
    ['a negative port', ['--port', '-1'], {}, "Option '--port' argument is ambiguous"],
    ['a bad PORT', [], { PORT: '3000x' }, 'PORT must be a port number from 0 to 65535, got "3000x"'],
    ['--port without a value', ['--port'], {}, "Option '-p, --port <value>' argument missing"],
    ['a positional', ['serve'], {}, "Unexpected argument 'serve'"],
    ['--memory with --data-dir', ['--memory', '--data-dir', 'x'], {}, '--memory and --data-dir exclude each other'],
    [
      'an override without =',
      ['--parameter-overrides', 'StageName'],
      {},
      '--parameter-overrides takes Key=Value pairs separated by commas, got "StageName"',
    ],
    ['empty overrides', ['--parameter-overrides', ' '], {}, '--parameter-overrides needs at least one Key=Value'],
  ])('refuses %s', (_, argv, env, message) => {
    expect(() => parseCli(argv, env)).toThrow(UsageError);
    expect(() => parseCli(argv, env)).toThrow(message);
  });
});
