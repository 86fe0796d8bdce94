/** Something running that can be stopped. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * Starts a service and keeps the process alive until SIGINT (Ctrl-C) or SIGTERM, then closes it and
 * exits 0. A failed start prints its reason, without a stack, and exits 1.
 */
export function runUntilSignalled(start: () => Promise<Closable>, log: (line: string) => void = console.log): void {
  start().then(
    (service) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        log('Stopping…');
        void service.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
