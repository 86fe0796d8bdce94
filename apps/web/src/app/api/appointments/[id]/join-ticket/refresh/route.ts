import { guestJoinRoute } from '@/http/guest-route';

/** `POST /api/appointments/{id}/join-ticket/refresh`: a renewed ACS token, after the same checks. */
export const POST = guestJoinRoute((api) => api.refreshJoinToken.bind(api));
