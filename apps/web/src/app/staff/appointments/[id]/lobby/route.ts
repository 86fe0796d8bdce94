import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { webApp } from '../../../../../composition-root';
import { currentStaff } from '../../../../../staff-auth/current-staff';

const admitInput = z.object({ participantId: z.string().min(1).max(300) });

/** The staff member's own appointment's meeting, when calls run through the local relay. */
async function ownRelayMeeting(id: string) {
  const { functionsApi, meetingRelay } = webApp();
  const staff = await currentStaff();
  if (!staff || !meetingRelay) return undefined;
  const appointment = await functionsApi.getStaffAppointment(staff, id, 'en');
  return appointment.ok ? { staff, meetingRelay, joinUrl: appointment.value.joinUrl } : undefined;
}

/** `GET`: who waits in the appointment's lobby (local mode; in Azure, staff see the lobby in Teams). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const meeting = await ownRelayMeeting((await params).id);
  if (!meeting) return NextResponse.json({ waiting: [] }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const view = await meeting.meetingRelay.meeting(meeting.staff, meeting.joinUrl);
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
  const meeting = await ownRelayMeeting((await params).id);
  if (!meeting) return new NextResponse(null, { status: 404 });
  const admitted = await meeting.meetingRelay.admit(meeting.staff, meeting.joinUrl, input.data.participantId);
  return new NextResponse(null, { status: admitted ? 204 : 404 });
}
