import type { HttpHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse } from '../../http/problem-response';
import { staffReadsOwnSettings } from '../../use-cases/staff-reads-own-settings';
import { withStaff } from './with-staff';

/** `GET /api/staff/me/settings`: the signed-in staff member's own settings, their time zone. */
export function getStaffSettings(
  deps: Pick<FunctionDependencies, 'staffMailboxSettings' | 'defaultStaffTimeZone'>,
): HttpHandler {
  return withStaff(async (_request, staff) => jsonResponse(200, await staffReadsOwnSettings(deps, staff)));
}
