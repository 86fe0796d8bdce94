/**
 * How to join a Teams meeting's audio by phone, when the organiser has audio conferencing: Graph's
 * `onlineMeeting.tollNumber` and `conferenceId` (and a toll-free number where the tenant has one).
 */
export interface DialIn {
  /** As Teams prints it, e.g. `+31 20 123 4567`. */
  readonly tollNumber: string;
  readonly tollFreeNumber?: string;
  /** Digits only, as Teams gives it; callers type it followed by `#`. */
  readonly conferenceId: string;
}

/** A phone number as invitations print one: a leading `+`, digits, and spaces, dashes or brackets. */
const phoneNumber = /^\+?[0-9][0-9 ()-]{4,30}$/;
const conferenceId = /^[0-9]{4,20}$/;

/**
 * The dial-in of a meeting, from what Graph says of it; undefined when the meeting has no audio
 * conferencing or the values are not a phone number and conference ID (they reach e-mails and pages).
 */
export function dialInFrom(raw: {
  readonly tollNumber?: string | null | undefined;
  readonly tollFreeNumber?: string | null | undefined;
  readonly conferenceId?: string | null | undefined;
}): DialIn | undefined {
  const toll = raw.tollNumber?.trim();
  const id = raw.conferenceId?.replace(/\s/g, '');
  if (!toll || !id || !phoneNumber.test(toll) || !conferenceId.test(id)) return undefined;
  const tollFree = raw.tollFreeNumber?.trim();
  return {
    tollNumber: toll,
    ...(tollFree && phoneNumber.test(tollFree) ? { tollFreeNumber: tollFree } : {}),
    conferenceId: id,
  };
}

/** A `tel:` link that dials the number, waits, and enters the conference ID with its `#`. */
export function dialInTelLink(number: string, id: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')},,${id}%23`;
}
