'use client';

import { presenceReplySchema, type PresenceReply } from '@portico/api-contract';
import { guestPhaseOf, type CallSession } from '@portico/call-client';
import type { GuestPhase } from '@portico/domain';
import type { LobbyNote } from '@portico/ui';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { PresenceReporter } from './presence-reporter';

const activePhases: ReadonlySet<GuestPhase> = new Set(['device-check', 'lobby', 'in-call']);

/**
 * Reports where the guest is to the organiser's front desk for as long as the page is open, with a
 * goodbye when it closes (a keepalive request outlives the page), and gives back the note staff left
 * for those waiting.
 */
export function useGuestPresence(session: CallSession, appointmentId: string): LobbyNote | undefined {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [note, setNote] = useState<LobbyNote | undefined>(undefined);
  const [reporter] = useState(() => {
    const path = `/api/appointments/${encodeURIComponent(appointmentId)}/presence`;
    const send = async (phase: GuestPhase): Promise<PresenceReply> => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ phase }),
        cache: 'no-store',
        keepalive: true,
      });
      if (!response.ok) throw new Error(`presence: ${response.status}`);
      return presenceReplySchema.parse(await response.json());
    };
    return new PresenceReporter(send, (reply) => setNote(reply.lobbyMessage ?? undefined));
  });

  useEffect(() => {
    reporter.report(guestPhaseOf(state.phase));
  }, [reporter, state.phase]);

  useEffect(() => {
    const goodbye = () => {
      if (reporter.current && activePhases.has(reporter.current)) reporter.report('left');
      reporter.stop();
    };
    window.addEventListener('pagehide', goodbye);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      reporter.stop();
    };
  }, [reporter]);

  return note;
}
