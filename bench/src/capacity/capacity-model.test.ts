import { defaultWorkload, type Workload } from './deployment-day';
import { seededRandom, simulateDay } from './capacity-model';

const tiny: Workload = {
  ...defaultWorkload,
  staff: 1,
  appointmentsPerStaffPerDay: 1,
  guestsPerAppointment: 1,
  textReminderShare: 0,
};

describe('the capacity model', () => {
  it('repeats a day exactly for a seed', () => {
    expect(simulateDay(defaultWorkload, 7)).toEqual(simulateDay(defaultWorkload, 7));
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it('counts one appointment’s operations as the code makes them', () => {
    const peaks = simulateDay(tiny);
    // One create on the start-day lookup; one claim per reminder lead at its own timer run.
    expect(peaks.startDayPartition).toBe(1);
    expect(peaks.reminderClaimPartition).toBe(1);
    // A read and a write of the sent log per e-mail; no texts without consent.
    expect(peaks.sentLogPartition).toBe(2);
    expect(peaks.textsPerMinute).toBe(0);
    // The guest's first join makes an identity and a token.
    expect(peaks.acsIdentity).toBe(2);
    // The console's read each second plus the guest's lobby heartbeat (every 5 s) at most.
    expect(peaks.presencePartition).toBeCloseTo(1.2, 5);
  });

  it('grows the deployment-wide peaks with the day’s appointments', () => {
    const small = simulateDay({ ...defaultWorkload, staff: 100 });
    const large = simulateDay({ ...defaultWorkload, staff: 1000 });
    expect(large.startDayPartition).toBeGreaterThan(small.startDayPartition);
    expect(large.emailsPerMinute).toBeGreaterThan(5 * small.emailsPerMinute);
    // One staff member's own partition does not grow with the organisation.
    expect(large.presencePartition).toBeCloseTo(small.presencePartition, 0);
  });
});
