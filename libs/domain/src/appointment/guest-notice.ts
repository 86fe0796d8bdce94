/** The e-mails guests get about an appointment. */
export const guestNoticeKinds = ['invitation', 'rescheduled', 'cancelled'] as const;

export type GuestNoticeKind = (typeof guestNoticeKinds)[number];

/** An e-mail to the guests that a change calls for; `change` names it so it is sent once. */
export interface SyncNotice {
  readonly kind: GuestNoticeKind;
  readonly change: string;
}
