import type { AppointmentStore } from '@portico/server-adapters';
import { demoAppointments } from './demo-data';

/** Stores the demo appointments; ones already there (same day, persisted storage) are left as they are. */
export async function seedDemoData(store: AppointmentStore, now: Date): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const appointment of demoAppointments(now)) {
    const result = await store.create(appointment);
    if (result.ok) created++;
    else if (result.error.code === 'appointment.already-exists') existing++;
    else throw new Error(`Could not seed ${appointment.id}: ${result.error.code}`);
  }
  return { created, existing };
}
