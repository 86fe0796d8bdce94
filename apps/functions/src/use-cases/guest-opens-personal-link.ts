import type { AppointmentLinkGrantView } from '@portico/api-contract';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * A guest opens a personal link: what it proves, if it is genuine, unexpired, its guest is still on
 * the appointment, and no reschedule or cancel has replaced it since.
 */
export async function guestOpensPersonalLink(
  deps: Pick<FunctionDependencies, 'appointmentLinks' | 'appointments' | 'clock'>,
  token: string,
): Promise<Result<AppointmentLinkGrantView, PorticoError>> {
  const claim = deps.appointmentLinks.read(token, deps.clock());
  const stored = claim && (await deps.appointments.get(claim.appointmentId));
  const guest = claim && stored ? claim.guestIn(stored.appointment) : 'not-a-guest';
  if (guest === 'replaced') return err(porticoError('sign-in.link-replaced'));
  if (guest === 'not-a-guest' || !stored) return err(porticoError('sign-in.link-invalid'));
  return ok({ email: guest.email, appointmentId: stored.appointment.id });
}
