import { z } from 'zod';

/** What `GET /api/health` answers: each dependency's state. */
export const healthReportSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.record(z.string(), z.enum(['ok', 'failing'])),
});

export type HealthReport = z.infer<typeof healthReportSchema>;
