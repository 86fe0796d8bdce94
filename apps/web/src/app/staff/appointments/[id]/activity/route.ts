import { NextResponse, type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { porticoError } from '@portico/domain';
import { auditCsv } from '@/audit/audit-csv';
import { webApp } from '@/composition-root';
import { problemJson } from '@/http/problem-json';
import { personLocale } from '@/i18n/person-locale';
import { currentStaff } from '@/staff-auth/current-staff';

/**
 * `GET /staff/appointments/{id}/activity`: the appointment's audit trail for its organiser, as JSON,
 * or with `?format=csv` as a CSV download in their language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const locale = await personLocale();
  const instance = request.nextUrl.pathname;
  const staff = await currentStaff();
  if (!staff) return problemJson(porticoError('auth.unauthenticated'), locale, instance);
  const formats = request.nextUrl.searchParams.getAll('format');
  if (formats.length > 1 || (formats[0] !== undefined && formats[0] !== 'csv')) {
    return problemJson(porticoError('request.invalid', { issues: 'format: csv or none' }), locale, instance);
  }
  const { id } = await params;
  const trail = await webApp().functionsApi.getAuditTrail(staff, id, locale);
  if (!trail.ok) return problemJson(trail.error, locale, instance);
  if (formats[0] !== 'csv') return NextResponse.json(trail.value, { headers: { 'cache-control': 'no-store' } });
  const t = await getTranslations('staff.audit');
  const csv = auditCsv(trail.value.events, {
    header: [t('csv.at'), t('csv.event'), t('csv.by'), t('csv.name'), t('csv.detail')],
    kind: (event) => t(`kind.${event.kind}`),
    actor: (event) => t(`actor.${event.actor}`),
  });
  return new NextResponse(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="appointment-activity.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
