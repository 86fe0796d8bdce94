import { randomBytes, randomInt } from 'node:crypto';
import type {
  Attendee,
  DateTimeTimeZone,
  Event,
  PatternedRecurrence,
  SingleValueLegacyExtendedProperty,
} from '@microsoft/microsoft-graph-types';
import { demoStaff, demoTenantId, type DemoStaffMember } from './demo-staff';
import {
  occurrenceEvent,
  occurrenceId,
  originalStarts,
  parseOccurrenceId,
  seriesRule,
  type SeriesException,
  type SeriesRule,
} from './recurring-series';
import { newTeamsJoinUrl } from './teams-join-url';

/** The fields of an event that a create or update may set. */
export interface EventInput {
  readonly subject?: string;
  readonly body?: Event['body'];
  readonly start?: DateTimeTimeZone;
  readonly end?: DateTimeTimeZone;
  readonly isOnlineMeeting?: boolean;
  readonly onlineMeetingProvider?: Event['onlineMeetingProvider'];
  readonly transactionId?: string;
  readonly allowNewTimeProposals?: boolean;
  readonly singleValueExtendedProperties?: readonly SingleValueLegacyExtendedProperty[];
  readonly attendees?: readonly Attendee[];
  readonly categories?: readonly string[];
  readonly recurrence?: PatternedRecurrence;
}

interface StoredEvent {
  event: Event;
  properties: SingleValueLegacyExtendedProperty[];
  /** The calendar's change counter when the event last changed, for delta queries. */
  seq: number;
  /** How many more reads answer without the Teams meeting, as Exchange sometimes adds it late. */
  onlineMeetingLateReads: number;
  /** For a series master: its rule, and the occurrences moved or cancelled, by original start. */
  series?: { readonly rule: SeriesRule; readonly exceptions: Map<number, SeriesException> };
}

/**
 * A mailbox's own settings that change how Exchange makes online meetings: whether Teams is among
 * the calendar's `allowedOnlineMeetingProviders`, and how many reads a new event's `onlineMeeting`
 * stays null. Tests switch them; the default is a mailbox where Teams works at once.
 */
export interface MailboxSettings {
  readonly teamsAllowed: boolean;
  readonly onlineMeetingLateReads: number;
}

const defaultMailbox: MailboxSettings = { teamsAllowed: true, onlineMeetingLateReads: 0 };

/** A new event's Teams meeting, with the dial-in when the organiser has audio conferencing. */
function onlineMeetingOf(member: DemoStaffMember): NonNullable<Event['onlineMeeting']> {
  const audio = member.audioConferencing;
  return {
    joinUrl: newTeamsJoinUrl(demoTenantId, member.id),
    ...(audio
      ? {
          tollNumber: audio.tollNumber,
          tollFreeNumbers: [audio.tollFreeNumber],
          conferenceId: String(randomInt(100_000_000, 1_000_000_000)),
        }
      : {}),
  };
}

/** A change to one event, as subscriptions see it. */
export interface CalendarChange {
  readonly userId: string;
  readonly eventId: string;
  readonly changeType: 'created' | 'updated' | 'deleted';
}

/** One entry of a delta query: an event that changed, or the id of one that left, at a change number. */
export type DeltaEntry =
  { readonly seq: number; readonly event: Event } | { readonly seq: number; readonly removedId: string };

export type CalendarOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly created?: boolean }
  | { readonly ok: false; readonly status: 404; readonly code: string; readonly message: string };

/** Graph writes an instant as seven fractional digits and no offset, with its zone beside it. */
export function graphDateTime(ms: number): DateTimeTimeZone {
  return { dateTime: `${new Date(ms).toISOString().slice(0, 23)}0000`, timeZone: 'UTC' };
}

/** The instant a UTC Graph date-time names (routes accept UTC only, as Portico sends). */
export function parseGraphDateTime(time: DateTimeTimeZone | null | undefined): number {
  return Date.parse(`${(time?.dateTime ?? '').slice(0, 23)}Z`);
}

const toUtc = (time: DateTimeTimeZone) => graphDateTime(parseGraphDateTime(time));
const instant = parseGraphDateTime;

/**
 * The emulated Exchange calendars of the demo staff: events with ids, change keys and Teams join
 * URLs, `transactionId` de-duplication, and single-value extended properties, as Graph keeps them.
 */
export class GraphCalendars {
  private readonly calendars = new Map<string, Map<string, StoredEvent>>();
  private readonly mailboxes = new Map<string, MailboxSettings>();
  /** Deleted events by user: id → the change counter of the delete. */
  private readonly tombstones = new Map<string, Map<string, number>>();
  private seq = 0;
  private readonly listeners: ((change: CalendarChange) => void)[] = [];

  constructor(private readonly staff: readonly DemoStaffMember[] = demoStaff) {
    for (const member of staff) {
      this.calendars.set(member.id, new Map());
      this.tombstones.set(member.id, new Map());
    }
  }

  /** Calls `listener` after every change to any calendar, as Graph's change tracking sees it. */
  onChange(listener: (change: CalendarChange) => void): void {
    this.listeners.push(listener);
  }

  /** The change counter now; a delta link remembers it. */
  changeCounter(): number {
    return this.seq;
  }

  /**
   * The changes in (since, upto] for events overlapping the window, in change order: changed events,
   * and (after the first read) events deleted or moved out of the window.
   */
  delta(
    userId: string,
    window: { from: number; to: number },
    since: number,
    upto: number,
  ): CalendarOutcome<DeltaEntry[]> {
    const member = this.member(userId);
    const calendar = member && this.calendars.get(member.id);
    const tombstones = member && this.tombstones.get(member.id);
    if (!member || !calendar || !tombstones) return unknownUser(userId);
    const inSpan = (seq: number) => seq > since && seq <= upto;
    const entries: DeltaEntry[] = [];
    const add = (seq: number, event: Event, gone: boolean) => {
      if (!inSpan(seq)) return;
      const inWindow = instant(event.end) > window.from && instant(event.start) < window.to;
      if (inWindow && !gone) entries.push({ seq, event });
      else if (since > 0) entries.push({ seq, removedId: event.id ?? '' });
    };
    for (const stored of calendar.values()) {
      // calendarView/delta lists the occurrences of a series, never its master.
      if (!stored.series) add(stored.seq, stored.event, false);
      for (const occurrence of this.occurrencesOf(stored, true)) {
        add(
          Math.max(stored.seq, occurrence.exception?.seq ?? 0),
          occurrence.event,
          occurrence.exception?.cancelled === true,
        );
      }
    }
    if (since > 0) for (const [id, seq] of tombstones) if (inSpan(seq)) entries.push({ seq, removedId: id });
    return { ok: true, value: entries.sort((x, y) => x.seq - y.seq) };
  }

  /** The tenant's users, as `GET /users` lists them. */
  users(): readonly DemoStaffMember[] {
    return this.staff;
  }

  member(userId: string): DemoStaffMember | undefined {
    return this.staff.find((m) => m.id === userId || m.mail.toLowerCase() === userId.toLowerCase());
  }

  create(userId: string, input: EventInput): CalendarOutcome<Event> {
    const member = this.member(userId);
    const calendar = member && this.calendars.get(member.id);
    if (!member || !calendar) return unknownUser(userId);
    const duplicate = input.transactionId
      ? [...calendar.values()].find((s) => s.event.transactionId === input.transactionId)
      : undefined;
    if (duplicate) return { ok: true, value: duplicate.event, created: false };
    const now = new Date().toISOString();
    const id = `AAMk${randomBytes(24).toString('base64url')}`;
    const mailbox = this.mailboxOf(member.id);
    // A calendar that does not allow Teams makes a plain event, as Exchange does.
    const online = input.isOnlineMeeting === true && mailbox.teamsAllowed;
    const rule = input.recurrence ? seriesRule(input.recurrence) : undefined;
    const event: Event = {
      id,
      createdDateTime: now,
      lastModifiedDateTime: now,
      changeKey: randomBytes(12).toString('base64'),
      transactionId: input.transactionId ?? null,
      subject: input.subject ?? '',
      body: input.body ?? { contentType: 'text', content: '' },
      start: input.start ? toUtc(input.start) : graphDateTime(Date.now()),
      end: input.end ? toUtc(input.end) : graphDateTime(Date.now()),
      isCancelled: false,
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? (input.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
      onlineMeeting: online ? onlineMeetingOf(member) : null,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      organizer: { emailAddress: { name: member.displayName, address: member.mail } },
      isOrganizer: true,
      attendees: [...(input.attendees ?? [])].map(withResponse),
      categories: [...(input.categories ?? [])],
      webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}`,
      type: rule ? 'seriesMaster' : 'singleInstance',
      recurrence: rule ? (input.recurrence ?? null) : null,
    };
    const stored: StoredEvent = {
      event,
      properties: [...(input.singleValueExtendedProperties ?? [])],
      seq: ++this.seq,
      onlineMeetingLateReads: online ? mailbox.onlineMeetingLateReads : 0,
      ...(rule ? { series: { rule, exceptions: new Map() } } : {}),
    };
    calendar.set(id, stored);
    this.changed({ userId: member.id, eventId: id, changeType: 'created' });
    return { ok: true, value: this.read(stored), created: true };
  }

  /** The calendar resource of a mailbox, with the online meeting providers it allows. */
  calendarOf(userId: string): CalendarOutcome<{ id: string; name: string; allowedOnlineMeetingProviders: string[] }> {
    const member = this.member(userId);
    if (!member) return unknownUser(userId);
    const { teamsAllowed } = this.mailboxOf(member.id);
    return {
      ok: true,
      value: {
        id: `calendar-${member.id}`,
        name: 'Calendar',
        allowedOnlineMeetingProviders: teamsAllowed ? ['teamsForBusiness'] : [],
      },
    };
  }

  setMailbox(userId: string, settings: Partial<MailboxSettings>): boolean {
    const member = this.member(userId);
    if (!member) return false;
    this.mailboxes.set(member.id, { ...this.mailboxOf(member.id), ...settings });
    return true;
  }

  private mailboxOf(memberId: string): MailboxSettings {
    return this.mailboxes.get(memberId) ?? defaultMailbox;
  }

  /** An event as a read sees it: without its Teams meeting while Exchange is still adding it. */
  private read(stored: StoredEvent): Event {
    if (stored.onlineMeetingLateReads <= 0) return stored.event;
    stored.onlineMeetingLateReads--;
    return { ...stored.event, onlineMeeting: null };
  }

  get(userId: string, eventId: string, withPropertyId?: string): CalendarOutcome<Event> {
    const occurrence = this.findOccurrence(userId, eventId);
    if (occurrence) {
      if (!occurrence.ok) return occurrence;
      const properties = occurrence.value.master.properties.filter(
        (p) => withPropertyId !== undefined && p.id?.toLowerCase() === withPropertyId.toLowerCase(),
      );
      return { ok: true, value: { ...occurrence.value.event, singleValueExtendedProperties: properties } };
    }
    const found = this.find(userId, eventId);
    if (!found.ok) return found;
    const properties =
      withPropertyId === undefined
        ? undefined
        : found.value.properties.filter((p) => p.id?.toLowerCase() === withPropertyId.toLowerCase());
    const event = this.read(found.value);
    return {
      ok: true,
      value: properties === undefined ? event : { ...event, singleValueExtendedProperties: properties },
    };
  }

  update(userId: string, eventId: string, input: EventInput): CalendarOutcome<Event> {
    const occurrence = this.findOccurrence(userId, eventId);
    if (occurrence) {
      if (!occurrence.ok) return occurrence;
      const { master, originalStart, event } = occurrence.value;
      // Moving one occurrence makes it an exception of its series; the rest of it stays.
      return {
        ok: true,
        value: this.except(userId, master, originalStart, {
          start: input.start ? toUtc(input.start) : (event.start ?? undefined),
          end: input.end ? toUtc(input.end) : (event.end ?? undefined),
          cancelled: false,
        }),
      };
    }
    const found = this.find(userId, eventId);
    if (!found.ok) return found;
    const stored = found.value;
    stored.event = {
      ...stored.event,
      ...(input.subject === undefined ? {} : { subject: input.subject }),
      ...(input.body === undefined ? {} : { body: input.body }),
      ...(input.start === undefined ? {} : { start: toUtc(input.start) }),
      ...(input.end === undefined ? {} : { end: toUtc(input.end) }),
      ...(input.attendees === undefined ? {} : { attendees: input.attendees.map(withResponse) }),
      ...(input.categories === undefined ? {} : { categories: [...input.categories] }),
      // Strictly later than the last version, as Exchange's clock ticks finer than a millisecond.
      lastModifiedDateTime: new Date(
        Math.max(Date.now(), Date.parse(stored.event.lastModifiedDateTime ?? '') + 1),
      ).toISOString(),
      changeKey: randomBytes(12).toString('base64'),
    };
    for (const property of input.singleValueExtendedProperties ?? []) {
      stored.properties = [...stored.properties.filter((p) => p.id !== property.id), property];
    }
    stored.seq = ++this.seq;
    this.changed({ userId: this.member(userId)?.id ?? userId, eventId, changeType: 'updated' });
    return { ok: true, value: stored.event };
  }

  /** Cancel and delete both take the event out of the organiser's calendar. */
  remove(userId: string, eventId: string): CalendarOutcome<undefined> {
    const occurrence = this.findOccurrence(userId, eventId);
    if (occurrence) {
      if (!occurrence.ok) return occurrence;
      this.except(userId, occurrence.value.master, occurrence.value.originalStart, { cancelled: true });
      return { ok: true, value: undefined };
    }
    const found = this.find(userId, eventId);
    if (!found.ok) return found;
    const memberId = this.member(userId)?.id ?? '';
    this.calendars.get(memberId)?.delete(eventId);
    this.tombstones.get(memberId)?.set(eventId, ++this.seq);
    // A series goes with its occurrences.
    for (const occurrence of this.occurrencesOf(found.value)) {
      this.tombstones.get(memberId)?.set(occurrence.event.id ?? '', this.seq);
    }
    this.changed({ userId: memberId, eventId, changeType: 'deleted' });
    return { ok: true, value: undefined };
  }

  /** Events overlapping [from, to), earliest first, as `calendarView` returns them. */
  view(userId: string, from: string, to: string): CalendarOutcome<Event[]> {
    const member = this.member(userId);
    const calendar = member && this.calendars.get(member.id);
    if (!member || !calendar) return unknownUser(userId);
    const start = Date.parse(from);
    const end = Date.parse(to);
    const events = [...calendar.values()]
      .flatMap((stored) => (stored.series ? this.occurrencesOf(stored).map((o) => o.event) : [stored.event]))
      .filter((e) => instant(e.end) > start && instant(e.start) < end)
      .sort((a, b) => instant(a.start) - instant(b.start));
    return { ok: true, value: events };
  }

  /** A series' occurrences overlapping [from, to), as `GET /events/{master}/instances` lists them. */
  instances(userId: string, masterId: string, from: string, to: string): CalendarOutcome<Event[]> {
    const found = this.find(userId, masterId);
    if (!found.ok) return found;
    const start = Date.parse(from);
    const end = Date.parse(to);
    return {
      ok: true,
      value: this.occurrencesOf(found.value)
        .map((o) => o.event)
        .filter((e) => instant(e.end) > start && instant(e.start) < end),
    };
  }

  /** A series' occurrences; cancelled ones only when asked, for delta's removals. */
  private occurrencesOf(
    stored: StoredEvent,
    withCancelled = false,
  ): { event: Event; exception: SeriesException | undefined }[] {
    if (!stored.series) return [];
    const { rule, exceptions } = stored.series;
    return originalStarts(instant(stored.event.start), rule)
      .map((start) => ({ start, exception: exceptions.get(start) }))
      .filter(({ exception }) => withCancelled || exception?.cancelled !== true)
      .map(({ start, exception }) => ({
        event: occurrenceEvent(stored.event, start, exception, graphDateTime, instant),
        exception,
      }));
  }

  /** The occurrence an id names, when it names one: its master, original start and event as now. */
  private findOccurrence(
    userId: string,
    eventId: string,
  ): CalendarOutcome<{ master: StoredEvent; originalStart: number; event: Event }> | undefined {
    const parsed = parseOccurrenceId(eventId);
    if (!parsed) return undefined;
    const master = this.find(userId, parsed.masterId);
    if (!master.ok) return master;
    const occurrence = this.occurrencesOf(master.value).find(
      (o) => o.event.id === occurrenceId(parsed.masterId, parsed.originalStart),
    );
    return occurrence
      ? { ok: true, value: { master: master.value, originalStart: parsed.originalStart, event: occurrence.event } }
      : notFound();
  }

  /** Records one occurrence's exception; Graph tells subscribers of the series master. */
  private except(
    userId: string,
    master: StoredEvent,
    originalStart: number,
    change: { start?: DateTimeTimeZone | undefined; end?: DateTimeTimeZone | undefined; cancelled: boolean },
  ): Event {
    const exception: SeriesException = {
      ...(change.start ? { start: change.start } : {}),
      ...(change.end ? { end: change.end } : {}),
      cancelled: change.cancelled,
      changeKey: randomBytes(6).toString('base64url'),
      lastModifiedDateTime: new Date(
        Math.max(Date.now(), Date.parse(master.event.lastModifiedDateTime ?? '') + 1),
      ).toISOString(),
      seq: ++this.seq,
    };
    master.series?.exceptions.set(originalStart, exception);
    this.changed({ userId: this.member(userId)?.id ?? userId, eventId: master.event.id ?? '', changeType: 'updated' });
    return occurrenceEvent(master.event, originalStart, exception, graphDateTime, instant);
  }

  private changed(change: CalendarChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private find(userId: string, eventId: string): CalendarOutcome<StoredEvent> {
    const member = this.member(userId);
    const calendar = member && this.calendars.get(member.id);
    if (!member || !calendar) return unknownUser(userId);
    const stored = calendar.get(eventId);
    return stored ? { ok: true, value: stored } : notFound();
  }
}

/** Graph shows each attendee with a response status; the emulator's attendees have not answered yet. */
function withResponse(attendee: Attendee): Attendee {
  return {
    type: 'required',
    ...attendee,
    status: attendee.status ?? { response: 'none', time: '0001-01-01T00:00:00Z' },
  };
}

function notFound(): CalendarOutcome<never> {
  return {
    ok: false,
    status: 404,
    code: 'ErrorItemNotFound',
    message: 'The specified object was not found in the store.',
  };
}

/** Graph's 404 for a user (or mailbox) the tenant does not have. */
export function unknownUser(userId: string): CalendarOutcome<never> {
  return { ok: false, status: 404, code: 'ErrorInvalidUser', message: `The requested user '${userId}' is invalid.` };
}
