import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import { staffReadsOwnSettings } from './staff-reads-own-settings';

const noor = { id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };

/** The use case with a mailbox that answers `answer` for Noor. */
function settingsWhenMailboxSays(answer: () => Promise<Result<string | undefined, PorticoError>>) {
  const asked: string[] = [];
  const deps = {
    staffMailboxSettings: {
      timeZoneOf: (staffId: string) => {
        asked.push(staffId);
        return answer();
      },
    },
    defaultStaffTimeZone: 'Europe/Amsterdam',
  };
  return { settings: staffReadsOwnSettings(deps, noor), asked };
}

describe('staffReadsOwnSettings', () => {
  it("gives the zone of the staff member's own mailbox", async () => {
    const { settings, asked } = settingsWhenMailboxSays(async () => ok('Europe/London'));
    expect(await settings).toEqual({ timeZone: 'Europe/London', timeZoneSource: 'mailbox' });
    expect(asked).toEqual([noor.id]);
  });

  it('falls back to the default when the mailbox names no zone Portico knows', async () => {
    const { settings } = settingsWhenMailboxSays(async () => ok(undefined));
    expect(await settings).toEqual({ timeZone: 'Europe/Amsterdam', timeZoneSource: 'default' });
  });

  it('falls back to the default, never failing, when Graph refuses, has no mailbox, or is down', async () => {
    for (const code of [
      'meeting-directory.forbidden',
      'meeting-directory.organiser-unknown',
      'dependency.unavailable',
    ] as const) {
      const { settings } = settingsWhenMailboxSays(async () => err(porticoError(code)));
      expect(await settings).toEqual({ timeZone: 'Europe/Amsterdam', timeZoneSource: 'default' });
    }
    const { settings } = settingsWhenMailboxSays(async () => {
      throw new Error('socket hang up');
    });
    expect(await settings).toEqual({ timeZone: 'Europe/Amsterdam', timeZoneSource: 'default' });
  });
});
