import { auditCsv } from './audit-csv';

const texts = {
  header: ['Time (UTC)', 'Event', 'By', 'Name', 'Detail'] as const,
  kind: (event: { kind: string }) => `kind:${event.kind}`,
  actor: (event: { actor: string }) => `actor:${event.actor}`,
};

describe('the audit trail as CSV', () => {
  it('writes one quoted-as-needed line per event under a header, with CRLF line ends', () => {
    const csv = auditCsv(
      [
        {
          appointmentId: 'a1',
          kind: 'created',
          at: '2026-12-01T09:00:00.000Z',
          actor: 'staff',
          name: 'Dr. Ada Visser',
        },
        {
          appointmentId: 'a1',
          kind: 'join-refused',
          at: '2026-12-01T09:01:00.000Z',
          actor: 'guest',
          name: 'Doe, "Jane"',
          detail: 'join.too-early',
        },
      ],
      texts,
    );
    expect(csv).toBe(
      'Time (UTC),Event,By,Name,Detail\r\n' +
        '2026-12-01T09:00:00.000Z,kind:created,actor:staff,Dr. Ada Visser,\r\n' +
        '2026-12-01T09:01:00.000Z,kind:join-refused,actor:guest,"Doe, ""Jane""",join.too-early\r\n',
    );
  });

  it('keeps a name a spreadsheet would run as a formula from running', () => {
    const csv = auditCsv(
      [{ appointmentId: 'a1', kind: 'left', at: '2026-12-01T09:00:00.000Z', actor: 'guest', name: '=HYPERLINK("x")' }],
      texts,
    );
    expect(csv.split('\r\n')[1]).toBe(`2026-12-01T09:00:00.000Z,kind:left,actor:guest,"'=HYPERLINK(""x"")",`);
  });
});
