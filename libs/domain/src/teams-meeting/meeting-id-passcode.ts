import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import type { TeamsMeetingIdMeeting } from './teams-meeting';

/** The longest meeting ID (digits) and passcode Teams issues; schemas that carry them use these. */
export const meetingIdLimits = { maxDigits: 20, maxPasscodeLength: 32 } as const;
const meetingIdDigits = new RegExp(`^\\d{9,${meetingIdLimits.maxDigits}}$`);
const passcodePattern = new RegExp(`^[A-Za-z0-9]{4,${meetingIdLimits.maxPasscodeLength}}$`);
// Labels as Teams prints them in English and Dutch invitations, e.g. "Meeting ID: 123 456 789 012".
const bareIdAndPasscode =
  /^(?:meeting\s*id|vergader-?\s*id)?\s*:?\s*(\d[\d ]{7,30}\d)\s*[,;]?\s*(?:(?:passcode|wachtwoordcode|toegangscode)\s*:?\s*)?([A-Za-z0-9]{4,32})$/i;

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
