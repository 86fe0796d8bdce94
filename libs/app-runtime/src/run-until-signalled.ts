/** Something running that can be stopped. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * Starts a service and keeps the process alive until SIGINT (Ctrl-C) or SIGTERM, then closes it and
 * exits 0. A failed start prints its reason, without a stack, and exits 1. The signal handlers are
 * in place before the service starts, so a Ctrl-C while it starts stops it as soon as it is up.
 */
export function runUntilSignalled(start: () => Promise<Closable>, log: (line: string) => void = console.log): void {
  let service: Closable | undefined;
  let stopRequested = false;
  let stopping = false;
  const stop = () => {
    stopRequested = true;
    if (!service || stopping) return;
    stopping = true;
    log('Stopping…');
    void service.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  start().then(
    (started) => {
      service = started;
      if (stopRequested) stop();
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
