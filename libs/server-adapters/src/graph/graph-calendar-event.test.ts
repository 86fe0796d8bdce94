import type { Event } from '@microsoft/microsoft-graph-types';
import { toCalendarEvent } from './graph-calendar-event';
import { porticoAppointmentPropertyId } from './portico-event-marker';

const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d';

// The shape Graph returns for GET /users/{id}/events/{id} with Prefer: outlook.timezone="UTC".
const graphEvent: Event = {
  id: 'AAMkAGI2',
  changeKey: 'DwAAABYAAAA=',
  lastModifiedDateTime: '2026-11-24T10:15:30.1234567Z',
  subject: 'Intake',
  start: { dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-12-01T09:30:00.0000000', timeZone: 'UTC' },
  isCancelled: false,
  isOrganizer: true,
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  onlineMeeting: { joinUrl },
  categories: ['Portico'],
  attendees: [
    { type: 'required', emailAddress: { name: 'Jane Doe', address: 'jane@example.com' } },
    { type: 'resource', emailAddress: { name: 'Room 1', address: 'room1@contoso.example' } },
  ],
};

describe('toCalendarEvent', () => {
  it('blanks out controls and bidi overrides that Outlook lets anyone type into a subject or name', () => {
    const event = toCalendarEvent({
      ...graphEvent,
      subject: 'Intake\r\nBcc: eve@example.com',
      attendees: [{ type: 'required', emailAddress: { name: 'Jane\u202eeod', address: 'jane@example.com' } }],
    });
    expect(event?.subject).toBe('Intake  Bcc: eve@example.com');
    expect(event?.attendees[0]?.name).toBe('Jane eod');
  });

  it('reads what sync needs from a Graph event in UTC', () => {
    expect(toCalendarEvent(graphEvent)).toEqual({
      id: 'AAMkAGI2',
      version: { changeKey: 'DwAAABYAAAA=', lastModifiedAt: '2026-11-24T10:15:30.123Z' },
      subject: 'Intake',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T09:30:00.000Z',
      isCancelled: false,
      isOrganiser: true,
      teamsJoinUrl: joinUrl,
      attendees: [
        { name: 'Jane Doe', email: 'jane@example.com', isResource: false },
        { name: 'Room 1', email: 'room1@contoso.example', isResource: true },
      ],
      categories: ['Portico'],
      series: { role: 'single' },
    });
  });

  it('tells a series master and its occurrences (moved ones too) from a single event', () => {
    expect(toCalendarEvent({ ...graphEvent, type: 'seriesMaster' })?.series).toEqual({ role: 'master' });
    for (const type of ['occurrence', 'exception'] as const) {
      expect(toCalendarEvent({ ...graphEvent, type, seriesMasterId: 'AAMk-master' })?.series).toEqual({
        role: 'occurrence',
        masterId: 'AAMk-master',
      });
    }
    expect(toCalendarEvent({ ...graphEvent, type: 'singleInstance' })?.series).toEqual({ role: 'single' });
  });

  it('reads Portico’s marker, whatever the case of its id', () => {
    const marked = {
      ...graphEvent,
      singleValueExtendedProperties: [{ id: porticoAppointmentPropertyId.toLowerCase(), value: 'appt-1' }],
    };
    expect(toCalendarEvent(marked)?.porticoAppointmentId).toBe('appt-1');
  });

  it('gives no join URL for a Skype or an offline meeting, and reads an invitation as not organised', () => {
    expect(toCalendarEvent({ ...graphEvent, onlineMeetingProvider: 'skypeForBusiness' })?.teamsJoinUrl).toBeUndefined();
    expect(toCalendarEvent({ ...graphEvent, isOnlineMeeting: false })?.teamsJoinUrl).toBeUndefined();
    expect(toCalendarEvent({ ...graphEvent, isOrganizer: false })?.isOrganiser).toBe(false);
  });

  it("reads the Teams meeting's phone dial-in, and none from values that are not a number and an ID", () => {
    const withAudio = {
      ...graphEvent,
      onlineMeeting: {
        joinUrl,
        tollNumber: '+31 20 794 6000',
        tollFreeNumbers: ['0800 022 6000'],
        conferenceId: '987654321',
      },
    };
    expect(toCalendarEvent(withAudio)?.dialIn).toEqual({
      tollNumber: '+31 20 794 6000',
      tollFreeNumber: '0800 022 6000',
      conferenceId: '987654321',
    });
    expect(toCalendarEvent(graphEvent)?.dialIn).toBeUndefined();
    expect(
      toCalendarEvent({ ...withAudio, onlineMeeting: { ...withAudio.onlineMeeting, tollNumber: '<b>1</b>' } })?.dialIn,
    ).toBeUndefined();
    expect(toCalendarEvent({ ...withAudio, onlineMeetingProvider: 'skypeForBusiness' })?.dialIn).toBeUndefined();
  });

  it('refuses an answer without a version or with times not in UTC', () => {
    expect(toCalendarEvent({ ...graphEvent, changeKey: null })).toBeUndefined();
    expect(
      toCalendarEvent({
        ...graphEvent,
        start: { dateTime: '2026-12-01T10:00:00', timeZone: 'W. Europe Standard Time' },
      }),
    ).toBeUndefined();
  });
});
