import type { FrontDeskView } from '@portico/api-contract';

type Guest = FrontDeskView['guests'][number];

/** One guest as the front desk lists them: where they are, for how long, and whether they wait too long. */
export interface FrontDeskRow {
  readonly guestName: string;
  readonly state: Guest['state'];
  readonly minutes: number;
  readonly waitingLong: boolean;
}

/** One appointment's guests, and whether any of them is on the way in (and so may get a note). */
export interface FrontDeskGroup {
  readonly appointmentId: string;
  readonly subject: string;
  readonly rows: readonly FrontDeskRow[];
  readonly someoneOnTheWayIn: boolean;
}

/** Who is most in need of staff comes first: waiting, then checking devices, dropped, in the call, gone. */
const stateOrder: Readonly<Record<Guest['state'], number>> = {
  lobby: 0,
  'device-check': 1,
  dropped: 2,
  'in-call': 3,
  refused: 4,
  left: 5,
};

/**
 * The front desk's guests by appointment, most urgent first: within an appointment by state, then by
 * who has been in it longest; appointments by their most urgent guest. A guest in the lobby for
 * `longWaitMinutes` or more waits too long.
 */
export function frontDeskGroups(view: FrontDeskView, nowMs: number, longWaitMinutes: number): FrontDeskGroup[] {
  const byAppointment = new Map<string, Guest[]>();
  for (const guest of view.guests) {
    byAppointment.set(guest.appointmentId, [...(byAppointment.get(guest.appointmentId) ?? []), guest]);
  }
  const groups = [...byAppointment.values()].map((guests) => {
    const sorted = [...guests].sort(
      (a, b) => stateOrder[a.state] - stateOrder[b.state] || a.since.localeCompare(b.since),
    );
    const rows = sorted.map((guest) => {
      const minutes = Math.max(0, Math.floor((nowMs - Date.parse(guest.since)) / 60_000));
      return {
        guestName: guest.guestName,
        state: guest.state,
        minutes,
        waitingLong: guest.state === 'lobby' && minutes >= longWaitMinutes,
      };
    });
    const first = sorted[0];
    return {
      appointmentId: first?.appointmentId ?? '',
      subject: first?.subject ?? '',
      rows,
      someoneOnTheWayIn: rows.some((row) => row.state === 'lobby' || row.state === 'device-check'),
      urgency: first ? stateOrder[first.state] : Number.MAX_SAFE_INTEGER,
    };
  });
  return groups.sort((a, b) => a.urgency - b.urgency).map(({ urgency: _urgency, ...group }) => group);
}
