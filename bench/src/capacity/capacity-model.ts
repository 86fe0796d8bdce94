import { porticoTiming, type Workload } from './deployment-day';

/** A limit Portico's load meets at one deployment: its scope, its figure, and where it is published. */
export interface ServiceLimit {
  readonly name: string;
  readonly perSecond: number;
  readonly source: string;
}

/** What one simulated day puts on a limit at its busiest second (or window), against the limit. */
export interface LoadOnLimit {
  readonly limit: ServiceLimit;
  /** The busiest second's operations on the hottest key of this kind (or the window's, as the limit counts). */
  readonly peak: number;
  /** Appointments a day at which the peak would reach the limit, the rest of the workload alike. */
  readonly appointmentsPerDayAtLimit: number;
}

/** A seeded random number generator (mulberry32), so a simulated day repeats exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = 24 * 3600;

/** Operations per second of one day on one key, by second of the day (the day after the one modelled wraps). */
class SecondCounter {
  private readonly counts = new Float64Array(day);
  add(second: number, operations = 1): void {
    const index = ((Math.floor(second) % day) + day) % day;
    this.counts[index] = (this.counts[index] ?? 0) + operations;
  }
  /** Adds `perSecond` operations to each second of [from, to). */
  spread(from: number, to: number, perSecond: number): void {
    for (let s = Math.floor(from); s < Math.floor(to); s++) this.add(s, perSecond);
  }
  peak(): number {
    let max = 0;
    for (const count of this.counts) if (count > max) max = count;
    return max;
  }
  /** The busiest window of `seconds`, as a sum. */
  peakWindow(seconds: number): number {
    let sum = 0;
    for (let s = 0; s < seconds; s++) sum += this.counts[s] ?? 0;
    let max = sum;
    for (let s = seconds; s < day; s++) {
      sum += (this.counts[s] ?? 0) - (this.counts[s - seconds] ?? 0);
      if (sum > max) max = sum;
    }
    return max;
  }
}

/** The loads one simulated day puts on each kind of key and service, at their busiest. */
export interface DayPeaks {
  /** `appointments` rows of `starts|{day}`: every create and move across the deployment. */
  readonly startDayPartition: number;
  /** `sentemails`' one partition: a read and a write per e-mail and text sent. */
  readonly sentLogPartition: number;
  /** `reminders`' claim partition: one insert per reminder. */
  readonly reminderClaimPartition: number;
  /** One organiser's `presenceboard` partition: their guests' heartbeats and their console's reads. */
  readonly presencePartition: number;
  /** Storage account: every table operation counted above and the rest (appointments, audit, identities). */
  readonly storageAccount: number;
  /** `invitations` queue messages. */
  readonly invitationsQueue: number;
  /** ACS identity calls (a user on a guest's first join, a token each join). */
  readonly acsIdentity: number;
  /** E-mails and texts sent, per minute at the busiest minute. */
  readonly emailsPerMinute: number;
  readonly textsPerMinute: number;
  /** Graph requests on the busiest mailbox in its busiest 10 minutes. */
  readonly graphPerMailboxPer10Minutes: number;
}

/**
 * Simulates one day of a deployment second by second: appointments spread over the working day on
 * quarter hours, each made on an earlier working day (so its create lands in this day's working
 * hours too), reminded at each lead, joined by its guests a few minutes early, who heartbeat through
 * the lobby and the call; staff consoles poll while open; synced calendars catch up every 15 minutes.
 */
export function simulateDay(workload: Workload, seed = 1): DayPeaks {
  const random = seededRandom(seed);
  const [openHour, closeHour] = workload.workingHours;
  const workingSecond = () => openHour * 3600 + random() * (closeHour - openHour) * 3600;
  const quarterHourStart = () => Math.floor(workingSecond() / 900) * 900;
  const startDay = new SecondCounter();
  const sentLog = new SecondCounter();
  const claims = new SecondCounter();
  const storage = new SecondCounter();
  const queue = new SecondCounter();
  const identity = new SecondCounter();
  const emails = new SecondCounter();
  const texts = new SecondCounter();
  const busiestStaff = new SecondCounter();
  const busiestGraph = new SecondCounter();
  const appointments = Math.round(workload.staff * workload.appointmentsPerStaffPerDay);
  for (let i = 0; i < appointments; i++) {
    const organiser = i % workload.staff;
    const start = quarterHourStart();
    const guests = Math.max(1, Math.round(workload.guestsPerAppointment + (random() - 0.5)));
    // Made on an earlier day at a working moment: today's creates look the same.
    const created = workingSecond();
    startDay.add(created);
    // The appointment, three lookups, an audit line; the invitation queued and e-mailed once per guest.
    storage.add(created, 5 + guests);
    queue.add(created);
    for (let g = 0; g < guests; g++) {
      emails.add(created + 2);
      sentLog.add(created + 2, 2);
    }
    if (organiser === 0) busiestGraph.add(created, 2);
    for (const lead of workload.reminderLeads) {
      // Due on a timer run, at most one period after its moment.
      const run =
        Math.ceil((start - lead * 60) / (porticoTiming.reminderTimerMinutes * 60)) *
        porticoTiming.reminderTimerMinutes *
        60;
      claims.add(run);
      queue.add(run);
      storage.add(run, 2);
      for (let g = 0; g < guests; g++) {
        emails.add(run + 2);
        sentLog.add(run + 2, 2);
        if (random() < workload.textReminderShare) {
          texts.add(run + 2);
          sentLog.add(run + 2, 2);
          storage.add(run + 2, 2);
        }
      }
    }
    for (let g = 0; g < guests; g++) {
      const arrives = start - workload.lobbyMinutes * 60 + random() * 120;
      identity.add(arrives, 2);
      storage.add(arrives, 4);
      const lobbyBeats = 1 / porticoTiming.lobbyHeartbeatSeconds;
      const callBeats = 1 / porticoTiming.callHeartbeatSeconds;
      const admitted = arrives + workload.lobbyMinutes * 60;
      storage.spread(arrives, admitted, lobbyBeats);
      storage.spread(admitted, admitted + workload.callMinutes * 60, callBeats);
      if (organiser === 0) {
        busiestStaff.spread(arrives, admitted, lobbyBeats);
        busiestStaff.spread(admitted, admitted + workload.callMinutes * 60, callBeats);
      }
    }
  }
  // Every console polls once a second while open, from the start of the working day.
  const consoles = workload.staff;
  const consoleUntil = openHour * 3600 + workload.consoleHours * 3600;
  storage.spread(openHour * 3600, consoleUntil, consoles);
  busiestStaff.spread(openHour * 3600, consoleUntil, 1);
  // The busiest mailbox syncs: a delta read every 15 minutes, and one per change notification.
  for (let s = 0; s < day; s += porticoTiming.catchUpMinutes * 60) busiestGraph.add(s, 1);
  return {
    startDayPartition: startDay.peak(),
    sentLogPartition: sentLog.peak(),
    reminderClaimPartition: claims.peak(),
    presencePartition: busiestStaff.peak(),
    storageAccount: storage.peak(),
    invitationsQueue: queue.peak(),
    acsIdentity: identity.peak(),
    emailsPerMinute: emails.peakWindow(60),
    textsPerMinute: texts.peakWindow(60),
    graphPerMailboxPer10Minutes: busiestGraph.peakWindow(600),
  };
}
