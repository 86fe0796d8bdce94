import type { GuestPhase } from '@portico/domain';
import type { CallPhase } from './call-session-state';

const guestPhases: Readonly<Record<CallPhase, GuestPhase>> = {
  'checking-devices': 'device-check',
  // Still on the guest's side of the door: the lobby begins when the meeting says so.
  joining: 'device-check',
  'in-lobby': 'lobby',
  connected: 'in-call',
  reconnecting: 'in-call',
  left: 'left',
  removed: 'left',
  ended: 'left',
  refused: 'refused',
};

/** Where the guest is, for the organiser's front desk, from where their call session is. */
export const guestPhaseOf = (phase: CallPhase): GuestPhase => guestPhases[phase];
