import { z } from 'zod';
import { supportedLocales } from '@portico/domain';

/** A guest asks for a sign-in link by e-mail; the answer is the same whether the address is known. */
export const signInLinkRequestSchema = z.object({
  email: z.email().max(254),
  locale: z.enum(supportedLocales),
});

/** A link's secret token, from a sign-in e-mail or a personal appointment link. */
export const linkTokenRequestSchema = z.object({ token: z.string().min(1).max(4096) });

/** The guest a redeemed sign-in link proves. */
export const signedInGuestSchema = z.object({ email: z.email() });

/** What a personal link proves: this guest, this one appointment. */
export const appointmentLinkGrantSchema = z.object({ email: z.email(), appointmentId: z.string().min(1) });

export type SignInLinkRequest = z.infer<typeof signInLinkRequestSchema>;
export type SignedInGuest = z.infer<typeof signedInGuestSchema>;
export type AppointmentLinkGrantView = z.infer<typeof appointmentLinkGrantSchema>;
