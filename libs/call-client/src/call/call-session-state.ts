import { noCapabilities, type CallCapabilities, type PorticoError, type ReactionKind } from '@portico/domain';
import type {
  CallEnd,
  CallParticipant,
  ChatMessage,
  DevicesInUse,
  DriverEvent,
  EffectsState,
  LobbyGuest,
  NetworkQuality,
  VideoView,
} from './call-driver';

/** Where the person is in the call; the UI shows one screen per phase. */
export type CallPhase =
  'checking-devices' | 'joining' | 'in-lobby' | 'connected' | 'reconnecting' | 'left' | 'removed' | 'refused' | 'ended';

/** Chat is open only while connected; afterwards it is closed and says why. */
export type ChatState =
  | { readonly status: 'closed'; readonly because: 'not-joined' | 'left' | 'removed' | 'ended' }
  | { readonly status: 'available'; readonly messages: readonly ChatMessage[] }
  | { readonly status: 'unavailable' };

export interface CallSessionState {
  readonly phase: CallPhase;
  /** Why the call was refused or ended, when a reason is known. */
  readonly error?: PorticoError;
  readonly participants: readonly CallParticipant[];
  readonly lobby: readonly LobbyGuest[];
  /** Participant ids, the latest speaker first. */
  readonly dominantSpeakers: readonly string[];
  readonly videos: readonly VideoView[];
  readonly capabilities: CallCapabilities;
  readonly notices: {
    readonly recording: boolean;
    readonly transcribing: boolean;
    /** The meeting waits for the person to agree to being recorded before it lets them talk or show. */
    readonly consentRequired: boolean;
    /** Someone in the meeting muted the person; shown until they unmute. */
    readonly mutedByOrganiser: boolean;
  };
  /** Why the person's last action (unmute, camera on) was refused, until the next one succeeds. */
  readonly refusedAction?: PorticoError;
  readonly chat: ChatState;
  /** How often the person got into the call this visit; from the second time, earlier chat is gone. */
  readonly timesInCall: number;
  readonly captions: CaptionsState;
  readonly local: {
    readonly muted: boolean;
    readonly cameraOn: boolean;
    readonly sharingScreen: boolean;
    readonly handRaised: boolean;
    readonly devices: DevicesInUse;
  };
  /** Who else typed in the chat lately, the latest notice per person; the UI lets a notice lapse. */
  readonly typing: readonly ChatTypist[];
  /** The background and noise suppression the person chose, and what this browser can do. */
  readonly effects: EffectsState;
  /** How the person's connection and microphone are doing, from the SDK's diagnostics. */
  readonly health: { readonly network: NetworkQuality; readonly microphoneFailing: boolean };
  /** Recent reactions, each with its sender's name as it was, so it stays theirs after they leave. */
  readonly reactions: readonly {
    readonly id: number;
    readonly participantId: string;
    readonly senderName: string;
    readonly kind: ReactionKind;
  }[];
}

/** Someone typing in the chat, as of the chat service's last notice. */
export interface ChatTypist {
  readonly participantId: string;
  readonly name: string;
  readonly at: string;
}

/** A phrase of the live captions; a partial one is replaced by the next from its speaker. */
export interface CaptionLine {
  readonly id: number;
  readonly speakerId: string;
  readonly speakerName: string;
  readonly text: string;
  readonly final: boolean;
}

/** The meeting's live captions for the person: offered once the meeting reports them. */
export interface CaptionsState {
  readonly available: boolean;
  readonly active: boolean;
  readonly spokenLanguage: string;
  readonly spokenLanguages: readonly string[];
  readonly captionLanguage: string;
  readonly captionLanguages: readonly string[];
  /** The latest phrases, oldest first. */
  readonly lines: readonly CaptionLine[];
}

/** What happens to a session: the person's own steps, and what the driver reports. */
export type CallSessionEvent =
  | { readonly type: 'join-started' }
  | { readonly type: 'join-failed'; readonly error: PorticoError }
  | { readonly type: 'action-refused'; readonly error: PorticoError }
  | DriverEvent;

export const initialCallSessionState: CallSessionState = {
  phase: 'checking-devices',
  participants: [],
  lobby: [],
  dominantSpeakers: [],
  videos: [],
  capabilities: noCapabilities,
  notices: { recording: false, transcribing: false, consentRequired: false, mutedByOrganiser: false },
  chat: { status: 'closed', because: 'not-joined' },
  timesInCall: 0,
  captions: {
    available: false,
    active: false,
    spokenLanguage: '',
    spokenLanguages: [],
    captionLanguage: '',
    captionLanguages: [],
    lines: [],
  },
  local: { muted: false, cameraOn: true, sharingScreen: false, handRaised: false, devices: {} },
  typing: [],
  effects: {
    background: { kind: 'none' },
    noiseSuppression: false,
    supported: { background: true, noiseSuppression: true },
  },
  health: { network: 'good', microphoneFailing: false },
  reactions: [],
};

const activePhases: ReadonlySet<CallPhase> = new Set(['joining', 'in-lobby', 'connected', 'reconnecting']);

/** Whether a call is under way in this phase (joining, waiting, or in it). */
export const isActivePhase = (phase: CallPhase): boolean => activePhases.has(phase);
const finishedPhases: ReadonlySet<CallPhase> = new Set(['checking-devices', 'left', 'removed', 'refused', 'ended']);
/** How many recent reactions the stage keeps for display. */
const reactionsKept = 5;
/** How many caption phrases stay on screen. */
const captionLinesKept = 3;

/**
 * The call session as a pure state machine: checking devices → joining → in lobby → connected ⇄
 * reconnecting → left / removed / refused / ended, and back to joining for a rejoin. Events that do
 * not fit the phase (a late event from a call already left) change nothing.
 */
export function reduceCallSession(state: CallSessionState, event: CallSessionEvent): CallSessionState {
  if (event.type === 'join-started') {
    if (!finishedPhases.has(state.phase)) return state;
    const { error: _previous, ...rest } = state;
    return {
      ...rest,
      phase: 'joining',
      participants: [],
      lobby: [],
      dominantSpeakers: [],
      videos: [],
      capabilities: noCapabilities,
      chat: { status: 'closed', because: 'not-joined' },
      captions: initialCallSessionState.captions,
      typing: [],
      health: initialCallSessionState.health,
      reactions: [],
    };
  }
  if (!isActivePhase(state.phase)) return state;
  switch (event.type) {
    case 'join-failed':
      return finish(state, 'refused', event.error);
    case 'in-lobby':
      return state.phase === 'joining' ? { ...state, phase: 'in-lobby' } : state;
    case 'connected':
      return {
        ...state,
        phase: 'connected',
        timesInCall:
          state.phase === 'reconnecting' || state.phase === 'connected' ? state.timesInCall : state.timesInCall + 1,
        chat: openChat(state.chat, state.capabilities),
      };
    case 'reconnecting':
      return state.phase === 'connected' ? { ...state, phase: 'reconnecting' } : state;
    case 'ended':
      return endedBy(state, event.end);
    case 'participants':
      return { ...state, participants: event.participants };
    case 'lobby':
      return { ...state, lobby: event.waiting };
    case 'dominant-speakers':
      return { ...state, dominantSpeakers: event.participantIds };
    case 'videos':
      return { ...state, videos: event.videos };
    case 'capabilities': {
      const chat = isInCall(state) ? chatFor(state.chat, event.capabilities) : state.chat;
      return { ...state, capabilities: event.capabilities, chat };
    }
    case 'notices':
      return {
        ...state,
        notices: {
          ...state.notices,
          recording: event.recording,
          transcribing: event.transcribing,
          consentRequired: event.consentRequired,
        },
      };
    case 'muted-by-organiser':
      return { ...state, notices: { ...state.notices, mutedByOrganiser: true } };
    case 'effects':
      return { ...state, effects: event.effects };
    case 'network-quality':
      return { ...state, health: { ...state.health, network: event.quality } };
    case 'microphone-failing':
      return { ...state, health: { ...state.health, microphoneFailing: event.failing } };
    case 'action-refused':
      return { ...state, refusedAction: event.error };
    case 'chat-message':
      return state.chat.status === 'available'
        ? {
            ...state,
            chat: { status: 'available', messages: [...state.chat.messages, event.message] },
            // A message ends its sender's typing.
            typing: state.typing.filter((typist) => typist.participantId !== event.message.senderId),
          }
        : state;
    case 'chat-image':
      return state.chat.status === 'available'
        ? {
            ...state,
            chat: {
              status: 'available',
              messages: state.chat.messages.map((message) =>
                message.id === event.messageId
                  ? {
                      ...message,
                      images: message.images.map((image) => (image.id === event.image.id ? event.image : image)),
                    }
                  : message,
              ),
            },
          }
        : state;
    case 'chat-typing':
      return state.chat.status === 'available'
        ? {
            ...state,
            typing: [
              ...state.typing.filter((typist) => typist.participantId !== event.participantId),
              { participantId: event.participantId, name: event.name, at: event.at },
            ],
          }
        : state;
    case 'chat-unavailable':
      return isInCall(state) ? { ...state, chat: { status: 'unavailable' } } : state;
    case 'reaction':
      return {
        ...state,
        reactions: [
          ...state.reactions.slice(-(reactionsKept - 1)),
          {
            id: (state.reactions.at(-1)?.id ?? 0) + 1,
            participantId: event.participantId,
            senderName: state.participants.find((p) => p.id === event.participantId)?.displayName ?? '',
            kind: event.kind,
          },
        ],
      };
    case 'captions':
      return {
        ...state,
        captions: {
          available: true,
          active: event.active,
          spokenLanguage: event.spokenLanguage,
          spokenLanguages: event.spokenLanguages,
          captionLanguage: event.captionLanguage,
          captionLanguages: event.captionLanguages,
          lines: event.active ? state.captions.lines : [],
        },
      };
    case 'caption':
      return state.captions.active ? { ...state, captions: withCaption(state.captions, event) } : state;
    case 'local-media': {
      const { refusedAction: _refused, ...rest } = state;
      const changed = event.muted !== state.local.muted || event.cameraOn !== state.local.cameraOn;
      return {
        ...(changed ? rest : state),
        notices: { ...state.notices, mutedByOrganiser: state.notices.mutedByOrganiser && event.muted },
        local: {
          muted: event.muted,
          cameraOn: event.cameraOn,
          sharingScreen: event.sharingScreen,
          handRaised: event.handRaised,
          devices: event.devices,
        },
      };
    }
  }
}

function withCaption(captions: CaptionsState, caption: Omit<CaptionLine, 'id'>): CaptionsState {
  const last = captions.lines.at(-1);
  const continues = last !== undefined && !last.final && last.speakerId === caption.speakerId;
  const { speakerId, speakerName, text, final } = caption;
  const line = { id: continues ? last.id : (last?.id ?? 0) + 1, speakerId, speakerName, text, final };
  const kept = continues ? captions.lines.slice(0, -1) : captions.lines;
  return { ...captions, lines: [...kept, line].slice(-captionLinesKept) };
}

const isInCall = (state: CallSessionState) => state.phase === 'connected' || state.phase === 'reconnecting';

function openChat(chat: ChatState, capabilities: CallCapabilities): ChatState {
  if (chat.status === 'available' || chat.status === 'unavailable') return chat;
  return capabilities.chat ? { status: 'available', messages: [] } : chat;
}

/** Capabilities can arrive before or after `connected`, and can change during the call. */
function chatFor(chat: ChatState, capabilities: CallCapabilities): ChatState {
  if (chat.status === 'unavailable') return chat;
  if (!capabilities.chat) return { status: 'unavailable' };
  return openChat(chat, capabilities);
}

function endedBy(state: CallSessionState, end: CallEnd): CallSessionState {
  switch (end.reason) {
    case 'left':
      return finish(state, 'left');
    case 'joined-elsewhere':
      return finish(state, 'left', { code: 'call.joined-elsewhere' });
    case 'removed':
      return finish(state, 'removed', { code: 'call.removed' });
    case 'not-admitted':
      return finish(state, 'refused', { code: 'call.not-admitted' });
    case 'meeting-ended':
      return finish(state, 'ended', { code: 'call.meeting-ended' });
    case 'refused':
      return finish(state, 'refused', end.error);
    case 'failed':
      return finish(state, 'ended', end.error);
  }
}

function finish(
  state: CallSessionState,
  phase: 'left' | 'removed' | 'refused' | 'ended',
  error?: PorticoError,
): CallSessionState {
  const { error: _previous, refusedAction: _refused, ...rest } = state;
  const because = phase === 'refused' ? 'not-joined' : phase;
  return {
    ...rest,
    ...(error === undefined ? {} : { error }),
    phase,
    participants: [],
    lobby: [],
    dominantSpeakers: [],
    videos: [],
    capabilities: noCapabilities,
    chat: { status: 'closed', because },
    captions: initialCallSessionState.captions,
    notices: initialCallSessionState.notices,
    local: { ...state.local, sharingScreen: false, handRaised: false },
    typing: [],
    effects: initialCallSessionState.effects,
    health: initialCallSessionState.health,
    reactions: [],
  };
}
