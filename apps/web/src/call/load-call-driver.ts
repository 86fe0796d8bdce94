import type { CallDriver } from '@portico/meeting-core/client';
import type { CallDriverSetting } from './call-driver-setting';

/**
 * Loads the call driver as its own chunk, so neither the ACS SDKs nor the relay client weigh on the
 * first load of the join page.
 */
export async function loadCallDriver(setting: CallDriverSetting): Promise<CallDriver> {
  if (setting.kind === 'relay') {
    const { createLocalCallDriver } = await import('@portico/meeting-core/local-driver');
    return createLocalCallDriver({ relayUrl: setting.relayUrl });
  }
  const { createAcsCallDriver } = await import('@portico/meeting-core/acs-driver');
  return createAcsCallDriver();
}
