import { readdir, readFile } from 'node:fs/promises';

/** Linux counts process CPU time in clock ticks; 100 a second on every platform Node runs on Linux. */
const ticksPerSecond = 100;

interface Service {
  readonly name: string;
  readonly pid: number;
}

/**
 * CPU seconds (user + system) each service and this bench process spent while `work` ran, read from
 * /proc: a service counts its process and every process of its group (Next's workers, tsx's).
 * Shows which process a figure waited on; on a machine without /proc the profile is empty.
 */
export async function cpuDuring<T>(
  services: readonly Service[],
  work: () => Promise<T>,
): Promise<{ result: T; profile: string }> {
  const everyone = [...services, { name: 'bench', pid: process.pid }];
  const before = await cpuTicks(everyone);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuTicks(everyone);
  const spent = everyone
    .map(({ name }) => ({ name, seconds: ((after.get(name) ?? 0) - (before.get(name) ?? 0)) / ticksPerSecond }))
    .filter((entry) => entry.seconds > 0)
    .sort((a, b) => b.seconds - a.seconds);
  const profile =
    spent.length === 0
      ? ''
      : `CPU over ${seconds.toFixed(1)} s: ${spent.map((entry) => `${entry.name} ${entry.seconds.toFixed(1)} s`).join(', ')}`;
  return { result, profile };
}

async function cpuTicks(services: readonly Service[]): Promise<Map<string, number>> {
  const ticks = new Map<string, number>();
  const entries = await readdir('/proc').catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const group = Number(fields[2]);
    const used = Number(fields[11]) + Number(fields[12]);
    const owner = services.find((service) => service.pid === Number(entry) || service.pid === group);
    if (owner && Number.isFinite(used)) ticks.set(owner.name, (ticks.get(owner.name) ?? 0) + used);
  }
  return ticks;
}
