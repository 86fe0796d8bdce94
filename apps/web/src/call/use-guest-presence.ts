'use client';

import { presenceReplySchema, type PresenceReply } from '@portico/api-contract';
import { guestPhaseOf, type CallSession } from '@portico/call-client';
import type { GuestPhase } from '@portico/domain';
import type { LobbyNote } from '@portico/ui';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PresenceReporter } from './presence-reporter';

/**
 * Reports where the guest is to the organiser's front desk for as long as the page is open, with a
 * goodbye when it closes (a keepalive request outlives the page), and gives back the note staff left
 * for those waiting. A reporter lives as long as its effect, so a remount (React's strict mode, a
 * page restored from the back-forward cache) starts a fresh one.
 */
export function useGuestPresence(session: CallSession, appointmentId: string): LobbyNote | undefined {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [note, setNote] = useState<LobbyNote | undefined>(undefined);
  const reporter = useRef<PresenceReporter | undefined>(undefined);

  useEffect(() => {
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
    const current = new PresenceReporter(send, (reply) => setNote(reply.lobbyMessage ?? undefined));
    reporter.current = current;
    current.report(guestPhaseOf(session.getSnapshot().phase));
    const goodbye = () => current.leave();
    window.addEventListener('pagehide', goodbye);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      current.stop();
    };
  }, [session, appointmentId]);

  useEffect(() => {
    reporter.current?.report(guestPhaseOf(state.phase));
  }, [state.phase]);

  return note;
}
