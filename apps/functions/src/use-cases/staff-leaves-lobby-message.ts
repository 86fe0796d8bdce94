import {
  err,
  ok,
  porticoError,
  writeLobbyMessage,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** The organiser leaves a note for the guests waiting for one of their appointments ("Running late"). */
export async function staffLeavesLobbyMessage(
  deps: Pick<FunctionDependencies, 'appointments' | 'presenceBoard' | 'clock' | 'auditTrail'>,
  input: { readonly staff: AppointmentOrganiser; readonly appointmentId: string; readonly text: string },
): Promise<Result<undefined, PorticoError>> {
  const stored = await deps.appointments.get(input.appointmentId);
  // Someone else's appointment is "not found": its existence is not revealed.
  if (!stored || stored.appointment.organiser.id !== input.staff.id) return err(porticoError('appointment.not-found'));
  const message = writeLobbyMessage(stored.appointment, { text: input.text, from: input.staff.name }, deps.clock());
  if (!message.ok) return message;
  await deps.presenceBoard.postMessage(input.staff.id, message.value);
  return ok(undefined);
}
