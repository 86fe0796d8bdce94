import { err, ok, porticoError } from '@portico/domain';
import type { StaffSettingsView } from '@portico/api-contract';
import type { FunctionsApiClient } from '@/functions-api/functions-api-client';
import type { WebSettings } from '@/settings';
import { staffTimeZone } from './staff-time-zone';

const noor = { id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };
const settings = { defaultTimeZone: 'Europe/Amsterdam' } as WebSettings;

/** The web app's parts `staffTimeZone` uses, with Functions answering `answer`. */
function appWhereFunctionsAnswers(answer: Awaited<ReturnType<FunctionsApiClient['getStaffSettings']>>) {
  const functionsApi = { getStaffSettings: async () => answer } as unknown as FunctionsApiClient;
  return { functionsApi, settings };
}

describe('staffTimeZone', () => {
  it("is the zone of the staff member's mailbox, as Functions reads it", async () => {
    const own: StaffSettingsView = { timeZone: 'Europe/London', timeZoneSource: 'mailbox' };
    expect(await staffTimeZone(noor, 'en', appWhereFunctionsAnswers(ok(own)))).toEqual({
      zone: 'Europe/London',
      fromMailbox: true,
    });
  });

  it("says when Functions fell back to its default, and falls back to the portal's own when Functions fails", async () => {
    const fallback: StaffSettingsView = { timeZone: 'Europe/Brussels', timeZoneSource: 'default' };
    expect(await staffTimeZone(noor, 'en', appWhereFunctionsAnswers(ok(fallback)))).toEqual({
      zone: 'Europe/Brussels',
      fromMailbox: false,
    });
    const down = err(porticoError('dependency.unavailable'));
    expect(await staffTimeZone(noor, 'nl', appWhereFunctionsAnswers(down))).toEqual({
      zone: 'Europe/Amsterdam',
      fromMailbox: false,
    });
  });
});
