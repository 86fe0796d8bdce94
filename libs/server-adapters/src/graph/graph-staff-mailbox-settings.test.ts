import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { GraphStaffMailboxSettings } from './graph-staff-mailbox-settings';

/** A Graph client that answers every `GET` with `answer` (or throws it), and notes the path and `$select`. */
function graphAnswering(answer: unknown) {
  const asked: string[] = [];
  const client = {
    api: (path: string) => ({
      select: (fields: string) => ({
        get: async () => {
          asked.push(`${path}?$select=${fields}`);
          if (answer instanceof Error) throw answer;
          return answer;
        },
      }),
    }),
  } as unknown as Client;
  return { client, asked };
}

function graphError(statusCode: number, code: string): GraphError {
  const error = new GraphError(statusCode, 'refused');
  error.code = code;
  return error;
}

describe('GraphStaffMailboxSettings', () => {
  it("reads only the mailbox's time zone and maps a Windows name with CLDR's table", async () => {
    const { client, asked } = graphAnswering({ timeZone: 'W. Europe Standard Time' });
    expect(await new GraphStaffMailboxSettings(client, 'Europe/Amsterdam').timeZoneOf('ada/1')).toEqual({
      ok: true,
      value: 'Europe/Amsterdam',
    });
    expect(await new GraphStaffMailboxSettings(client).timeZoneOf('ada/1')).toEqual({
      ok: true,
      value: 'Europe/Berlin',
    });
    expect(asked[0]).toBe('/users/ada%2F1/mailboxSettings?$select=timeZone');
  });

  it('takes an IANA name and gives undefined for a custom or missing zone', async () => {
    const read = (answer: unknown) => new GraphStaffMailboxSettings(graphAnswering(answer).client).timeZoneOf('ada');
    expect(await read({ timeZone: 'America/New_York' })).toEqual({ ok: true, value: 'America/New_York' });
    expect(await read({ timeZone: 'GMT Standard Time' })).toEqual({ ok: true, value: 'Europe/London' });
    expect(await read({ timeZone: 'tzone://Microsoft/Custom' })).toEqual({ ok: true, value: undefined });
    expect(await read({ timeZone: null })).toEqual({ ok: true, value: undefined });
    expect(await read(undefined)).toEqual({ ok: true, value: undefined });
  });

  it("maps Graph's refusals to the directory's codes", async () => {
    const read = (error: Error) => new GraphStaffMailboxSettings(graphAnswering(error).client).timeZoneOf('ada');
    expect(await read(graphError(404, 'ErrorInvalidUser'))).toEqual({
      ok: false,
      error: { code: 'meeting-directory.organiser-unknown' },
    });
    expect(await read(graphError(404, 'ErrorItemNotFound'))).toEqual({
      ok: false,
      error: { code: 'meeting-directory.organiser-unknown' },
    });
    expect(await read(graphError(403, 'ErrorAccessDenied'))).toEqual({
      ok: false,
      error: { code: 'meeting-directory.forbidden' },
    });
    expect(await read(new Error('socket hang up'))).toEqual({ ok: false, error: { code: 'dependency.unavailable' } });
  });
});
