import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import type { GuestPresence } from '@portico/domain';
import { AzureTablesPresenceBoard } from './azure-tables-presence-board';

const at = (minute: number) => `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
const presence = (overrides: Partial<GuestPresence> = {}): GuestPresence => ({
  appointmentId: 'cal-AAMkAD/x+y=',
  subject: 'Intake',
  guestName: 'Jane Doe',
  phase: 'lobby',
  phaseSince: at(0),
  lastSeenAt: at(1),
  ...overrides,
});

describe('the front desk’s presence board on Azure Tables (Azurite)', () => {
  const table = TableClient.fromConnectionString(
    process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    `presence${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    { allowInsecureConnection: true },
  );
  const board = new AzureTablesPresenceBoard(table);
  beforeAll(() => table.createTable());
  afterAll(() => table.deleteTable());

  it('keeps one row per guest per appointment, whatever characters the keys hold', async () => {
    const organiser = randomUUID();
    await board.record(organiser, 'jane#1@example.com', presence());
    await board.record(
      organiser,
      'jane#1@example.com',
      presence({ phase: 'in-call', phaseSince: at(5), lastSeenAt: at(5) }),
    );
    await expect(board.presenceOf(organiser, 'cal-AAMkAD/x+y=', 'jane#1@example.com')).resolves.toEqual(
      presence({ phase: 'in-call', phaseSince: at(5), lastSeenAt: at(5) }),
    );
    await expect(board.presenceOf(organiser, 'cal-AAMkAD/x+y=', 'eve@example.com')).resolves.toBeUndefined();
    await expect(board.presenceOf(randomUUID(), 'cal-AAMkAD/x+y=', 'jane#1@example.com')).resolves.toBeUndefined();
  });

  it('reads one organiser’s board: those heard from since, and the lobby messages, never another’s', async () => {
    const organiser = randomUUID();
    await board.record(organiser, 'jane@example.com', presence({ appointmentId: 'a1', lastSeenAt: at(10) }));
    await board.record(organiser, 'old@example.com', presence({ appointmentId: 'a2', lastSeenAt: at(2) }));
    await board.record(randomUUID(), 'other@example.com', presence({ appointmentId: 'a1', lastSeenAt: at(10) }));
    const message = { appointmentId: 'a1', text: 'Running 10 minutes late', from: 'Dr. Ada Visser', sentAt: at(9) };
    await board.postMessage(organiser, message);
    await board.postMessage(organiser, { ...message, text: 'Running 15 minutes late', sentAt: at(11) });
    const read = await board.boardOf(organiser, new Date(at(5)));
    expect(read.guests.map((guest) => guest.appointmentId)).toEqual(['a1']);
    expect(read.messages).toEqual([{ ...message, text: 'Running 15 minutes late', sentAt: at(11) }]);
    await expect(board.messageFor(organiser, 'a1')).resolves.toMatchObject({ text: 'Running 15 minutes late' });
    await expect(board.messageFor(organiser, 'a2')).resolves.toBeUndefined();
  });

  it('forgets presence and notes older than the cutoff, across organisers, and keeps the rest', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await board.record(first, 'jane@example.com', presence({ appointmentId: 'old', lastSeenAt: at(1) }));
    await board.record(second, 'jane@example.com', presence({ appointmentId: 'new', lastSeenAt: at(30) }));
    await board.postMessage(first, { appointmentId: 'old', text: 'Late', from: 'Dr. Ada Visser', sentAt: at(2) });
    expect(await board.removeBefore(new Date(at(20)))).toBeGreaterThanOrEqual(2);
    await expect(board.presenceOf(first, 'old', 'jane@example.com')).resolves.toBeUndefined();
    await expect(board.messageFor(first, 'old')).resolves.toBeUndefined();
    await expect(board.presenceOf(second, 'new', 'jane@example.com')).resolves.toMatchObject({ appointmentId: 'new' });
  });
});
