import { err, isGuestOf, ok, porticoError, type Appointment } from '@portico/domain';
import type { AppointmentStore, StoredAppointment } from '@portico/server-adapters';

/** An appointment store in memory for unit tests: conditional updates with a new ETag each time. */
export function memoryAppointmentStore(...initial: readonly Appointment[]): AppointmentStore {
  const rows = new Map<string, StoredAppointment>();
  let version = 0;
  const put = (appointment: Appointment): StoredAppointment => {
    const stored = { appointment, etag: `W/"${++version}"` };
    rows.set(appointment.id, stored);
    return stored;
  };
  for (const appointment of initial) put(appointment);
  const all = () => [...rows.values()];
  return {
    create: async (appointment) =>
      rows.has(appointment.id) ? err(porticoError('appointment.already-exists')) : ok(put(appointment)),
    get: async (id) => rows.get(id),
    update: async (appointment, etag) => {
      const current = rows.get(appointment.id);
      if (!current) return err(porticoError('appointment.not-found'));
      return current.etag === etag ? ok(put(appointment)) : err(porticoError('appointment.conflict'));
    },
    listByOrganiser: async (organiserId) => all().filter((s) => s.appointment.organiser.id === organiserId),
    listByGuest: async (email) => all().filter((s) => isGuestOf(s.appointment, email)),
    listStartingIn: async (range) =>
      all().filter((s) => s.appointment.startsAt >= range.from && s.appointment.startsAt < range.to),
  };
}

/** A dependency a test's path must not reach: any use of it fails the test and names it. */
export function notUsed<T>(what: string): T {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error(`${what} is not used here`);
      },
    },
  ) as T;
}
