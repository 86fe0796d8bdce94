import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { staffRelayMeeting } from '@/local-stand-ins/meeting-relay/staff-relay-meeting';

const actionInput = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['admit', 'deny', 'remove']), participantId: z.string().min(1).max(300) }),
  z.object({ action: z.literal('end') }),
]);

/**
 * `GET`: who waits in the appointment's lobby and which guests are in the call (local mode; in Azure,
 * staff see and run the meeting in Teams).
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const meeting = await staffRelayMeeting((await params).id, 'en');
  const noStore = { 'cache-control': 'no-store' };
  if (!meeting) return NextResponse.json({ waiting: [], inCall: [] }, { status: 404, headers: noStore });
  const view = await meeting.relay.meeting(meeting.staff, meeting.appointment.locator);
  const person = ({ id, displayName }: { id: string; displayName: string }) => ({ id, displayName });
  return NextResponse.json(
    {
      waiting: view?.lobby.map(person) ?? [],
      inCall: view?.participants.filter((participant) => participant.role === 'guest').map(person) ?? [],
      reachable: view !== undefined,
    },
    { headers: noStore },
  );
}

/**
 * `POST {action, participantId}`: admits or denies a waiting guest, or removes a guest from the call;
 * `POST {action: "end"}` ends the meeting for everyone. Same-origin only.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  if (request.headers.get('sec-fetch-site') !== 'same-origin') return new NextResponse(null, { status: 403 });
  const input = actionInput.safeParse(await request.json().catch(() => undefined));
  if (!input.success) return new NextResponse(null, { status: 400 });
  const meeting = await staffRelayMeeting((await params).id, 'en');
  if (!meeting) return new NextResponse(null, { status: 404 });
  const { staff, appointment, relay } = meeting;
  const done =
    input.data.action === 'end'
      ? await relay.end(staff, appointment.locator)
      : await relay.act(staff, appointment.locator, input.data.action, input.data.participantId);
  return new NextResponse(null, { status: done ? 204 : 404 });
}
