import type { HttpHandler, TimerHandler } from '@azure/functions';
import {
  changeReminderPreferencesRequestSchema,
  reminderPreferencesRequestSchema,
  type ShortLinkView,
} from '@portico/api-contract';
import { porticoError, reminderLimits } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestChangesReminders } from '../../use-cases/guest-changes-reminders';
import { queueDueReminders } from '../../use-cases/queue-due-reminders';

/** Every five minutes: the reminders due now are queued, each once (see `queueDueReminders`). */
export function queueReminders(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'reminders' | 'clock'>,
): TimerHandler {
  return async (_timer, context) => {
    const queued = await queueDueReminders(deps);
    context.log(`Queued ${queued.length} reminders.`);
  };
}

/** A claim outlives its reminder by a day; no reminder is due more than this long before its appointment. */
const claimKeptMs = (reminderLimits.maxMinutesBefore + 24 * 60) * 60_000;

/** Daily: the reminder ledger forgets claims of reminders long past, and expired short links go. */
export function removeSpentReminders(deps: Pick<FunctionDependencies, 'reminders' | 'clock'>): TimerHandler {
  return async (_timer, context) => {
    const now = deps.clock();
    const claims = await deps.reminders.ledger.removeBefore(new Date(now.getTime() - claimKeptMs));
    const links = await deps.reminders.shortLinks.removeExpired(now);
    context.log(`Removed ${claims} old reminder claims and ${links} expired short links.`);
  };
}

/** `POST /api/guest/reminder-preferences` `{token}`: whose reminders a link is about, and whether they are stopped. */
export function readReminderPreferences(deps: Pick<FunctionDependencies, 'reminders' | 'clock'>): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(reminderPreferencesRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const view = await guestChangesReminders(deps, body.value.token);
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  };
}

/** `POST /api/guest/reminder-preferences/change` `{token, stopped}`: stop reminders, or turn them back on. */
export function changeReminderPreferences(deps: Pick<FunctionDependencies, 'reminders' | 'clock'>): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(changeReminderPreferencesRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const view = await guestChangesReminders(deps, body.value.token, body.value.stopped);
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  };
}

/** `GET /api/guest/short-links/{code}`: the portal path a text message's short link stands for. */
export function getShortLink(deps: Pick<FunctionDependencies, 'reminders' | 'clock'>): HttpHandler {
  return async (request) => {
    const path = await deps.reminders.shortLinks.resolve(request.params['code'] ?? '', deps.clock());
    if (path === undefined) return problemResponse(porticoError('short-link.invalid'), request);
    const view: ShortLinkView = { path };
    return jsonResponse(200, view);
  };
}
