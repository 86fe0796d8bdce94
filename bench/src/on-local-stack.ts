import { join } from 'node:path';
import { startLocalStack, type RunningLocalStack } from '@portico/local-stack';

/** Runs `measure` against a fresh, quiet local stack on free ports, and stops the stack however it ends. */
export async function onLocalStack<T>(measure: (stack: RunningLocalStack) => Promise<T>): Promise<T> {
  const stack = await startLocalStack({
    repoRoot: join(__dirname, '../..'),
    persist: false,
    freePorts: true,
    log: () => undefined,
  });
  try {
    return await measure(stack);
  } finally {
    await stack.stop();
  }
}
