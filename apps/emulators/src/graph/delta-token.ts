import { z } from 'zod';

/**
 * The state a delta link or next link carries: the window it reads, the change span (since, upto],
 * the last change number already served, and the epoch (a reset makes every older token stale).
 */
const tokenSchema = z.object({
  from: z.number(),
  to: z.number(),
  since: z.number().int().min(0),
  upto: z.number().int().min(0),
  after: z.number().int().min(0),
  epoch: z.number().int().min(0),
});

export type DeltaToken = z.infer<typeof tokenSchema>;

export function encodeDeltaToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

/** The token's state, or undefined when it is not one the emulator issued. */
export function decodeDeltaToken(text: string): DeltaToken | undefined {
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
