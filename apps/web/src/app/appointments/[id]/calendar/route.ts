import { NextResponse } from 'next/server';
import { webApp } from '@/composition-root';
import { guestRoute } from '@/http/guest-route';
import { problemJson } from '@/http/problem-json';

/**
 * `GET /appointments/{id}/calendar`: the appointment's calendar file for the signed-in guest, as a
 * download; the same event as the invitation's, so a calendar updates the entry it already has.
 */
export const GET = guestRoute(async (_request, { email, appointmentId, locale, instance }) => {
  const file = await webApp().functionsApi.getGuestCalendarFile(email, appointmentId, locale);
  if (!file.ok) return problemJson(file.error, locale, instance);
  return new NextResponse(file.value.content, {
    headers: {
      'content-type': `${file.value.contentType}; charset=utf-8`,
      'content-disposition': `attachment; filename="${file.value.fileName}"`,
      'cache-control': 'private, no-store',
    },
  });
});
