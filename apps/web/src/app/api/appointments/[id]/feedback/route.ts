import { NextResponse, type NextRequest } from 'next/server';
import { callFeedbackRequestSchema } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { guestSessionFor } from '@/guest-session/current-guest';
import { problemJson } from '@/http/problem-json';
import { personLocale } from '@/i18n/person-locale';

/**
 * `POST /api/appointments/{id}/feedback` `{rating, comment?}`: the guest's answers after a call, kept
 * on the appointment through the Functions API. Same-origin only (the proxy refuses cross-site posts).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const locale = await personLocale();
  const instance = new URL(request.url).pathname;
  const { id } = await params;
  const session = await guestSessionFor(id);
  if (session === 'signed-out') return problemJson(porticoError('auth.unauthenticated'), locale, instance);
  if (session === 'other-appointment') return problemJson(porticoError('appointment.not-found'), locale, instance);
  const input = callFeedbackRequestSchema.safeParse(await request.json().catch(() => undefined));
  if (!input.success) {
    return problemJson(
      porticoError('request.invalid', { issues: input.error.issues.map((i) => i.path.join('.')).join(', ') || 'body' }),
      locale,
      instance,
    );
  }
  const given = await webApp().functionsApi.giveCallFeedback(session.email, id, input.data, locale);
  return given.ok ? new NextResponse(null, { status: 204 }) : problemJson(given.error, locale, instance);
}
