/** Why Portico writes to a guest about an appointment. */
export type GuestEmailKind = 'invitation' | 'rescheduled' | 'cancelled';

export const guestEmailKinds = ['invitation', 'rescheduled', 'cancelled'] as const satisfies readonly GuestEmailKind[];
