import { z } from 'zod';

const usersSchema = z.object({
  value: z.array(z.object({ id: z.string(), displayName: z.string(), mail: z.string() })),
});

export type DemoStaffMember = z.infer<typeof usersSchema>['value'][number];

/** The Graph emulator's staff, as its `GET /users` lists them; for the local staff sign-in only. */
export async function listDemoStaff(graphEmulatorUrl: string): Promise<readonly DemoStaffMember[]> {
  const response = await fetch(`${graphEmulatorUrl}/v1.0/users`, {
    cache: 'no-store',
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) return [];
  const parsed = usersSchema.safeParse(await response.json());
  return parsed.success ? parsed.data.value : [];
}
