import { z } from 'zod';
import { guestPhases, lobbyMessageLimits } from '@portico/domain';

/** A guest's browser says where the guest is on the way into the call (and, by reporting, that they are there). */
export const presenceReportSchema = z.object({ phase: z.enum(guestPhases) });

export type PresenceReport = z.infer<typeof presenceReportSchema>;

const lobbyMessage = z.object({ text: z.string(), from: z.string(), sentAt: z.iso.datetime() });

/** What the guest's page hears back: when to report again, and the note staff left for those waiting. */
export const presenceReplySchema = z.object({
  nextReportInSeconds: z.number().int().positive(),
  lobbyMessage: lobbyMessage.nullable(),
});

export type PresenceReply = z.infer<typeof presenceReplySchema>;

/** The staff member's front desk: each guest of their appointments heard from lately, and the notes left. */
export const frontDeskViewSchema = z.object({
  guests: z.array(
    z.object({
      appointmentId: z.string(),
      subject: z.string(),
      guestName: z.string(),
      state: z.enum([...guestPhases, 'dropped']),
      /** When the guest entered this state; for `dropped`, when they were last heard from. */
      since: z.iso.datetime(),
    }),
  ),
  lobbyMessages: z.array(lobbyMessage.extend({ appointmentId: z.string() })),
});

export type FrontDeskView = z.infer<typeof frontDeskViewSchema>;

/** Staff leave a note for the guests waiting for one appointment. */
export const lobbyMessageRequestSchema = z.object({ text: z.string().max(lobbyMessageLimits.maxLength * 4) });

export type LobbyMessageRequest = z.infer<typeof lobbyMessageRequestSchema>;
