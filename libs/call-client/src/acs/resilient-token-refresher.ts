import { isPorticoError } from '@portico/domain';

/** Waits between tries of a failed renewal: a few quick tries, then slower ones. */
const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 20_000];
/** The portal's answers that say "not now" rather than "no": a gateway or dependency hiccup. */
const transientCodes = new Set(['dependency.unavailable']);

/**
 * Wraps the portal's token renewal for `AzureCommunicationTokenCredential`. A failed proactive
 * refresh stops the credential's schedule for good, so a network blip must not reach it: transient
 * failures (the network, a gateway's 5xx read as `dependency.unavailable`) are tried again; only the
 * portal's own refusal (the appointment closed, the guest signed out) is passed on at once, because
 * trying again would not change it.
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
        const refused = isPorticoError(error) && !transientCodes.has(error.code);
        if (refused || delay === undefined) throw error;
        await wait(delay);
      }
    }
  };
}
