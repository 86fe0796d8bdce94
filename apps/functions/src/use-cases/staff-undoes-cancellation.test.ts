import { personalLinkGeneration, type AuditEvent } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import {
  AppointmentLinkTokens,
  type AuditTrail,
  type EnqueueOptions,
  type GuestNotice,
} from '@portico/server-adapters';
import { memoryAppointmentStore } from '../testing/memory-appointment-store';
import { staffCancelsAppointment } from './staff-cancels-appointment';
import { staffUndoesCancellation } from './staff-undoes-cancellation';

const t0 = new Date('2026-12-01T08:00:00.000Z');
const seconds = (n: number) => new Date(t0.getTime() + n * 1000);
const staff = { id: 'organiser-1', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };

function scenario() {
  const appointment = buildAppointment(
    { organiser: staff, calendarEventId: 'AAMk-1', startsAt: '2026-12-03T09:00:00.000Z' },
    new Date(t0.getTime() - 86_400_000),
  );
  const appointments = memoryAppointmentStore(appointment);
  const queued: { notice: GuestNotice; options: EnqueueOptions | undefined }[] = [];
  const trail: AuditEvent[] = [];
  const auditTrail: AuditTrail = {
    record: async (event) => void trail.push(event),
    eventsOf: async () => trail,
    removeBefore: async () => 0,
  };
  let now = t0;
  const deps = {
    appointments,
    auditTrail,
    notices: {
      enqueue: async (notice: GuestNotice, options?: EnqueueOptions) => void queued.push({ notice, options }),
    },
    clock: () => now,
    cancellationUndoSeconds: 30,
  };
  const etagNow = async () => (await appointments.get(appointment.id))?.etag ?? '';
  const cancel = async () => {
    const cancelled = await staffCancelsAppointment(deps, {
      staff,
      appointmentId: appointment.id,
      etag: await etagNow(),
    });
    if (!cancelled.ok) throw new Error(cancelled.error.code);
    return cancelled.value;
  };
  const undo = async (at: Date, etag?: string) => {
    now = at;
    return staffUndoesCancellation(deps, { staff, appointmentId: appointment.id, etag: etag ?? (await etagNow()) });
  };
  return { appointment, appointments, queued, trail, cancel, undo };
}

describe('staff cancel an appointment and may undo it for a short while', () => {
  it('cancels at once, and holds the guests’ e-mail back until the undo window has closed', async () => {
    const { appointment, queued, trail, cancel } = scenario();
    const cancelled = await cancel();
    expect(cancelled.appointment).toMatchObject({
      status: 'cancelled',
      cancelledFrom: { status: 'scheduled', undoableUntil: seconds(30).toISOString() },
    });
    // The worker sees the notice only after the window (and a margin); it cancels the meeting then.
    expect(queued).toEqual([
      {
        notice: { type: 'appointment', appointmentId: appointment.id, kind: 'cancelled', change: t0.toISOString() },
        options: { delaySeconds: 35 },
      },
    ]);
    expect(trail.map((event) => event.kind)).toEqual(['cancelled']);
  });

  it('undoes within the window: the appointment as it was, its guests’ links working again, in the trail', async () => {
    const { appointment, appointments, trail, cancel, undo } = scenario();
    const links = new AppointmentLinkTokens('a'.repeat(32));
    const guestEmail = appointment.guests[0]?.email ?? '';
    const link = links.read(links.mint({ appointment, guestEmail }, seconds(86_400 * 7)), t0);
    const cancelled = await cancel();
    expect(link?.guestIn(cancelled.appointment)).toBe('replaced');

    const undone = await undo(seconds(20), cancelled.etag);
    if (!undone.ok) throw new Error(undone.error.code);
    expect(undone.value.appointment).toEqual({
      ...appointment,
      linkGeneration: personalLinkGeneration(appointment),
      updatedAt: seconds(20).toISOString(),
    });
    expect(link?.guestIn(undone.value.appointment)).toEqual(appointment.guests[0]);
    expect((await appointments.get(appointment.id))?.appointment.status).toBe('scheduled');
    expect(trail.map((event) => [event.kind, event.actor, event.name])).toEqual([
      ['cancelled', 'staff', staff.name],
      ['cancel-undone', 'staff', staff.name],
    ]);
    // A second click finds nothing left to undo, and changes nothing.
    const again = await undo(seconds(21));
    expect(again.ok && again.value.appointment).toEqual(undone.value.appointment);
    expect(trail).toHaveLength(2);
  });

  it('refuses once the window has closed; the appointment stays cancelled', async () => {
    const { appointment, appointments, cancel, undo } = scenario();
    const cancelled = await cancel();
    const late = await undo(seconds(30), cancelled.etag);
    expect(late.ok || late.error.code).toBe('appointment.undo-expired');
    expect((await appointments.get(appointment.id))?.appointment.status).toBe('cancelled');
  });

  it('says "too late", not "changed by someone else", when the worker has made the cancellation final', async () => {
    const { appointment, appointments, cancel, undo } = scenario();
    const cancelled = await cancel();
    // The worker rewrites the appointment as the notice comes due, which gives it a new version.
    await appointments.update(cancelled.appointment, cancelled.etag);
    const late = await undo(seconds(36), cancelled.etag);
    expect(late.ok || late.error.code).toBe('appointment.undo-expired');
    expect((await appointments.get(appointment.id))?.appointment.status).toBe('cancelled');
  });

  it('needs the version it undoes, and someone else’s appointment is not found', async () => {
    const { appointment, cancel } = scenario();
    await cancel();
    const other = { ...staff, id: 'organiser-2' };
    const deps = {
      appointments: memoryAppointmentStore(),
      auditTrail: { record: async () => undefined, eventsOf: async () => [], removeBefore: async () => 0 },
      clock: () => seconds(1),
    };
    expect(
      await staffUndoesCancellation(deps, { staff, appointmentId: appointment.id, etag: undefined }),
    ).toMatchObject({ error: { code: 'request.version-required' } });
    expect(
      await staffUndoesCancellation(deps, { staff: other, appointmentId: appointment.id, etag: 'W/"1"' }),
    ).toMatchObject({ error: { code: 'appointment.not-found' } });
  });
});
