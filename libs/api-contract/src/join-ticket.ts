import { z } from 'zod';
import { maxMeetingLinkLength, meetingIdLimits, type AcsMeetingLocator } from '@portico/domain';

/** The meeting a guest joins, as the ACS calling SDK names it; the relay protocol carries it too. */
export const meetingLocatorSchema = z.union([
  z.object({ meetingLink: z.url().max(maxMeetingLinkLength) }),
  z.object({
    meetingId: z.string().max(meetingIdLimits.maxDigits),
    passcode: z.string().max(meetingIdLimits.maxPasscodeLength),
  }),
]) satisfies z.ZodType<AcsMeetingLocator>;

/** An ACS token for one guest and one appointment's meeting; renewed through the portal only. */
export const callTokenSchema = z.object({ token: z.string().min(1), expiresOn: z.iso.datetime() });

/**
 * What a guest needs to join the appointment's Teams meeting: an ACS identity and token, the name
 * the portal gives them, the meeting, and its chat thread when the link names one.
 */
export const joinTicketSchema = callTokenSchema.extend({
  userId: z.string().min(1),
  displayName: z.string().min(1),
  locator: meetingLocatorSchema,
  chatThreadId: z.string().optional(),
  /** The ACS resource the token is for; the chat client connects to it. */
  acsEndpoint: z.url(),
  /** No token is renewed after this. */
  closesAt: z.iso.datetime(),
});

export type CallTokenView = z.infer<typeof callTokenSchema>;
export type JoinTicket = z.infer<typeof joinTicketSchema>;
