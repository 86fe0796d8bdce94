import { apiRoutes } from '@portico/api-contract';
import type { HttpHandler, HttpMethod } from '@azure/functions';
import { calendarNotificationsQueueName, invitationsQueueName } from '@portico/server-adapters';
import type {
  FunctionDeclaration,
  HttpFunctionDeclaration,
  QueueFunctionDeclaration,
  TimerFunctionDeclaration,
} from './function-declaration';
import type { FunctionDependencies } from './function-dependencies';
import { renewCalendarSubscriptions, scheduleCalendarCatchUps } from './functions/calendar-sync/calendar-sync-timers';
import { processCalendarMessage } from './functions/calendar-sync/process-calendar-message';
import { receiveGraphNotifications } from './functions/calendar-sync/receive-graph-notifications';
import { getCalendarSync, setCalendarSync } from './functions/calendar-sync/staff-calendar-sync';
import { getGuestAppointment } from './functions/get-guest-appointment';
import { getGuestCalendarFile } from './functions/get-guest-calendar-file';
import { health } from './functions/health';
import { listGuestAppointments } from './functions/list-guest-appointments';
import { redeemSignInLink } from './functions/guest-access/redeem-sign-in-link';
import { removeExpiredRateLimits } from './functions/guest-access/remove-expired-rate-limits';
import { requestSignInLink } from './functions/guest-access/request-sign-in-link';
import { verifyAppointmentLink } from './functions/guest-access/verify-appointment-link';
import { issueJoinTicket } from './functions/join/issue-join-ticket';
import { refreshJoinToken } from './functions/join/refresh-join-token';
import { getAuditTrail, removeExpiredAuditEvents } from './functions/audit/audit-functions';
import { giveCallFeedback } from './functions/feedback/give-call-feedback';
import {
  getFrontDesk,
  postLobbyMessage,
  removeStalePresence,
  reportGuestPresence,
} from './functions/front-desk/front-desk-functions';
import { sendGuestNotice } from './functions/invitations/send-guest-notice';
import {
  checkInAtWalkInDesk,
  closeWalkInDesk,
  getPublicWalkInDesk,
  getTeamWalkInDesks,
  getWalkInDesk,
  openWalkInDesk,
  renewWalkInMeetings,
  takeNextWalkIn,
} from './functions/walk-in/walk-in-functions';
import {
  changeReminderPreferences,
  getShortLink,
  queueReminders,
  readReminderPreferences,
  removeSpentReminders,
} from './functions/reminders/reminder-functions';
import { reinviteAppointment } from './functions/staff/reinvite-appointment';
import { cancelAppointment } from './functions/staff/cancel-appointment';
import { undoCancelAppointment } from './functions/staff/undo-cancel-appointment';
import { createAppointment } from './functions/staff/create-appointment';
import { getStaffAppointment } from './functions/staff/get-staff-appointment';
import { getStaffSettings } from './functions/staff/get-staff-settings';
import { importAppointment } from './functions/staff/import-appointment';
import { listStaffAppointments } from './functions/staff/list-staff-appointments';
import { rescheduleAppointment } from './functions/staff/reschedule-appointment';
import { withProblemHandling } from './http/with-problem-handling';
import { withTelemetry } from './telemetry/traced-function';

/** Declares HTTP functions that need the host key unless said otherwise, with failures as problem+json. */
function httpFunctions(deadlineMs: number) {
  return (
    name: string,
    method: HttpMethod,
    route: string,
    handler: HttpHandler,
    authLevel: HttpFunctionDeclaration['trigger']['authLevel'] = 'function',
  ): HttpFunctionDeclaration => ({
    name,
    trigger: { kind: 'http', methods: [method], route, authLevel },
    handler: withProblemHandling(handler, deadlineMs),
  });
}

/** The app setting prefix of the storage account that queue triggers read. */
export const storageConnection = 'PorticoStorage';

/** A queue-triggered function on Portico's storage account. */
function queueFunction(
  name: string,
  queueName: string,
  handler: QueueFunctionDeclaration['handler'],
): QueueFunctionDeclaration {
  return { name, trigger: { kind: 'queue', queueName, connection: storageConnection }, handler };
}

/** A function on an NCRONTAB schedule. */
function timerFunction(
  name: string,
  schedule: string,
  handler: TimerFunctionDeclaration['handler'],
): TimerFunctionDeclaration {
  return { name, trigger: { kind: 'timer', schedule }, handler };
}

/**
 * Every function of the app, each traced. Add a function here and it runs in Azure and on the local
 * host alike.
 */
export function functionTable(deps: FunctionDependencies): readonly FunctionDeclaration[] {
  return functions(deps).map(withTelemetry);
}

function functions(deps: FunctionDependencies): readonly FunctionDeclaration[] {
  const httpFunction = httpFunctions(deps.requestDeadlineMs);
  return [
    httpFunction('health', 'GET', apiRoutes.health, health(deps), 'anonymous'),
    httpFunction('listGuestAppointments', 'GET', apiRoutes.guestAppointments, listGuestAppointments(deps)),
    httpFunction('getGuestAppointment', 'GET', apiRoutes.guestAppointment, getGuestAppointment(deps)),
    httpFunction('getGuestCalendarFile', 'GET', apiRoutes.guestAppointmentCalendar, getGuestCalendarFile(deps)),
    httpFunction('listStaffAppointments', 'GET', apiRoutes.staffAppointments, listStaffAppointments(deps)),
    httpFunction('createAppointment', 'POST', apiRoutes.staffAppointments, createAppointment(deps)),
    httpFunction('getStaffAppointment', 'GET', apiRoutes.staffAppointment, getStaffAppointment(deps)),
    httpFunction('importAppointment', 'POST', apiRoutes.staffImportAppointment, importAppointment(deps)),
    httpFunction('rescheduleAppointment', 'POST', apiRoutes.staffRescheduleAppointment, rescheduleAppointment(deps)),
    httpFunction('cancelAppointment', 'POST', apiRoutes.staffCancelAppointment, cancelAppointment(deps)),
    httpFunction('undoCancelAppointment', 'POST', apiRoutes.staffUndoCancelAppointment, undoCancelAppointment(deps)),
    httpFunction('reinviteAppointment', 'POST', apiRoutes.staffReinviteAppointment, reinviteAppointment(deps)),
    httpFunction('requestSignInLink', 'POST', apiRoutes.guestSignInLinks, requestSignInLink(deps)),
    httpFunction('redeemSignInLink', 'POST', apiRoutes.guestRedeemSignInLink, redeemSignInLink(deps)),
    httpFunction('verifyAppointmentLink', 'POST', apiRoutes.guestVerifyAppointmentLink, verifyAppointmentLink(deps)),
    httpFunction('issueJoinTicket', 'POST', apiRoutes.joinTicket, issueJoinTicket(deps)),
    httpFunction('refreshJoinToken', 'POST', apiRoutes.joinTicketRefresh, refreshJoinToken(deps)),
    httpFunction('readReminderPreferences', 'POST', apiRoutes.guestReminderPreferences, readReminderPreferences(deps)),
    httpFunction(
      'changeReminderPreferences',
      'POST',
      apiRoutes.guestChangeReminderPreferences,
      changeReminderPreferences(deps),
    ),
    httpFunction('getShortLink', 'GET', apiRoutes.guestShortLink, getShortLink(deps)),
    httpFunction('giveCallFeedback', 'POST', apiRoutes.callFeedback, giveCallFeedback(deps)),
    httpFunction('reportGuestPresence', 'POST', apiRoutes.guestPresence, reportGuestPresence(deps)),
    httpFunction('getFrontDesk', 'GET', apiRoutes.staffFrontDesk, getFrontDesk(deps)),
    httpFunction('getStaffSettings', 'GET', apiRoutes.staffSettings, getStaffSettings(deps)),
    httpFunction('postLobbyMessage', 'POST', apiRoutes.staffLobbyMessage, postLobbyMessage(deps)),
    httpFunction('getAuditTrail', 'GET', apiRoutes.staffAuditTrail, getAuditTrail(deps)),
    httpFunction('getWalkInDesk', 'GET', apiRoutes.staffWalkInDesk, getWalkInDesk(deps)),
    httpFunction('openWalkInDesk', 'PUT', apiRoutes.staffWalkInDesk, openWalkInDesk(deps)),
    httpFunction('closeWalkInDesk', 'POST', apiRoutes.staffCloseWalkInDesk, closeWalkInDesk(deps)),
    httpFunction('getTeamWalkInDesks', 'GET', apiRoutes.staffTeamWalkInDesks, getTeamWalkInDesks(deps)),
    httpFunction('takeNextWalkIn', 'POST', apiRoutes.staffTakeNextWalkIn, takeNextWalkIn(deps)),
    httpFunction('getPublicWalkInDesk', 'GET', apiRoutes.walkInDesk, getPublicWalkInDesk(deps)),
    httpFunction('checkInAtWalkInDesk', 'POST', apiRoutes.walkInCheckIns, checkInAtWalkInDesk(deps)),
    httpFunction('getCalendarSync', 'GET', apiRoutes.staffCalendarSync, getCalendarSync(deps)),
    httpFunction('setCalendarSync', 'PUT', apiRoutes.staffCalendarSync, setCalendarSync(deps)),
    // Graph cannot send the host key; each notification proves itself with its clientState instead.
    httpFunction(
      'receiveChangeNotifications',
      'POST',
      apiRoutes.graphChangeNotifications,
      receiveGraphNotifications(deps, 'change'),
      'anonymous',
    ),
    httpFunction(
      'receiveLifecycleNotifications',
      'POST',
      apiRoutes.graphLifecycleNotifications,
      receiveGraphNotifications(deps, 'lifecycle'),
      'anonymous',
    ),
    queueFunction('sendGuestNotice', invitationsQueueName, sendGuestNotice(deps)),
    queueFunction('processCalendarMessage', calendarNotificationsQueueName, processCalendarMessage(deps)),
    timerFunction('renewCalendarSubscriptions', '0 5 * * * *', renewCalendarSubscriptions(deps)),
    timerFunction('scheduleCalendarCatchUps', '0 */15 * * * *', scheduleCalendarCatchUps(deps)),
    timerFunction('removeExpiredRateLimits', '0 35 * * * *', removeExpiredRateLimits(deps)),
    timerFunction('removeExpiredAuditEvents', '0 20 3 * * *', removeExpiredAuditEvents(deps)),
    timerFunction('removeStalePresence', '0 30 3 * * *', removeStalePresence(deps)),
    timerFunction('queueReminders', '0 */5 * * * *', queueReminders(deps)),
    timerFunction('removeSpentReminders', '0 40 3 * * *', removeSpentReminders(deps)),
    timerFunction('renewWalkInMeetings', '0 2 * * * *', renewWalkInMeetings(deps)),
  ];
}
