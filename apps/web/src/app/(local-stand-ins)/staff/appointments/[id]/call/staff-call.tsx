'use client';

import { porticoError } from '@portico/domain';
import { CallSession, type DeviceChoice, type JoinRequest } from '@portico/call-client';
import { CallExperience } from '@portico/ui';
import { useState } from 'react';
import { loadCallDriver } from '@/call/load-call-driver';
import { renewOrganiserToken } from './renew-organiser-token';

export interface StaffCallProps {
  readonly appointmentId: string;
  readonly staffName: string;
  readonly joinUrl: string;
  readonly relayUrl: string;
}

/** Staff join the local meeting from the portal as its organiser, and admit guests from the lobby. */
export function StaffCall({ appointmentId, staffName, joinUrl, relayUrl }: StaffCallProps) {
  const [session] = useState(() => new CallSession(() => loadCallDriver({ kind: 'relay', relayUrl })));
  const token = async () => {
    const minted = await renewOrganiserToken(appointmentId);
    if (!minted) throw porticoError('call.ticket-refused');
    return minted;
  };
  const buildJoinRequest = async (devices: DeviceChoice): Promise<JoinRequest> => ({
    token: await token(),
    displayName: staffName,
    locator: { meetingLink: joinUrl },
    refreshToken: token,
    devices,
  });
  return <CallExperience session={session} organiserName={staffName} buildJoinRequest={buildJoinRequest} isOrganiser />;
}
