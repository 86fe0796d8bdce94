/** A Teams meeting identified by its thread (the long "meetup-join" link). */
export interface TeamsThreadMeeting {
  readonly kind: 'thread';
  /** e.g. `19:meeting_abc@thread.v2`; channel meetings end in `@thread.tacv2`. */
  readonly threadId: string;
  /** `0` for calendar meetings; the channel message id for channel meetings. */
  readonly messageId: string;
  readonly tenantId: string;
  readonly organizerId: string;
}

/** A Teams meeting identified by its numeric meeting ID and passcode (the short "meet" link). */
export interface TeamsMeetingIdMeeting {
  readonly kind: 'meeting-id';
  /** Digits only, without the spaces Teams shows for readability. */
  readonly meetingId: string;
  readonly passcode: string;
}

/**
 * A Teams meeting given by its short "meet" link (`https://teams.microsoft.com/meet/<id>?p=<…>`). The
 * link's `p` is not the passcode printed in the invitation but a hashed form of it, so the meeting is
 * joined by the link itself, which ACS accepts, never by ID and passcode.
 */
export interface TeamsMeetLinkMeeting {
  readonly kind: 'meet-link';
  readonly meetingId: string;
  /** The link's `p` parameter, kept as it came. */
  readonly linkPasscode: string;
}

export type TeamsMeeting = TeamsThreadMeeting | TeamsMeetingIdMeeting | TeamsMeetLinkMeeting;

/** A meeting given by a link: one that has a join URL. */
export type TeamsLinkMeeting = TeamsThreadMeeting | TeamsMeetLinkMeeting;

/** Shaped like the ACS calling SDK's `TeamsMeetingLinkLocator` / `TeamsMeetingIdLocator`. */
export type AcsMeetingLocator =
  { readonly meetingLink: string } | { readonly meetingId: string; readonly passcode: string };

const canonicalHost = 'https://teams.microsoft.com';

/**
 * The one canonical join URL for a meeting given by a link, whatever form it was pasted in. A meeting
 * given by ID and passcode has none: the link's `p` is a hash of the passcode that only Teams makes.
 */
export function teamsMeetingJoinUrl(meeting: TeamsLinkMeeting): string {
  if (meeting.kind === 'meet-link') {
    return `${canonicalHost}/meet/${meeting.meetingId}?p=${encodeURIComponent(meeting.linkPasscode)}`;
  }
  const context = JSON.stringify({ Tid: meeting.tenantId, Oid: meeting.organizerId });
  return `${canonicalHost}/l/meetup-join/${encodeURIComponent(meeting.threadId)}/${meeting.messageId}?context=${encodeURIComponent(context)}`;
}

/** What the ACS calling SDK's `callAgent.join` needs to join this meeting. */
export function acsMeetingLocator(meeting: TeamsMeeting): AcsMeetingLocator {
  return meeting.kind === 'meeting-id'
    ? { meetingId: meeting.meetingId, passcode: meeting.passcode }
    : { meetingLink: teamsMeetingJoinUrl(meeting) };
}
