import { guestJoinRoute } from '@/http/guest-route';

/** `POST /api/appointments/{id}/join-ticket`: the guest's join ticket, from the Functions API. */
export const POST = guestJoinRoute((api) => api.issueJoinTicket.bind(api));
