import { spawn, type ChildProcess } from 'node:child_process';

export interface ChildServiceOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Polled until it answers with a status below 500. */
  readonly healthUrl: string;
  readonly startTimeoutMs: number;
  readonly onOutput: (name: string, line: string) => void;
}

export interface ChildService {
  readonly name: string;
  /** The process id, which is also its process group's id. */
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Starts one service of the local stack as a child process in its own process group (so that its
 * own children, such as Next.js workers, stop with it) and waits until its health URL answers.
 */
export async function startChildService(options: ChildServiceOptions): Promise<ChildService> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim() !== '') options.onOutput(options.name, line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const service = { name: options.name, pid: child.pid ?? 0, stop: () => stopGroup(child) };
  try {
    await waitUntilHealthy(child, options);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

async function waitUntilHealthy(child: ChildProcess, options: ChildServiceOptions): Promise<void> {
  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(options.healthUrl, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${options.name} did not answer ${options.healthUrl} within ${options.startTimeoutMs / 1000} s`);
}

/** SIGTERM to the whole group, then SIGKILL if it has not gone within five seconds. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
