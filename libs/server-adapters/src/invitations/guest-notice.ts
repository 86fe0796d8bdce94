import { z } from 'zod';
import { guestNoticeKinds, supportedLocales } from '@portico/domain';

/**
 * A unit of work on the invitations queue: write to an appointment's guests about one change, remind
 * them of it, or answer a request for a sign-in link (the worker finds out whether the address has appointments, so
 * the API does the same work for every address). `change` names the change (the appointment version or a re-invite request),
 * so the same change queued twice is sent once.
 */
export const guestNoticeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('appointment'),
    appointmentId: z.string().min(1).max(512),
    kind: z.enum(guestNoticeKinds),
    change: z.string().min(1).max(200),
  }),
  z.object({
    type: z.literal('reminder'),
    appointmentId: z.string().min(1).max(512),
    minutesBefore: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    /** The start the reminder is about; the worker drops it if the appointment has moved since. */
    startsAt: z.iso.datetime(),
  }),
  z.object({
    type: z.literal('sign-in'),
    email: z.email(),
    locale: z.enum(supportedLocales),
    /** Names this request, so a notice delivered twice sends one e-mail. */
    requestId: z.uuid(),
  }),
]);

export type GuestNotice = z.infer<typeof guestNoticeSchema>;

/** Where notices wait to be sent; a queue in Azure, so a failed send is retried and never lost. */
export interface GuestNoticeQueue {
  /** `delaySeconds` keeps the notice from the worker that long (a cancellation staff may undo). */
  enqueue(notice: GuestNotice, options?: EnqueueOptions): Promise<void>;
}

export interface EnqueueOptions {
  readonly delaySeconds?: number;
}

/** The queue's name wherever Portico runs; infrastructure creates it (and its poison queue) in Azure. */
export const invitationsQueueName = 'invitations';
