'use client';

import { callTokenSchema, joinTicketSchema } from '@portico/api-contract';
import { CallSession, type DeviceChoice, type JoinRequest } from '@portico/call-client';
import type { DialIn } from '@portico/domain';
import { CallExperience, type EarlyArrival } from '@portico/ui';
import { useState } from 'react';
import type { CallDriverSetting } from './call-driver-setting';
import { loadCallDriver } from './load-call-driver';
import { postForJson, postJson } from './post-for-json';
import { useGuestPresence } from './use-guest-presence';

export interface GuestCallProps {
  readonly appointmentId: string;
  readonly organiserName: string;
  readonly driver: CallDriverSetting;
  /** How to join the audio by phone, when the meeting has audio conferencing. */
  readonly dialIn?: DialIn | undefined;
  /** Set while the join window has not opened yet. */
  readonly early?: EarlyArrival | undefined;
}

/**
 * The guest's call: asks the portal for a join ticket when they press "Join" (the portal checks the
 * appointment every time), renews the token through the portal for as long as the call lasts, and
 * tells the organiser's front desk where the guest is.
 */
export function GuestCall({ appointmentId, organiserName, driver, early, dialIn }: GuestCallProps) {
  const [session] = useState(() => new CallSession(() => loadCallDriver(driver)));
  const base = `/api/appointments/${encodeURIComponent(appointmentId)}/join-ticket`;
  const lobbyMessage = useGuestPresence(session, appointmentId);

  const buildJoinRequest = async (devices: DeviceChoice): Promise<JoinRequest> => {
    const ticket = await postForJson(base, joinTicketSchema);
    return {
      token: ticket.token,
      selfId: ticket.userId,
      displayName: ticket.displayName,
      locator: ticket.locator,
      ...(ticket.chatThreadId === undefined ? {} : { chatThreadId: ticket.chatThreadId }),
      acsEndpoint: ticket.acsEndpoint,
      refreshToken: async () => (await postForJson(`${base}/refresh`, callTokenSchema)).token,
      devices,
    };
  };

  return (
    <CallExperience
      session={session}
      organiserName={organiserName}
      early={early}
      dialIn={dialIn}
      lobbyMessage={lobbyMessage}
      callKey={`appointment:${appointmentId}`}
      buildJoinRequest={buildJoinRequest}
      sendFeedback={(feedback) => postJson(`/api/appointments/${encodeURIComponent(appointmentId)}/feedback`, feedback)}
    />
  );
}
