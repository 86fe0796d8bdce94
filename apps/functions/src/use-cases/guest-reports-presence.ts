import type { PresenceReply } from '@portico/api-contract';
import {
  auditKindOfPhase,
  err,
  nextPresenceReportInSeconds,
  normaliseGuestEmail,
  ok,
  porticoError,
  reportGuestPresence,
  type GuestPhase,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { recordAuditEvent } from './record-audit-event';

/**
 * A guest's browser reports where the guest is (device check, lobby, call, out): kept on the
 * organiser's front desk, and answered with the note staff left for those waiting.
 */
export async function guestReportsPresence(
  deps: Pick<FunctionDependencies, 'appointments' | 'presenceBoard' | 'clock' | 'auditTrail'>,
  input: { readonly appointmentId: string; readonly guestEmail: string; readonly phase: GuestPhase },
): Promise<Result<PresenceReply, PorticoError>> {
  const stored = await deps.appointments.get(input.appointmentId);
  if (!stored) return err(porticoError('appointment.not-found'));
  const { appointment } = stored;
  const organiserId = appointment.organiser.id;
  const [previous, lobbyMessage] = await Promise.all([
    deps.presenceBoard.presenceOf(organiserId, appointment.id, normaliseGuestEmail(input.guestEmail)),
    deps.presenceBoard.messageFor(organiserId, appointment.id),
  ]);
  const reported = reportGuestPresence(appointment, previous, input, deps.clock());
  if (!reported.ok) return reported;
  await deps.presenceBoard.record(organiserId, normaliseGuestEmail(input.guestEmail), reported.value);
  // A heartbeat is no event; a new phase (or a return after dropping) is.
  if (reported.value.phaseSince === reported.value.lastSeenAt) {
    await recordAuditEvent(deps, {
      appointmentId: appointment.id,
      kind: auditKindOfPhase(input.phase),
      at: reported.value.lastSeenAt,
      actor: 'guest',
      name: reported.value.guestName,
    });
  }
  return ok({
    nextReportInSeconds: nextPresenceReportInSeconds(input.phase),
    lobbyMessage: lobbyMessage
      ? { text: lobbyMessage.text, from: lobbyMessage.from, sentAt: lobbyMessage.sentAt }
      : null,
  });
}
