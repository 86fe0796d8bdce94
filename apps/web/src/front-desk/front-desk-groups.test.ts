import type { FrontDeskView } from '@portico/api-contract';
import { frontDeskGroups } from './front-desk-groups';

const now = Date.parse('2026-12-01T09:30:00.000Z');
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const guest = (
  appointmentId: string,
  guestName: string,
  state: FrontDeskView['guests'][number]['state'],
  since: string,
) => ({ appointmentId, subject: `Subject ${appointmentId}`, guestName, state, since });

describe('the front desk’s groups', () => {
  it('puts the most urgent appointment and guest first, with how long each has been where they are', () => {
    const view: FrontDeskView = {
      guests: [
        guest('a1', 'Left early', 'left', minutesAgo(20)),
        guest('a2', 'In the call', 'in-call', minutesAgo(3)),
        guest('a2', 'Checking', 'device-check', minutesAgo(1)),
        guest('a1', 'Dropped', 'dropped', minutesAgo(2)),
        guest('a3', 'Waiting a while', 'lobby', minutesAgo(7)),
        guest('a3', 'Just arrived', 'lobby', minutesAgo(0.5)),
      ],
      lobbyMessages: [],
    };
    expect(frontDeskGroups(view, now, 5)).toEqual([
      {
        appointmentId: 'a3',
        subject: 'Subject a3',
        someoneOnTheWayIn: true,
        rows: [
          { guestName: 'Waiting a while', state: 'lobby', minutes: 7, waitingLong: true },
          { guestName: 'Just arrived', state: 'lobby', minutes: 0, waitingLong: false },
        ],
      },
      {
        appointmentId: 'a2',
        subject: 'Subject a2',
        someoneOnTheWayIn: true,
        rows: [
          { guestName: 'Checking', state: 'device-check', minutes: 1, waitingLong: false },
          { guestName: 'In the call', state: 'in-call', minutes: 3, waitingLong: false },
        ],
      },
      {
        appointmentId: 'a1',
        subject: 'Subject a1',
        someoneOnTheWayIn: false,
        rows: [
          { guestName: 'Dropped', state: 'dropped', minutes: 2, waitingLong: false },
          { guestName: 'Left early', state: 'left', minutes: 20, waitingLong: false },
        ],
      },
    ]);
  });

  it('counts only time in the lobby as waiting long, from the setting on, and never a negative wait', () => {
    const view: FrontDeskView = {
      guests: [
        guest('a1', 'At the limit', 'lobby', minutesAgo(5)),
        guest('a1', 'Checking long', 'device-check', minutesAgo(30)),
        guest('a1', 'Clock ahead', 'lobby', minutesAgo(-1)),
      ],
      lobbyMessages: [],
    };
    expect(
      frontDeskGroups(view, now, 5)[0]?.rows.map(({ guestName, minutes, waitingLong }) => [
        guestName,
        minutes,
        waitingLong,
      ]),
    ).toEqual([
      ['At the limit', 5, true],
      ['Clock ahead', 0, false],
      ['Checking long', 30, false],
    ]);
    expect(frontDeskGroups({ guests: [], lobbyMessages: [] }, now, 5)).toEqual([]);
  });
});
