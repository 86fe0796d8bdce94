// `npm run bench`: runs every benchmark, prints a table and writes results/latest.json. It never
// passes or fails on a number; a person compares runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchAppointmentStore } from './appointment-store.bench';
import { benchCalendarSync } from './calendar-sync.bench';
import { benchCapacity } from './capacity.bench';
import { benchStaffAppointments } from './staff-appointments.bench';
import { benchFrontDesk } from './front-desk.bench';
import { benchJoinCall } from './join-call.bench';
import { benchJoinTicket } from './join-ticket.bench';
import { benchMeetingLinkParser } from './meeting-link-parser.bench';
import { benchJoinPageFirstLoad } from './join-page-first-load.bench';
import { ratioToReference, type Measurement } from './measurement';

async function main(): Promise<void> {
  const measurements: Measurement[] = [
    ...(await benchMeetingLinkParser()),
    ...(await benchAppointmentStore()),
    ...(await benchStaffAppointments()),
    ...(await benchJoinTicket()),
    ...(await benchJoinCall()),
    // After the join bench: its local stack builds the web app, whose manifests this reads.
    ...(await benchJoinPageFirstLoad()),
    ...(await benchCalendarSync()),
    ...(await benchFrontDesk()),
    ...(await benchCapacity()),
  ];
  const width = Math.max(...measurements.map((m) => m.name.length));
  for (const m of measurements) {
    const reference = m.reference ? `${m.reference.kind} ${m.reference.value} (${m.reference.label})` : '';
    console.log(
      `${m.name.padEnd(width)}  ${String(m.value).padStart(9)} ${m.unit.padEnd(15)} ${ratioToReference(m).padStart(7)}  ${reference}`,
    );
    console.log(`${''.padEnd(width)}  ${m.detail}`);
  }
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    measurements: measurements.map((m) => ({ ...m, ...(m.reference ? { ratio: ratioToReference(m) } : {}) })),
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
