import { NextResponse } from 'next/server';
import { presenceReportSchema } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { guestRoute } from '@/http/guest-route';
import { problemJson } from '@/http/problem-json';

/**
 * `POST /api/appointments/{id}/presence` `{phase}`: the guest's page says where the guest is, for the
 * organiser's front desk; the answer carries the note staff left for those waiting.
 */
export const POST = guestRoute(async (request, { email, appointmentId, locale, instance }) => {
  const input = presenceReportSchema.safeParse(await request.json().catch(() => undefined));
  if (!input.success) {
    const issues = input.error.issues.map((issue) => issue.path.join('.')).join(', ') || 'body';
    return problemJson(porticoError('request.invalid', { issues }), locale, instance);
  }
  const reply = await webApp().functionsApi.reportPresence(email, appointmentId, input.data, locale);
  return reply.ok
    ? NextResponse.json(reply.value, { headers: { 'cache-control': 'no-store' } })
    : problemJson(reply.error, locale, instance);
});
