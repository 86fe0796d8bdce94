import { porticoError, type ErrorCode } from '@portico/domain';
import {
  relayServerMessageSchema,
  type RelayClientMessage,
  type RelayParticipant,
  type RelayServerMessage,
} from '@portico/relay-protocol';
import type { CallConnection, CallDriver, DriverEvent, JoinRequest, VideoView } from '../call/call-driver';
import { VideoViewCache } from '../call/video-view-cache';
import { PeerLink } from './peer-link';

export interface LocalDriverOptions {
  /** The emulators' base URL, e.g. `http://127.0.0.1:7180`; the relay socket is `/relay/socket` on it. */
  readonly relayUrl: string;
}

interface RemotePeer {
  readonly link: PeerLink;
  readonly streams: Map<string, MediaStream>;
  readonly audio: HTMLAudioElement[];
}

/** Renders a stream into a container as a `<video>`; audio plays through separate elements. */
function videoView(id: string, participantId: string, kind: 'camera' | 'screen', stream: MediaStream): VideoView {
  return {
    id,
    participantId,
    kind,
    attach(container) {
      const video = document.createElement('video');
      video.autoplay = true;
      video.playsInline = true;
      video.muted = true;
      video.srcObject = stream;
      video.dataset['stream'] = kind;
      container.append(video);
      void video.play().catch(() => undefined);
      return () => {
        video.srcObject = null;
        video.remove();
      };
    },
  };
}

/**
 * The local call driver: joins the meeting relay (`apps/emulators`) over a WebSocket and holds real
 * WebRTC connections with every other participant (a mesh; no media server). It reports the same
 * events as the ACS driver, so the same UI runs on both.
 */
export function createLocalCallDriver(options: LocalDriverOptions): CallDriver {
  return {
    async join(request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection> {
      const camera = await openCamera(request);
      let screen: MediaStream | undefined;
      const videoViews = new VideoViewCache();
      const peers = new Map<string, RemotePeer>();
      let roster: RelayParticipant[] = [];
      let selfId = '';
      let admitted = false;
      let leaving = false;
      let handRaised = false;
      const local = { muted: request.devices.muted, cameraOn: request.devices.cameraOn && hasVideo(camera) };
      applyLocalMedia();

      const socket = new WebSocket(`${options.relayUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/relay/socket`);
      const send = (message: RelayClientMessage) => {
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      };

      function applyLocalMedia(): void {
        for (const track of camera?.getAudioTracks() ?? []) track.enabled = !local.muted;
        for (const track of camera?.getVideoTracks() ?? []) track.enabled = local.cameraOn;
      }

      function reportLocal(): void {
        emit({ type: 'local-media', ...local, sharingScreen: screen !== undefined, handRaised });
        send({ type: 'media', ...local, ...(screen ? { screenStreamId: screen.id } : {}) });
      }

      function reportVideos(): void {
        const videos: VideoView[] = [];
        if (camera && local.cameraOn) videos.push(videoView(`local:${camera.id}`, 'local', 'camera', camera));
        if (screen) videos.push(videoView(`local:${screen.id}`, 'local', 'screen', screen));
        for (const participant of roster) {
          const peer = peers.get(participant.id);
          for (const stream of peer?.streams.values() ?? []) {
            const kind = stream.id === participant.screenStreamId ? 'screen' : 'camera';
            const showing = kind === 'screen' || (participant.cameraOn && stream.getVideoTracks().length > 0);
            if (showing) videos.push(videoView(`${participant.id}:${stream.id}`, participant.id, kind, stream));
          }
        }
        emit({ type: 'videos', videos: videoViews.reuse(videos) });
      }

      function peerFor(participantId: string): RemotePeer {
        const existing = peers.get(participantId);
        if (existing) return existing;
        const peer: RemotePeer = {
          streams: new Map(),
          audio: [],
          link: new PeerLink(
            selfId > participantId,
            (signal) => send({ type: 'signal', to: participantId, signal }),
            (event) => {
              const stream = event.streams[0];
              if (!stream || peer.streams.has(stream.id)) return reportVideos();
              peer.streams.set(stream.id, stream);
              stream.addEventListener('removetrack', reportVideos);
              if (event.track.kind === 'audio' || stream.getAudioTracks().length > 0) playAudio(peer, stream);
              reportVideos();
            },
            (state) => {
              if (state === 'disconnected') emit({ type: 'reconnecting' });
              if (state === 'connected' && admitted) emit({ type: 'connected' });
            },
          ),
        };
        for (const track of camera?.getTracks() ?? []) if (camera) peer.link.connection.addTrack(track, camera);
        for (const track of screen?.getTracks() ?? []) if (screen) peer.link.connection.addTrack(track, screen);
        peers.set(participantId, peer);
        return peer;
      }

      function playAudio(peer: RemotePeer, stream: MediaStream): void {
        const audio = document.createElement('audio');
        audio.autoplay = true;
        audio.srcObject = stream;
        audio.hidden = true;
        const sink = request.devices.speakerId;
        if (sink && 'setSinkId' in audio)
          void (audio as HTMLAudioElement & { setSinkId(id: string): Promise<void> })
            .setSinkId(sink)
            .catch(() => undefined);
        document.body.append(audio);
        void audio.play().catch(() => undefined);
        peer.audio.push(audio);
      }

      function dropPeer(participantId: string): void {
        const peer = peers.get(participantId);
        if (!peer) return;
        peer.link.close();
        for (const audio of peer.audio) audio.remove();
        peers.delete(participantId);
      }

      function teardown(): void {
        for (const id of [...peers.keys()]) dropPeer(id);
        for (const track of [...(camera?.getTracks() ?? []), ...(screen?.getTracks() ?? [])]) track.stop();
        screen = undefined;
      }

      function onMessage(message: RelayServerMessage): void {
        switch (message.type) {
          case 'joined':
            selfId = message.selfId;
            admitted = message.admitted;
            emit(admitted ? { type: 'connected' } : { type: 'in-lobby' });
            reportLocal();
            reportVideos();
            return;
          case 'admitted':
            admitted = true;
            emit({ type: 'connected' });
            reportLocal();
            return;
          case 'roster': {
            roster = message.participants.filter((p) => p.id !== selfId);
            const present = new Set(roster.map((p) => p.id));
            for (const id of [...peers.keys()]) if (!present.has(id)) dropPeer(id);
            for (const participant of roster) peerFor(participant.id);
            emit({
              type: 'participants',
              participants: message.participants.map((p) => ({
                id: p.id,
                displayName: p.displayName,
                isOrganiser: p.role === 'organiser',
                muted: p.muted,
                handRaised: p.handRaised,
              })),
            });
            emit({ type: 'lobby', waiting: message.lobby.map(({ id, displayName }) => ({ id, displayName })) });
            reportVideos();
            return;
          }
          case 'capabilities':
            emit({ type: 'capabilities', capabilities: message.capabilities });
            return;
          case 'notices':
            emit({ type: 'notices', ...message.notices });
            return;
          case 'signal':
            void peerFor(message.from)
              .link.receive(message.signal)
              .catch(() => undefined);
            return;
          case 'chat':
            emit({ type: 'chat-message', message: { ...message.message, own: message.message.senderId === selfId } });
            return;
          case 'chat-unavailable':
            emit({ type: 'chat-unavailable' });
            return;
          case 'reaction':
            emit({ type: 'reaction', participantId: message.from, kind: message.kind });
            return;
          case 'ended':
            leaving = true;
            teardown();
            emit({
              type: 'ended',
              end:
                message.reason === 'refused'
                  ? { reason: 'refused', error: porticoError(knownCode(message.code)) }
                  : { reason: message.reason },
            });
            return;
        }
      }

      await new Promise<void>((resolve, reject) => {
        socket.addEventListener('open', () => resolve(), { once: true });
        socket.addEventListener('error', () => reject(porticoError('call.connection-lost')), { once: true });
      });
      socket.addEventListener('message', (event) => {
        const parsed = relayServerMessageSchema.safeParse(JSON.parse(String(event.data)));
        if (parsed.success) onMessage(parsed.data);
      });
      socket.addEventListener('close', () => {
        if (leaving) return;
        leaving = true;
        teardown();
        emit({ type: 'ended', end: { reason: 'failed', error: porticoError('call.connection-lost') } });
      });
      send({ type: 'join', token: request.token, locator: request.locator, displayName: request.displayName });

      const connection: CallConnection = {
        async setMuted(muted) {
          local.muted = muted;
          applyLocalMedia();
          reportLocal();
        },
        async setCameraOn(on) {
          local.cameraOn = on && hasVideo(camera);
          applyLocalMedia();
          reportLocal();
          reportVideos();
        },
        async startScreenShare() {
          if (screen) return;
          const shared = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
          screen = shared;
          for (const track of shared.getTracks()) {
            // The browser's own "Stop sharing" button ends the track.
            track.addEventListener('ended', () => void connection.stopScreenShare());
            for (const peer of peers.values()) peer.link.connection.addTrack(track, shared);
          }
          reportLocal();
          reportVideos();
        },
        async stopScreenShare() {
          const shared = screen;
          if (!shared) return;
          screen = undefined;
          const tracks = new Set(shared.getTracks());
          for (const peer of peers.values()) {
            for (const sender of peer.link.connection.getSenders()) {
              if (sender.track && tracks.has(sender.track)) peer.link.connection.removeTrack(sender);
            }
          }
          for (const track of tracks) track.stop();
          reportLocal();
          reportVideos();
        },
        async sendChat(text) {
          send({ type: 'chat', text });
        },
        async setHandRaised(raised) {
          handRaised = raised;
          send({ type: 'hand', raised });
          emit({ type: 'local-media', ...local, sharingScreen: screen !== undefined, handRaised });
        },
        async react(kind) {
          send({ type: 'reaction', kind });
        },
        async admit(participantId) {
          send({ type: 'admit', participantId });
        },
        async leave() {
          if (leaving) return;
          leaving = true;
          send({ type: 'leave' });
          teardown();
          socket.close(1000);
          emit({ type: 'ended', end: { reason: 'left' } });
        },
      };
      return connection;
    },
  };
}

/** The camera and microphone chosen on the device check; fewer devices when some are missing. */
async function openCamera(request: JoinRequest): Promise<MediaStream | undefined> {
  const { cameraId, microphoneId } = request.devices;
  const audio: MediaTrackConstraints | boolean = microphoneId ? { deviceId: { exact: microphoneId } } : true;
  const video: MediaTrackConstraints | boolean = cameraId ? { deviceId: { exact: cameraId } } : true;
  for (const constraints of [{ audio, video }, { audio }, { video }]) {
    try {
      return await navigator.mediaDevices.getUserMedia(constraints);
    } catch {
      // Try with fewer devices: a guest without a camera can still talk, one without either can listen.
    }
  }
  return undefined;
}

const hasVideo = (stream: MediaStream | undefined) => (stream?.getVideoTracks().length ?? 0) > 0;

const relayRefusals = new Set<ErrorCode>(['call.ticket-refused', 'request.invalid', 'meeting-link.malformed']);
function knownCode(code: string | undefined): ErrorCode {
  return relayRefusals.has(code as ErrorCode) ? (code as ErrorCode) : 'call.ticket-refused';
}
