import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import { z } from 'zod';

const usersSchema = z.object({
  value: z.array(z.object({ id: z.string(), displayName: z.string(), mail: z.string() })),
});

export type DemoStaffMember = z.infer<typeof usersSchema>['value'][number];

/**
 * The Graph emulator's staff, as its `GET /users` lists them; for the local staff sign-in only.
 * `dependency.unavailable` when the emulator is down or answers nonsense, so the page can say so.
 */
export async function listDemoStaff(
  graphEmulatorUrl: string,
): Promise<Result<readonly DemoStaffMember[], PorticoError>> {
  try {
    const response = await fetch(`${graphEmulatorUrl}/v1.0/users`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    const parsed = usersSchema.safeParse(response.ok ? await response.json() : undefined);
    return parsed.success ? ok(parsed.data.value) : err(porticoError('dependency.unavailable'));
  } catch {
    return err(porticoError('dependency.unavailable'));
  }
}
