import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import type { DemoStaffMember } from './demo-staff';

/** The answer to `GET /users/{id}/mailboxSettings`: the body, or Graph's 400 for an unknown `$select`. */
export type MailboxSettingsOutcome =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly status: 400; readonly code: string; readonly message: string };

/**
 * A demo staff member's mailbox settings in Graph's shape, with `@odata.context` naming the user as
 * the request did; `$select` (comma-separated, any case) keeps only the properties it names, and a
 * property Graph's `mailboxSettings` does not have is refused as Graph refuses it.
 */
export function mailboxSettingsOf(
  member: DemoStaffMember,
  userIdAsGiven: string,
  select: string | undefined,
): MailboxSettingsOutcome {
  const settings: MailboxSettings = {
    archiveFolder: `AAMkArchive${member.id.replaceAll('-', '')}`,
    timeZone: member.timeZone,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: 'd-M-yyyy',
    timeFormat: 'HH:mm',
    userPurpose: 'user',
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
    },
    language: { locale: 'nl-NL', displayName: 'Nederlands (Nederland)' },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:30:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: member.timeZone },
    },
  };
  const context = `https://graph.microsoft.com/v1.0/$metadata#users('${userIdAsGiven}')/mailboxSettings`;
  if (select === undefined || select.trim() === '')
    return { ok: true, value: { '@odata.context': context, ...settings } };
  const properties = Object.keys(settings);
  const selected: string[] = [];
  for (const wanted of select.split(',').map((name) => name.trim())) {
    const property = properties.find((name) => name.toLowerCase() === wanted.toLowerCase());
    if (!property) {
      return {
        ok: false,
        status: 400,
        code: 'RequestBroker--ParseUri',
        message: `Could not find a property named '${wanted}' on type 'microsoft.graph.mailboxSettings'.`,
      };
    }
    selected.push(property);
  }
  return {
    ok: true,
    value: {
      '@odata.context': `${context}(${selected.join(',')})`,
      ...Object.fromEntries(selected.map((name) => [name, settings[name as keyof MailboxSettings]])),
    },
  };
}
