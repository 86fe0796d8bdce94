import { NextResponse } from 'next/server';
import { callFeedbackRequestSchema } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { guestRoute } from '@/http/guest-route';
import { problemJson } from '@/http/problem-json';

/**
 * `POST /api/appointments/{id}/feedback` `{rating, comment?}`: the guest's answers after a call, kept
 * on the appointment through the Functions API.
 */
export const POST = guestRoute(async (request, { email, appointmentId, locale, instance }) => {
  const input = callFeedbackRequestSchema.safeParse(await request.json().catch(() => undefined));
  if (!input.success) {
    const issues = input.error.issues.map((issue) => issue.path.join('.')).join(', ') || 'body';
    return problemJson(porticoError('request.invalid', { issues }), locale, instance);
  }
  const given = await webApp().functionsApi.giveCallFeedback(email, appointmentId, input.data, locale);
  return given.ok ? new NextResponse(null, { status: 204 }) : problemJson(given.error, locale, instance);
});
