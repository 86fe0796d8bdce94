import { z } from 'zod';
import { auditActors, auditEventKinds } from '@portico/domain';

/** One appointment's audit trail as staff see it, oldest first. */
export const auditTrailViewSchema = z.object({
  events: z.array(
    z.object({
      appointmentId: z.string(),
      kind: z.enum(auditEventKinds),
      at: z.iso.datetime(),
      actor: z.enum(auditActors),
      name: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
});

export type AuditTrailView = z.infer<typeof auditTrailViewSchema>;
