import { isPorticoError } from '@portico/domain';

/** Waits between tries of a failed renewal: a few quick tries, then slower ones. */
const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 20_000];

/**
 * Wraps the portal's token renewal for `AzureCommunicationTokenCredential`. A failed proactive
 * refresh stops the credential's schedule for good, so a network blip must not reach it: transient
 * failures are tried again; only the portal's own refusal (a `PorticoError`: the appointment closed,
 * the guest signed out) is passed on, because trying again would not change it.
 */
export function resilientTokenRefresher(
  refresh: () => Promise<string>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): () => Promise<string> {
  return async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await refresh();
      } catch (error) {
        const delay = retryDelaysMs[attempt];
        if (isPorticoError(error) || delay === undefined) throw error;
        await wait(delay);
      }
    }
  };
}
