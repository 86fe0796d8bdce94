import type { CallDriver } from '@portico/call-client';
import type { CallDriverSetting } from './call-driver-setting';

/**
 * Loads the call driver as its own chunk, so neither the ACS SDKs nor the relay client weigh on the
 * first load of the join page.
 */
export async function loadCallDriver(setting: CallDriverSetting): Promise<CallDriver> {
  if (setting.kind === 'relay') {
    const { createLocalCallDriver } = await import('@portico/call-client/local-driver');
    return createLocalCallDriver({ relayUrl: setting.relayUrl });
  }
  const { createAcsCallDriver } = await import('@portico/call-client/acs-driver');
  return createAcsCallDriver();
}
