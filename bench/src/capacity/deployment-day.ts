/**
 * One deployment's day, as the capacity model sees it: how many staff, appointments and guests,
 * and how they behave. The defaults are a mid-sized healthcare organisation.
 */
export interface Workload {
  /** Staff members with appointments (each a mailbox Graph is asked about). */
  readonly staff: number;
  readonly appointmentsPerStaffPerDay: number;
  readonly guestsPerAppointment: number;
  /** Share of staff whose calendar syncs (their Outlook meetings become appointments). */
  readonly syncedShare: number;
  /** Share of guests who gave a mobile number for text reminders. */
  readonly textReminderShare: number;
  /** Reminder leads in minutes (24 h and 1 h by default). */
  readonly reminderLeads: readonly number[];
  /** The working day appointments start in, local hours [from, to). */
  readonly workingHours: readonly [number, number];
  /** Minutes a guest spends in the lobby and in the call. */
  readonly lobbyMinutes: number;
  readonly callMinutes: number;
  /** Hours a staff console stays open (each polls the front desk once a second). */
  readonly consoleHours: number;
}

export const defaultWorkload: Workload = {
  staff: 500,
  appointmentsPerStaffPerDay: 12,
  guestsPerAppointment: 1.2,
  syncedShare: 0.5,
  textReminderShare: 0.4,
  reminderLeads: [24 * 60, 60],
  workingHours: [8, 18],
  lobbyMinutes: 4,
  callMinutes: 25,
  consoleHours: 8,
};

/** The portal's own timing, as the code has it (see docs/architecture.md). */
export const porticoTiming = {
  /** Presence heartbeats: every 5 s in the lobby, every 10 s otherwise. */
  lobbyHeartbeatSeconds: 5,
  callHeartbeatSeconds: 10,
  /** Calendar catch-up per synced calendar every 15 minutes (one delta read at least). */
  catchUpMinutes: 15,
  /** The reminder timer's period. */
  reminderTimerMinutes: 5,
} as const;
