import { walkInDeskViewSchema } from '@portico/api-contract';
import { z } from 'zod';

/** What the console's walk-in panel polls: the staff member's own desk, if any, and their team desks. */
export const staffWalkInDesksSchema = z.object({
  own: walkInDeskViewSchema.nullable(),
  team: z.array(walkInDeskViewSchema),
});

export type StaffWalkInDesks = z.infer<typeof staffWalkInDesksSchema>;
