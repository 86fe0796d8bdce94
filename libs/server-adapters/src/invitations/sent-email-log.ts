/** Remembers which e-mails were sent, so a notice delivered twice by the queue is sent once. */
export interface SentEmailLog {
  wasSent(key: string): Promise<boolean>;
  markSent(key: string, now: Date): Promise<void>;
}
