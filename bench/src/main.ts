// `npm run bench`: runs every benchmark, prints a table and writes results/latest.json. It never
// passes or fails on a number; a person compares runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchAppointmentStore } from './appointment-store.bench';
import { benchCalendarSync } from './calendar-sync.bench';
import { benchCreateAppointmentApi } from './create-appointment-api.bench';
import { benchJoinCall } from './join-call.bench';
import { benchMeetingLinkParser } from './meeting-link-parser.bench';
import type { Measurement } from './measurement';

async function main(): Promise<void> {
  const measurements: Measurement[] = [
    ...(await benchMeetingLinkParser()),
    ...(await benchAppointmentStore()),
    ...(await benchCreateAppointmentApi()),
    ...(await benchJoinCall()),
    ...(await benchCalendarSync()),
  ];
  const width = Math.max(...measurements.map((m) => m.name.length));
  for (const m of measurements)
    console.log(`${m.name.padEnd(width)}  ${String(m.value).padStart(9)} ${m.unit.padEnd(15)} ${m.detail}`);
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    measurements,
  };
  const directory = join(__dirname, '../results');
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nSaved to ${join(directory, 'latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
