import { InvocationContext } from '@azure/functions';
import {
  cancelAppointment,
  defaultBrand,
  err,
  ok,
  porticoError,
  rescheduleAppointment,
  undoCancellation,
  type Appointment,
  type AuditEvent,
} from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import {
  AppointmentLinkTokens,
  type AppointmentStore,
  type EnqueueOptions,
  type GuestNotice,
  type MeetingDirectory,
  type OutgoingEmail,
} from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { sendGuestNotice } from '../functions/invitations/send-guest-notice';
import { memoryAppointmentStore, notUsed } from '../testing/memory-appointment-store';

const t0 = new Date('2026-12-01T08:00:00.000Z');
const seconds = (n: number) => new Date(t0.getTime() + n * 1000);
const staff = { id: 'organiser-1', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const guests = [
  { name: 'Jane Doe', email: 'jane@example.com', locale: 'en' as const, timeZone: 'Europe/London' },
  { name: 'Piet de Vries', email: 'piet@example.nl', locale: 'nl' as const, timeZone: 'Europe/Amsterdam' },
];
const booked = buildAppointment(
  { organiser: staff, guests, calendarEventId: 'AAMk-1', startsAt: '2026-12-03T09:00:00.000Z' },
  new Date(t0.getTime() - 86_400_000),
);

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Staff cancelled `booked` at t0, with 30 seconds to undo it. */
const cancelledByStaff = must(cancelAppointment(booked, t0, { seconds: 30 }));
const noticeOf = (appointment: Appointment, kind: 'cancelled' | 'rescheduled' = 'cancelled'): GuestNotice => ({
  type: 'appointment',
  appointmentId: appointment.id,
  kind,
  change: appointment.updatedAt,
});

/** The invitations worker over fakes that record what it sent, cancelled, queued and wrote. */
function worker(appointment: Appointment, at: Date, meetingsFail = false) {
  const appointments: AppointmentStore = memoryAppointmentStore(appointment);
  const sent: OutgoingEmail[] = [];
  const sentKeys = new Set<string>();
  const cancelledMeetings: string[] = [];
  const requeued: { notice: GuestNotice; options: EnqueueOptions | undefined }[] = [];
  const trail: AuditEvent[] = [];
  const meetings: MeetingDirectory = {
    createMeeting: async () => err(porticoError('dependency.unavailable')),
    rescheduleMeeting: async () => err(porticoError('dependency.unavailable')),
    inviteColleagues: async () => err(porticoError('dependency.unavailable')),
    cancelMeeting: async (organiserId, eventId) => {
      if (meetingsFail) return err(porticoError('dependency.unavailable'));
      cancelledMeetings.push(`${organiserId}/${eventId}`);
      return ok(undefined);
    },
  };
  const deps: Parameters<typeof sendGuestNotice>[0] = {
    appointments,
    meetings,
    notices: {
      enqueue: async (notice: GuestNotice, options?: EnqueueOptions) => void requeued.push({ notice, options }),
    },
    mailer: {
      send: async (email) => {
        sent.push(email);
        return ok(undefined);
      },
    },
    sentEmails: {
      wasSent: async (key) => sentKeys.has(key),
      markSent: async (key) => void sentKeys.add(key),
    },
    appointmentLinks: new AppointmentLinkTokens('a'.repeat(32)),
    signInLinks: notUsed('sign-in links'),
    reminders: notUsed<FunctionDependencies['reminders']>('reminders'),
    auditTrail: {
      record: async (event) => void trail.push(event),
      eventsOf: async () => [],
      removeBefore: async () => 0,
    },
    clock: () => at,
    portal: { url: 'https://portal.example', brand: defaultBrand },
  };
  const handle = sendGuestNotice(deps);
  return {
    appointments,
    sent,
    cancelledMeetings,
    requeued,
    trail,
    deliver: (notice: GuestNotice) => handle(notice, new InvocationContext({ logHandler: () => undefined })),
  };
}

describe('the invitations worker and a cancellation staff may undo', () => {
  it('when not undone: makes the cancellation final, tells every guest once, then cancels the meeting', async () => {
    const run = worker(cancelledByStaff, seconds(35));
    const before = await run.appointments.get(booked.id);
    await run.deliver(noticeOf(cancelledByStaff));
    expect(run.sent.map((email) => [email.to.address, email.subject.split(':')[0]])).toEqual([
      ['jane@example.com', 'Cancelled'],
      ['piet@example.nl', 'Geannuleerd'],
    ]);
    expect(run.cancelledMeetings).toEqual(['organiser-1/AAMk-1']);
    expect(run.trail.map((event) => [event.kind, event.name, event.detail])).toEqual([
      ['email-sent', 'Jane Doe', 'cancelled'],
      ['email-sent', 'Piet de Vries', 'cancelled'],
    ]);
    // Rewritten under the version read, so an undo still in flight conflicts and then finds it too late.
    const after = await run.appointments.get(booked.id);
    expect(after?.etag).not.toBe(before?.etag);
    expect(after?.appointment).toEqual(cancelledByStaff);

    // Delivered again (the queue may): nothing is sent twice; cancelling the meeting again is harmless.
    await run.deliver(noticeOf(cancelledByStaff));
    expect(run.sent).toHaveLength(2);
  });

  it('when undone: the notice is stale, and neither the guests nor the calendar hear of it', async () => {
    const undone = must(undoCancellation(cancelledByStaff, seconds(10)));
    const run = worker(undone, seconds(35));
    await run.deliver(noticeOf(cancelledByStaff));
    expect(run.sent).toEqual([]);
    expect(run.cancelledMeetings).toEqual([]);
    expect(run.requeued).toEqual([]);
  });

  it('when cancelled again after an undo: only the latest cancellation’s notice sends', async () => {
    const undone = must(undoCancellation(cancelledByStaff, seconds(10)));
    const again = must(cancelAppointment(undone, seconds(20), { seconds: 30 }));
    const run = worker(again, seconds(56));
    await run.deliver(noticeOf(cancelledByStaff));
    expect(run.sent).toEqual([]);
    await run.deliver(noticeOf(again));
    expect(run.sent).toHaveLength(2);
    expect(run.cancelledMeetings).toEqual(['organiser-1/AAMk-1']);
  });

  it('when the notice comes early (clocks differ): it waits again, and nothing is sent or cancelled', async () => {
    const run = worker(cancelledByStaff, seconds(28));
    await run.deliver(noticeOf(cancelledByStaff));
    expect(run.sent).toEqual([]);
    expect(run.cancelledMeetings).toEqual([]);
    expect(run.requeued).toEqual([{ notice: noticeOf(cancelledByStaff), options: { delaySeconds: 7 } }]);
  });

  it('when the calendar refuses: the guests are told, and only the meeting is tried again', async () => {
    const failing = worker(cancelledByStaff, seconds(35), true);
    await expect(failing.deliver(noticeOf(cancelledByStaff))).rejects.toThrow(/dependency\.unavailable/);
    expect(failing.sent).toHaveLength(2);
  });

  it('leaves the meeting of a cancellation the calendar made: its event is gone, or no longer Portico’s', async () => {
    const byCalendar = must(cancelAppointment(booked, t0));
    const run = worker(byCalendar, seconds(1));
    await run.deliver(noticeOf(byCalendar));
    expect(run.sent).toHaveLength(2);
    expect(run.cancelledMeetings).toEqual([]);
  });

  it('still sends a move’s e-mail after a later change, as before', async () => {
    const moved = must(
      rescheduleAppointment(booked, { startsAt: '2026-12-04T09:00:00.000Z', endsAt: '2026-12-04T09:30:00.000Z' }, t0),
    );
    const renamed = { ...moved, subject: 'Follow-up', updatedAt: seconds(5).toISOString() };
    const run = worker(renamed, seconds(6));
    await run.deliver(noticeOf(moved, 'rescheduled'));
    expect(run.sent.map((email) => email.subject.split(':')[0])).toEqual(['New time', 'Nieuwe tijd']);
  });
});
