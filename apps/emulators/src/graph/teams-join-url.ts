import { randomBytes } from 'node:crypto';

/** A join URL in the exact format Teams gives online meetings: encoded thread id and context. */
export function newTeamsJoinUrl(tenantId: string, organiserId: string): string {
  const threadId = `19:meeting_${randomBytes(36).toString('base64url').replace(/[-_]/g, 'A')}@thread.v2`;
  const context = JSON.stringify({ Tid: tenantId, Oid: organiserId });
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(context)}`;
}
