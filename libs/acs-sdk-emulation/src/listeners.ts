/** Listeners by event name, kept the way the SDK's `on` and `off` keep them. */
export class Listeners {
  private readonly byEvent = new Map<string, Set<(args: never) => void>>();

  on(event: string, listener: (args: never) => void): void {
    const set = this.byEvent.get(event) ?? new Set();
    set.add(listener);
    this.byEvent.set(event, set);
  }

  off(event: string, listener: (args: never) => void): void {
    this.byEvent.get(event)?.delete(listener);
  }

  emit(event: string, args?: unknown): void {
    for (const listener of [...(this.byEvent.get(event) ?? [])]) (listener as (args: unknown) => void)(args);
  }
}
