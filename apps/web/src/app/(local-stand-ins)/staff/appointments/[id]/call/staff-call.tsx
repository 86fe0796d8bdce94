'use client';

import { porticoError, type AcsMeetingLocator } from '@portico/domain';
import { CallSession, type DeviceChoice, type JoinRequest } from '@portico/call-client';
import { CallExperience } from '@portico/ui';
import { useState } from 'react';
import { loadCallDriver } from '@/call/load-call-driver';
import { renewOrganiserToken } from './renew-organiser-token';

export interface StaffCallProps {
  readonly appointmentId: string;
  readonly staffName: string;
  /** The staff member's id on the relay, as the relay names organisers. */
  readonly selfId: string;
  readonly locator: AcsMeetingLocator;
  readonly relayUrl: string;
}

/**
 * Staff join the local meeting from the portal as its organiser, through the same call driver guests
 * use, and admit guests from the lobby.
 */
export function StaffCall({ appointmentId, staffName, selfId, locator, relayUrl }: StaffCallProps) {
  const [session] = useState(() => new CallSession(() => loadCallDriver({ kind: 'relay', relayUrl })));
  const token = async () => {
    const minted = await renewOrganiserToken(appointmentId);
    if (!minted) throw porticoError('call.ticket-refused');
    return minted;
  };
  const buildJoinRequest = async (devices: DeviceChoice): Promise<JoinRequest> => ({
    token: await token(),
    selfId,
    displayName: staffName,
    locator,
    // The emulated chat rides on the relay, which stands in for the ACS resource locally.
    acsEndpoint: relayUrl,
    refreshToken: token,
    devices,
  });
  return <CallExperience session={session} organiserName={staffName} buildJoinRequest={buildJoinRequest} isOrganiser />;
}
