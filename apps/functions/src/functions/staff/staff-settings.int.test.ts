import { randomUUID } from 'node:crypto';
import { staffSettingsViewSchema } from '@portico/api-contract';
import { composeFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;

// Three of the Graph emulator's demo staff, whose mailboxes hold different zones.
const ada = { id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const sam = { id: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f', name: 'Sam de Boer', email: 'sam.deboer@contoso.example' };
const noor = { id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };

describe("staff's own settings: the time zone of their mailbox, through the Graph emulator", () => {
  let host: RunningLocalHost;
  const emulators = () => process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  const settingsOf = (staff?: { id: string; name: string; email: string }) =>
    fetch(`${host.url}/api/staff/me/settings`, {
      headers: {
        'x-functions-key': functionKey,
        ...(staff
          ? {
              'x-portico-staff-id': staff.id,
              'x-portico-staff-name': encodeURIComponent(staff.name),
              'x-portico-staff-email': staff.email,
            }
          : {}),
      },
    });
  const read = async (staff: { id: string; name: string; email: string }) => {
    const response = await settingsOf(staff);
    expect(response.status).toBe(200);
    return staffSettingsViewSchema.parse(await response.json());
  };

  beforeAll(async () => {
    const app = composeFunctionsApp({
      ...integrationFunctionsEnv(functionKey),
      PORTICO_DEFAULT_TIME_ZONE: 'Europe/Amsterdam',
    });
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
  });
  afterAll(async () => {
    await fetch(`${emulators()}/graph/_faults`, { method: 'DELETE' });
    await host.close();
  });

  it("gives each staff member the IANA zone of their own mailbox's Windows or IANA zone", async () => {
    expect(await read(ada)).toEqual({ timeZone: 'Europe/Amsterdam', timeZoneSource: 'mailbox' });
    expect(await read(noor)).toEqual({ timeZone: 'Europe/London', timeZoneSource: 'mailbox' });
  });

  it('falls back to the default, with a 200, when Graph has no such mailbox or keeps failing', async () => {
    expect(await read({ ...ada, id: randomUUID() })).toEqual({
      timeZone: 'Europe/Amsterdam',
      timeZoneSource: 'default',
    });
    await fetch(`${emulators()}/graph/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'status',
        status: 503,
        retryAfterSeconds: 0,
        times: 10,
        match: `${sam.id}/mailboxSettings`,
      }),
    });
    expect(await read(sam)).toEqual({ timeZone: 'Europe/Amsterdam', timeZoneSource: 'default' });
    const { pending } = (await (await fetch(`${emulators()}/graph/_faults`)).json()) as { pending: number };
    expect(pending).toBeLessThan(10);
  });

  it('answers only a staff member the web app vouches for', async () => {
    expect((await settingsOf()).status).toBe(401);
  });
});
