/** Whether a guest has asked for no more reminders, by e-mail or text, whatever the appointment. */
export interface ReminderPreferences {
  hasStopped(guestEmail: string): Promise<boolean>;
  setStopped(guestEmail: string, stopped: boolean, now: Date): Promise<void>;
}
