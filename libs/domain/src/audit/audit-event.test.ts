import { guestPhases } from '../presence/guest-presence';
import { buildAppointment } from '../testing/build-appointment';
import { cancelAppointment, rescheduleAppointment, undoCancellation } from '../appointment/appointment';
import { auditEventKinds, auditKindOfChange, auditKindOfPhase, auditRetentionCutoff } from './audit-event';

describe('the audit trail’s events', () => {
  it('give each of a guest’s phases its own event', () => {
    const kinds = guestPhases.map(auditKindOfPhase);
    expect(new Set(kinds).size).toBe(guestPhases.length);
    for (const kind of kinds) expect(auditEventKinds).toContain(kind);
    expect(auditKindOfPhase('in-call')).toBe('admitted');
  });

  it('are kept for the retention period, and removed before it', () => {
    expect(auditRetentionCutoff(new Date('2026-12-31T12:00:00.000Z'), 30).toISOString()).toBe(
      '2026-12-01T12:00:00.000Z',
    );
  });

  it('name a stored change of an appointment: made, moved or cancelled, and nothing for details only', () => {
    const now = new Date('2026-11-30T09:00:00.000Z');
    const made = buildAppointment({ startsAt: '2026-12-01T09:00:00.000Z' }, now);
    const moved = rescheduleAppointment(
      made,
      { startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:30:00.000Z' },
      now,
    );
    const cancelled = cancelAppointment(made, now);
    if (!moved.ok || !cancelled.ok) throw new Error('fixture');
    expect(auditKindOfChange(undefined, made)).toBe('created');
    expect(auditKindOfChange(made, moved.value)).toBe('rescheduled');
    expect(auditKindOfChange(made, cancelled.value)).toBe('cancelled');
    expect(auditKindOfChange(made, { ...made, subject: 'Another subject' })).toBeUndefined();
  });

  it('name a staff cancellation undone, and not a calendar’s reinstatement', () => {
    const now = new Date('2026-11-30T09:00:00.000Z');
    const made = buildAppointment({ startsAt: '2026-12-01T09:00:00.000Z' }, now);
    const cancelled = cancelAppointment(made, now, { seconds: 30 });
    if (!cancelled.ok) throw new Error('fixture');
    const undone = undoCancellation(cancelled.value, new Date(now.getTime() + 10_000));
    if (!undone.ok) throw new Error('fixture');
    expect(auditKindOfChange(made, cancelled.value)).toBe('cancelled');
    expect(auditKindOfChange(cancelled.value, undone.value)).toBe('cancel-undone');
    const { cancelledFrom: _none, ...byCalendar } = cancelled.value;
    expect(auditKindOfChange(byCalendar, { ...byCalendar, status: 'scheduled' })).toBeUndefined();
  });
});
