import type { DriverEvent, NetworkQuality } from '../call/call-driver';

/** The SDK's `DiagnosticQuality`: Good = 1, Poor = 2, Bad = 3 (values, so the SDK is not imported). */
const diagnosticQuality: Readonly<Record<number, NetworkQuality>> = { 1: 'good', 2: 'poor', 3: 'bad' };
const rank: Readonly<Record<NetworkQuality, number>> = { good: 0, poor: 1, bad: 2 };

/** One `UserFacingDiagnostics` network change, as the SDK's `diagnosticChanged` gives it. */
export interface AcsNetworkDiagnosticChange {
  readonly diagnostic: string;
  readonly value: unknown;
}

/**
 * Follows the SDK's network diagnostics for one call and says what each change means to the person.
 * `networkReconnect` is Poor while the SDK reconnects, Bad when it cannot, Good when it has; it counts
 * only once the call was connected. Send and receive quality make the network indicator: the worse
 * of the two.
 */
export function networkDiagnostics(): (
  change: AcsNetworkDiagnosticChange,
  wasConnected: boolean,
) => DriverEvent | undefined {
  const latest = { networkSendQuality: 'good' as NetworkQuality, networkReceiveQuality: 'good' as NetworkQuality };
  return ({ diagnostic, value }, wasConnected) => {
    const quality = typeof value === 'number' ? diagnosticQuality[value] : undefined;
    if (quality === undefined) return undefined;
    if (diagnostic === 'networkReconnect') {
      if (!wasConnected) return undefined;
      return { type: quality === 'good' ? 'connected' : 'reconnecting' };
    }
    if (diagnostic !== 'networkSendQuality' && diagnostic !== 'networkReceiveQuality') return undefined;
    latest[diagnostic] = quality;
    const { networkSendQuality: send, networkReceiveQuality: receive } = latest;
    return { type: 'network-quality', quality: rank[send] >= rank[receive] ? send : receive };
  };
}
