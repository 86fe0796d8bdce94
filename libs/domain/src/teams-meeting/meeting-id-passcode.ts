import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import type { TeamsMeeting, TeamsMeetingIdMeeting } from './teams-meeting';

/** The longest meeting ID (digits) and passcode Teams issues; schemas that carry them use these. */
export const meetingIdLimits = { maxDigits: 20, maxPasscodeLength: 32, maxLinkPasscodeLength: 64 } as const;
const meetingIdDigits = new RegExp(`^\\d{9,${meetingIdLimits.maxDigits}}$`);
const passcodePattern = new RegExp(`^[A-Za-z0-9]{4,${meetingIdLimits.maxPasscodeLength}}$`);
// Labels as Teams prints them in English and Dutch invitations, e.g. "Meeting ID: 123 456 789 012",
// "Vergaderings-id: 123 456 789 012".
const idLabel = String.raw`(?:meeting\s*id|vergader(?:ings?)?-?\s*id)`;
const passcodeLabel = String.raw`(?:passcode|wachtwoordcode|toegangscode)`;
const bareIdAndPasscode = new RegExp(
  String.raw`^${idLabel}?\s*:?\s*(\d[\d ]{7,30}\d)\s*[,;]?\s*(?:${passcodeLabel}\s*:?\s*)?([A-Za-z0-9]{4,32})$`,
  'i',
);
/** The ID and passcode block inside a whole invitation: both labels are required there. */
const invitationIdAndPasscode = new RegExp(
  String.raw`${idLabel}\s*:?\s*(\d[\d ]{7,30}\d)\s+${passcodeLabel}\s*:?\s*([A-Za-z0-9]{4,32})(?![A-Za-z0-9])`,
  'i',
);
const linkPasscodePattern = new RegExp(`^[A-Za-z0-9_-]{4,${meetingIdLimits.maxLinkPasscodeLength}}$`);

/** A meeting ID (spaces allowed, as Teams displays it) and its passcode, validated. */
export function meetingFromIdAndPasscode(
  meetingId: string,
  passcode: string,
): Result<TeamsMeetingIdMeeting, PorticoError> {
  const digits = meetingId.replace(/ /g, '');
  if (!meetingIdDigits.test(digits) || !passcodePattern.test(passcode)) {
    return err(porticoError('meeting-link.malformed'));
  }
  return ok({ kind: 'meeting-id', meetingId: digits, passcode });
}

/** A short meet link's meeting ID and its `p`, validated. */
export function meetingFromMeetLink(meetingId: string, linkPasscode: string): Result<TeamsMeeting, PorticoError> {
  if (!meetingIdDigits.test(meetingId) || !linkPasscodePattern.test(linkPasscode)) {
    return err(porticoError('meeting-link.malformed'));
  }
  return ok({ kind: 'meet-link', meetingId, linkPasscode });
}

/** The labelled "Meeting ID … Passcode …" block of a whole pasted invitation, if it has one. */
export function findMeetingIdInInvitation(text: string): Result<TeamsMeetingIdMeeting, PorticoError> | undefined {
  const match = invitationIdAndPasscode.exec(text.replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, id = '', passcode = ''] = match;
  return meetingFromIdAndPasscode(id, passcode);
}

/**
 * Reads "Meeting ID: 123 456 789 012 Passcode: AbC123" (or just the two values) from pasted text.
 * Returns undefined when the text is not of that shape at all, so the caller can try other forms.
 */
export function parseBareMeetingId(text: string): Result<TeamsMeetingIdMeeting, PorticoError> | undefined {
  const match = bareIdAndPasscode.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [, id = '', passcode = ''] = match;
  return meetingFromIdAndPasscode(id, passcode);
}
