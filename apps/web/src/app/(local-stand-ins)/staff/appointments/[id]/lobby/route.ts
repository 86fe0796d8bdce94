import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { staffRelayMeeting } from '@/local-stand-ins/meeting-relay/staff-relay-meeting';

const admitInput = z.object({ participantId: z.string().min(1).max(300) });

/** `GET`: who waits in the appointment's lobby (local mode; in Azure, staff see the lobby in Teams). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const meeting = await staffRelayMeeting((await params).id, 'en');
  if (!meeting) return NextResponse.json({ waiting: [] }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const view = await meeting.relay.meeting(meeting.staff, meeting.appointment.locator);
  return NextResponse.json(
    { waiting: view?.lobby.map(({ id, displayName }) => ({ id, displayName })) ?? [], reachable: view !== undefined },
    { headers: { 'cache-control': 'no-store' } },
  );
}

/** `POST {participantId}`: admits a waiting guest. Same-origin only. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  if (request.headers.get('sec-fetch-site') !== 'same-origin') return new NextResponse(null, { status: 403 });
  const input = admitInput.safeParse(await request.json().catch(() => undefined));
  if (!input.success) return new NextResponse(null, { status: 400 });
  const meeting = await staffRelayMeeting((await params).id, 'en');
  if (!meeting) return new NextResponse(null, { status: 404 });
  const admitted = await meeting.relay.admit(meeting.staff, meeting.appointment.locator, input.data.participantId);
  return new NextResponse(null, { status: admitted ? 204 : 404 });
}
