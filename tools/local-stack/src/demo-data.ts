import {
  cancelAppointment,
  endAppointment,
  scheduleAppointment,
  type Appointment,
  type AppointmentGuest,
  type AppointmentOrganiser,
  type Result,
  type PorticoError,
} from '@portico/domain';

export const demoGuests = {
  jane: { name: 'Jane Doe', email: 'jane.doe@example.com', locale: 'en', timeZone: 'Europe/London' },
  piet: { name: 'Piet de Vries', email: 'piet.devries@example.nl', locale: 'nl', timeZone: 'Europe/Amsterdam' },
} as const satisfies Record<string, AppointmentGuest>;

export const demoOrganiser: AppointmentOrganiser = {
  id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  name: 'Dr. Ada Visser',
  email: 'ada.visser@contoso.example',
};

const demoTenantId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const minute = 60_000;

/**
 * The appointments `npm start` seeds, placed around `now` so that each state can be seen at once:
 * one open for joining, one later today, one tomorrow, one cancelled, one past. Ids carry the date,
 * so seeding again on the same day (with `--persist`) adds nothing.
 */
export function demoAppointments(now: Date): Appointment[] {
  const day = now.toISOString().slice(0, 10);
  const at = (minutesFromNow: number) =>
    new Date(Math.floor(now.getTime() / minute) * minute + minutesFromNow * minute);
  const make = (
    n: number,
    subject: string,
    guest: AppointmentGuest,
    startMinutes: number,
    clock = now,
    note?: string,
  ): Appointment => {
    const id = `demo-${day}-${n}`;
    return orThrow(
      scheduleAppointment(
        {
          id,
          origin: 'portal',
          organiser: demoOrganiser,
          guests: [guest],
          subject,
          ...(note === undefined ? {} : { note }),
          // The demo organiser has Teams audio conferencing, as the Graph emulator's Ada does.
          dialIn: { tollNumber: '+31 20 794 6000', tollFreeNumber: '0800 022 6000', conferenceId: `40000${n}1234` },
          startsAt: at(startMinutes).toISOString(),
          endsAt: at(startMinutes + 30).toISOString(),
          meeting: {
            kind: 'thread',
            threadId: `19:meeting_${Buffer.from(id)
              .toString('base64url')
              .replace(/[^A-Za-z0-9]/g, '')}@thread.v2`,
            messageId: '0',
            tenantId: demoTenantId,
            organizerId: demoOrganiser.id,
          },
        },
        clock,
      ),
    );
  };
  const pastClock = at(-3 * 24 * 60);
  return [
    make(1, 'Intake consultation', demoGuests.jane, 5),
    make(2, 'Follow-up', demoGuests.jane, 24 * 60, now, 'Please have the list of your medicines at hand.'),
    orThrow(cancelAppointment(make(3, 'Physiotherapy review', demoGuests.jane, 3 * 24 * 60), now)),
    orThrow(endAppointment(make(4, 'First consultation', demoGuests.jane, -2 * 24 * 60, pastClock), now)),
    make(5, 'Kennismakingsgesprek', demoGuests.piet, 2 * 60),
  ];
}

function orThrow<T>(result: Result<T, PorticoError>): T {
  if (!result.ok) throw new Error(`Demo data breaks a domain rule: ${result.error.code}`);
  return result.value;
}
