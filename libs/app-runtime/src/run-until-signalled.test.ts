import { spawn } from 'node:child_process';
import { join } from 'node:path';

const fixture = join(__dirname, 'run-until-signalled.fixture.ts');
const tsxLoader = require.resolve('tsx');

function runFixture(
  mode: 'start' | 'slow' | 'fail',
  signalOn = 'started',
): {
  output: Promise<{ code: number | null; stdout: string; stderr: string }>;
  signal(): void;
} {
  const child = spawn(process.execPath, ['--import', tsxLoader, fixture, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return {
    output,
    signal: () => {
      const waitForStart = setInterval(() => {
        if (stdout.includes(signalOn)) {
          clearInterval(waitForStart);
          child.kill('SIGINT');
        }
      }, 20);
    },
  };
}

describe('runUntilSignalled', () => {
  it.each([
    ['once it runs', 'start', 'started'],
    ['while it starts, once it is up', 'slow', 'starting'],
  ] as const)(
    'closes the service on Ctrl-C %s, and exits 0',
    async (_when, mode, signalOn) => {
      const run = runFixture(mode, signalOn);
      run.signal();
      const { code, stdout } = await run.output;
      expect(code).toBe(0);
      expect(stdout).toContain('Stopping…');
      expect(stdout).toContain('closed');
    },
    20_000,
  );

  it('reports a failed start without a stack and exits 1', async () => {
    const { code, stderr } = await runFixture('fail').output;
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('no port for you');
  }, 20_000);
});
