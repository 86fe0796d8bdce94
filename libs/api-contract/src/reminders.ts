import { z } from 'zod';

const token = z.string().min(1).max(512);

/** A guest opens the "stop reminders" link: what it is about, read with the link's token. */
export const reminderPreferencesRequestSchema = z.object({ token });

/** A guest stops reminders, or turns them back on, with the link's token. */
export const changeReminderPreferencesRequestSchema = z.object({ token, stopped: z.boolean() });

/** Whose reminders the link is about (the address partly hidden) and whether they are stopped. */
export const reminderPreferencesViewSchema = z.object({ maskedEmail: z.string(), stopped: z.boolean() });

/**
 * The pages a short link may lead to: a personal link or a stop-reminders link, by their token. A
 * closed list, so no stored or forged path can send a guest to another site (`//evil`, `/\\evil`).
 */
export const shortLinkPathPattern = /^\/(a|reminders\/stop)\/[A-Za-z0-9_-]{1,1024}$/;

/** Where a short link leads: a path on the portal. */
export const shortLinkViewSchema = z.object({ path: z.string().regex(shortLinkPathPattern) });

export type ReminderPreferencesView = z.infer<typeof reminderPreferencesViewSchema>;
export type ShortLinkView = z.infer<typeof shortLinkViewSchema>;
