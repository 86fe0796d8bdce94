import { createHash, timingSafeEqual } from 'node:crypto';
import { normaliseGuestEmail, personalLinkGeneration, type Appointment, type AppointmentGuest } from '@portico/domain';
import { SealedBox } from './sealed-box';

/** What a personal link is issued for: one guest of one appointment, as the appointment stands now. */
export interface AppointmentLinkGrant {
  readonly appointment: Appointment;
  readonly guestEmail: string;
}

/** What an unexpired, genuine personal link says, before it is held against the appointment. */
export interface AppointmentLinkClaim {
  readonly appointmentId: string;
  /**
   * The guest the link is for, if they are still on the appointment and the link is of its current
   * generation; `replaced` when a reschedule or cancel has since made a newer link; `not-a-guest`
   * when the guest has been taken off.
   */
  guestIn(appointment: Appointment): AppointmentGuest | 'replaced' | 'not-a-guest';
}

const formatVersion = 1;
const digestBytes = 8;
/** Version, expiry (seconds since 1970), guest digest, generation digest; then the appointment id. */
const headerBytes = 1 + 4 + digestBytes + digestBytes;
const maxAppointmentIdBytes = 512;

/**
 * Personal links as opaque tokens: AES-256-GCM over the appointment id, a digest of the guest's
 * address, a digest of the link generation and an expiry. Nothing is stored and nothing personal is
 * readable in the URL; a reschedule or cancel revokes every earlier link (the generation no longer
 * matches), and rotating the secret revokes all of them. About 110 characters for a UUID id.
 */
export class AppointmentLinkTokens {
  private readonly box: SealedBox;

  constructor(secret: string) {
    this.box = new SealedBox(secret, 'appointment-link-token/v1');
  }

  mint(grant: AppointmentLinkGrant, expiresAt: Date): string {
    const id = Buffer.from(grant.appointment.id, 'utf8');
    if (id.length > maxAppointmentIdBytes) throw new Error('Appointment id too long for a personal link');
    const header = Buffer.alloc(headerBytes);
    header.writeUInt8(formatVersion, 0);
    header.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 1);
    digest(normaliseGuestEmail(grant.guestEmail)).copy(header, 5);
    digest(String(personalLinkGeneration(grant.appointment))).copy(header, 5 + digestBytes);
    return this.box.seal(Buffer.concat([header, id]));
  }

  /** What a token says, or undefined if it is forged, altered, expired or not a token at all. */
  read(token: string, now: Date): AppointmentLinkClaim | undefined {
    const plain = this.box.open(token, headerBytes + 1, 1024);
    if (!plain || plain.readUInt8(0) !== formatVersion) return undefined;
    if (plain.readUInt32BE(1) * 1000 <= now.getTime()) return undefined;
    const guestDigest = plain.subarray(5, 5 + digestBytes);
    const generationDigest = plain.subarray(5 + digestBytes, headerBytes);
    const appointmentId = plain.subarray(headerBytes).toString('utf8');
    return {
      appointmentId,
      guestIn(appointment) {
        const guest = appointment.guests.find((g) =>
          timingSafeEqual(digest(normaliseGuestEmail(g.email)), guestDigest),
        );
        if (appointment.id !== appointmentId || !guest) return 'not-a-guest';
        return timingSafeEqual(digest(String(personalLinkGeneration(appointment))), generationDigest)
          ? guest
          : 'replaced';
      },
    };
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest().subarray(0, digestBytes);
}
