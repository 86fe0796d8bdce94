import { emulatorRequest } from '../emulator-request';

/** The ACS identity emulator's test switch: tokens that last seconds, so renewal shows in a test. */
export class IdentityEmulatorControls {
  /** `emulatorsUrl` is the emulators' base URL, e.g. `http://127.0.0.1:7180`. */
  constructor(private readonly emulatorsUrl: string) {}

  /** Tokens issued from now on last this many seconds; `null` goes back to ACS's lifetimes. */
  async setTokenLifetime(seconds: number | null): Promise<void> {
    await emulatorRequest(`${this.emulatorsUrl}/identity/_settings`, 'POST', { tokenLifetimeSeconds: seconds });
  }
}
