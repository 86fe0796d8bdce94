import type {
  CallEndReason,
  CallFeature,
  CallFeatureFactory,
  CallState,
  ParticipantCapabilities,
  ParticipantRole,
} from '@azure/communication-calling';
import type {
  CallAudioStreamSurface,
  CallSurface,
  JoinOptionsSurface,
  LocalVideoStreamSurface,
} from '@portico/call-client/acs-driver';
import {
  relayServerMessageSchema,
  type RelayClientMessage,
  type RelayParticipant,
  type RelaySignal,
  type RelayServerMessage,
} from '@portico/relay-protocol';
import { EmulatedCallInfo } from './emulated-call-info';
import { EmulatedCaptions } from './emulated-captions';
import { browserIdOf, type EmulatedDeviceManager } from './emulated-device-manager';
import {
  EmulatedCapabilities,
  EmulatedDiagnostics,
  EmulatedRaiseHand,
  EmulatedReaction,
  EmulatedRecording,
  EmulatedTranscription,
  emulatedFeatures,
} from './emulated-features';
import { EmulatedLobby } from './emulated-lobby';
import { EmulatedRemoteParticipant } from './emulated-remote-participant';
import { EmulatedLocalVideoStream, EmulatedRemoteVideoStream } from './emulated-video-streams';
import { Listeners } from './listeners';
import type { MeetingChatHub } from './meeting-chat-hub';
import { PeerLink } from './peer-link';
import { SpeakingDetector } from './speaking-detector';
import { EmulatedDominantSpeakers } from './emulated-dominant-speakers';

export interface EmulatedCallOptions {
  readonly relayUrl: string;
  readonly token: string;
  readonly displayName: string;
  readonly locator: { meetingLink: string } | { meetingId: string; passcode: string };
  readonly joinOptions: JoinOptionsSurface | undefined;
  readonly devices: EmulatedDeviceManager;
  readonly chat: MeetingChatHub;
  /** The agent's connection is gone: its token expired without a renewal. */
  readonly onTokenInvalid: () => void;
}

/** The call-end code ACS reports when the connection to the service is lost. */
const connectionLost: CallEndReason = { code: 410, subCode: 3112 };

interface Peer {
  readonly link: PeerLink;
  readonly audio: HTMLAudioElement[];
  speaking?: SpeakingDetector;
}

/**
 * The SDK's `Call`, over the meeting relay: the relay plays the Teams meeting (lobby, roster,
 * capabilities, notices, call ends) and media flows browser to browser over real WebRTC, a mesh with
 * one connection per other participant.
 */
export class EmulatedCall implements CallSurface {
  private readonly listeners = new Listeners();
  private readonly callInfo = new EmulatedCallInfo();
  private readonly waitingRoom: EmulatedLobby;
  private readonly socket: WebSocket;
  private readonly capabilities = new EmulatedCapabilities();
  private readonly raiseHand: EmulatedRaiseHand;
  private readonly reaction: EmulatedReaction;
  private readonly recording: EmulatedRecording;
  private readonly transcription: EmulatedTranscription;
  private readonly diagnostics = new EmulatedDiagnostics();
  private readonly dominantSpeakers = new EmulatedDominantSpeakers();
  private readonly captions = new EmulatedCaptions(
    () => this.capabilities.capabilities.setCaptionLanguage?.isPresent === true,
  );
  private readonly features: ReadonlyMap<unknown, object>;
  private readonly participants = new Map<string, EmulatedRemoteParticipant>();
  private readonly peers = new Map<string, Peer>();
  private readonly remoteStreams = new Map<string, EmulatedRemoteVideoStream>();
  private roster: readonly RelayParticipant[] = [];
  private nextStreamId = 1;
  private selfId = '';
  private currentState: CallState = 'Connecting';
  private endReason: CallEndReason | undefined;
  private selfRole: ParticipantRole = 'Attendee';
  private muted: boolean;
  private camera: EmulatedLocalVideoStream | undefined;
  private screen: EmulatedLocalVideoStream | undefined;
  /** The WebRTC stream id of the screen share, which peers learn from the roster. */
  private screenMediaId: string | undefined;
  /** The microphone and camera tracks sent to every peer, as one stream. */
  private readonly outgoing = new MediaStream();
  private readonly ready: Promise<void>;
  /** The newest token from the agent, and the one the relay last heard. */
  private token: string;
  private presentedToken = '';

  constructor(private readonly options: EmulatedCallOptions) {
    this.muted = options.joinOptions?.audioOptions?.muted ?? false;
    this.token = options.token;
    options.devices.on('selectedMicrophoneChanged', this.followMicrophone);
    options.devices.on('selectedSpeakerChanged', this.followSpeaker);
    const send = (message: RelayClientMessage) => this.send(message);
    this.waitingRoom = new EmulatedLobby(send);
    this.raiseHand = new EmulatedRaiseHand(send);
    this.reaction = new EmulatedReaction(send);
    this.recording = new EmulatedRecording(send);
    this.transcription = new EmulatedTranscription(send);
    this.features = new Map<unknown, object>([
      [emulatedFeatures.Capabilities, this.capabilities],
      [emulatedFeatures.Captions, this.captions],
      [emulatedFeatures.DominantSpeakers, this.dominantSpeakers],
      [emulatedFeatures.RaiseHand, this.raiseHand],
      [emulatedFeatures.Reaction, this.reaction],
      [emulatedFeatures.Recording, this.recording],
      [emulatedFeatures.Transcription, this.transcription],
      [emulatedFeatures.UserFacingDiagnostics, this.diagnostics],
    ]);
    this.socket = new WebSocket(`${options.relayUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/relay/socket`);
    this.ready = this.openMedia();
    this.socket.addEventListener('open', () => void this.ready.then(() => this.sendJoin()));
    this.socket.addEventListener('message', (event) => {
      const parsed = relayServerMessageSchema.safeParse(safeJson(String(event.data)));
      if (parsed.success) this.receive(parsed.data);
    });
    this.socket.addEventListener('close', () => this.end(this.endReason ?? connectionLost));
  }

  get state(): CallState {
    return this.currentState;
  }

  get callEndReason(): CallEndReason | undefined {
    return this.endReason;
  }

  get role(): ParticipantRole {
    return this.selfRole;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get isScreenSharingOn(): boolean {
    return this.screen !== undefined;
  }

  get localVideoStreams(): readonly LocalVideoStreamSurface[] {
    return [this.camera, this.screen].filter((stream) => stream !== undefined);
  }

  /** The microphone the call sends, with the SDK's audio effects: noise suppression by the browser's own. */
  get localAudioStreams(): readonly CallAudioStreamSurface[] {
    return [this.microphoneStream];
  }

  /** Unset until the person chooses, so the browser's own default applies, as with the SDK. */
  private noiseSuppression: boolean | undefined;
  private readonly microphoneStream: CallAudioStreamSurface = {
    feature: () => ({
      isSupported: async (effect) =>
        typeof effect === 'string'
          ? effect === 'BrowserNoiseSuppression' &&
            navigator.mediaDevices.getSupportedConstraints().noiseSuppression === true
          : effect.isSupported(),
      startEffects: async (effects) => {
        if (effects.noiseSuppression) await this.suppressNoise(true);
      },
      stopEffects: async (effects) => {
        if (effects.noiseSuppression) await this.suppressNoise(false);
      },
    }),
  };

  /** The browser's noise suppression on the microphone being sent, kept when the microphone changes. */
  private async suppressNoise(on: boolean): Promise<void> {
    this.noiseSuppression = on;
    await Promise.all(this.outgoing.getAudioTracks().map((track) => track.applyConstraints({ noiseSuppression: on })));
  }

  get remoteParticipants(): readonly EmulatedRemoteParticipant[] {
    return [...this.participants.values()];
  }

  get info(): EmulatedCallInfo {
    return this.callInfo;
  }

  get lobby(): EmulatedLobby {
    return this.waitingRoom;
  }

  feature<TFeature extends CallFeature>(factory: CallFeatureFactory<TFeature>): TFeature {
    const feature = this.features.get(factory);
    if (!feature) throw new Error('This call feature is not emulated.');
    // The driver reads a feature only through the members its surface types name, which these implement.
    return feature as TFeature;
  }

  async hangUp(): Promise<void> {
    this.send({ type: 'leave' });
    this.end({ code: 0, subCode: 0 });
  }

  async mute(): Promise<void> {
    this.setMuted(true);
  }

  async unmute(): Promise<void> {
    if (this.capabilities.capabilities.unmuteMic?.isPresent === false) {
      throw new Error('The meeting does not allow unmuting now.');
    }
    this.setMuted(false);
  }

  async startVideo(stream: LocalVideoStreamSurface): Promise<void> {
    if (!(stream instanceof EmulatedLocalVideoStream)) throw new Error('The emulation sends only its own streams.');
    if (this.capabilities.capabilities.turnVideoOn?.isPresent === false) {
      throw new Error('The meeting does not allow video now.');
    }
    const media = await stream.media();
    if (this.currentState === 'Disconnected') return stream.dispose();
    this.camera = stream;
    stream.on('videoSourceChanged', this.followCamera);
    for (const track of media.getVideoTracks()) this.addOutgoing(track, this.outgoing);
    this.reportMedia();
    this.listeners.emit('localVideoStreamsUpdated', { added: [stream], removed: [] });
  }

  async stopVideo(stream: LocalVideoStreamSurface): Promise<void> {
    if (stream !== this.camera || !this.camera) return;
    const stopping = this.camera;
    this.camera = undefined;
    stopping.off('videoSourceChanged', this.followCamera);
    for (const track of this.outgoing.getVideoTracks()) this.removeOutgoing(track, this.outgoing);
    stopping.dispose();
    this.reportMedia();
    this.listeners.emit('localVideoStreamsUpdated', { added: [], removed: [stopping] });
  }

  async startScreenSharing(): Promise<void> {
    if (this.screen) return;
    const media = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    // The call may have ended while the person picked what to share.
    if (this.currentState === 'Disconnected' || this.screen) {
      for (const track of media.getTracks()) track.stop();
      return;
    }
    const screen = new EmulatedLocalVideoStream(
      { id: 'screen', name: 'Screen', deviceType: 'ScreenSharing' },
      'ScreenSharing',
      media,
    );
    this.screen = screen;
    this.screenMediaId = media.id;
    // The roster names the stream before its tracks arrive, so peers know it for a screen.
    this.reportMedia();
    for (const track of media.getTracks()) {
      // The browser's own "Stop sharing" button ends the track.
      track.addEventListener('ended', () => void this.stopScreenSharing());
      this.addOutgoing(track, media);
    }
    this.listeners.emit('isScreenSharingOnChanged');
    this.listeners.emit('localVideoStreamsUpdated', { added: [screen], removed: [] });
  }

  async stopScreenSharing(): Promise<void> {
    const screen = this.screen;
    if (!screen) return;
    this.screen = undefined;
    const media = await screen.media();
    for (const track of media.getTracks()) this.removeOutgoing(track, media);
    screen.dispose();
    this.reportMedia();
    this.listeners.emit('isScreenSharingOnChanged');
    this.listeners.emit('localVideoStreamsUpdated', { added: [], removed: [screen] });
  }

  on(event: string, listener: (args: never) => void): void {
    this.listeners.on(event, listener);
  }

  /** A renewed token for the relay, as the SDK presents one while the call lasts. */
  renew(token: string): void {
    this.token = token;
    this.presentToken();
  }

  private presentToken(): void {
    if (this.selfId === '' || this.token === this.presentedToken) return;
    this.presentedToken = this.token;
    this.send({ type: 'renew', token: this.token });
  }

  private async openMicrophone(): Promise<MediaStream> {
    const microphone = this.options.devices.selectedMicrophone;
    return navigator.mediaDevices.getUserMedia({
      audio: {
        ...(microphone ? { deviceId: { exact: browserIdOf(microphone.id) } } : {}),
        ...(this.noiseSuppression === undefined ? {} : { noiseSuppression: this.noiseSuppression }),
      },
    });
  }

  private async openMedia(): Promise<void> {
    try {
      const audio = await this.openMicrophone();
      if (this.currentState === 'Disconnected') {
        for (const track of audio.getTracks()) track.stop();
        return;
      }
      for (const track of audio.getAudioTracks()) {
        track.enabled = !this.muted;
        this.outgoing.addTrack(track);
      }
    } catch {
      // A guest without a microphone can still listen and watch.
    }
    const camera = this.options.joinOptions?.videoOptions?.localVideoStreams?.[0];
    if (camera) await this.startVideo(camera).catch(() => undefined);
  }

  /** The selected microphone changed: the new one replaces the old on every connection, muted as it was. */
  private readonly followMicrophone = (): void => {
    void this.openMicrophone()
      .then((audio) => {
        const [track] = audio.getAudioTracks();
        if (!track || this.currentState === 'Disconnected') return audio.getTracks().forEach((t) => t.stop());
        track.enabled = !this.muted;
        this.replaceOutgoing('audio', track);
      })
      .catch(() => undefined);
  };

  private readonly followSpeaker = (): void => {
    for (const peer of this.peers.values()) for (const audio of peer.audio) this.playOnSelectedSpeaker(audio);
  };

  /** The camera stream switched its source: send the new camera's track instead. */
  private readonly followCamera = (): void => {
    void this.camera
      ?.media()
      .then((media) => {
        const [track] = media.getVideoTracks();
        if (track) this.replaceOutgoing('video', track);
      })
      .catch(() => undefined);
  };

  private replaceOutgoing(kind: 'audio' | 'video', track: MediaStreamTrack): void {
    const old = kind === 'audio' ? this.outgoing.getAudioTracks() : this.outgoing.getVideoTracks();
    for (const peer of this.peers.values()) {
      for (const sender of peer.link.connection.getSenders()) {
        if (sender.track && old.includes(sender.track)) void sender.replaceTrack(track).catch(() => undefined);
      }
    }
    for (const previous of old) {
      this.outgoing.removeTrack(previous);
      // The camera stream stops its own old track when it switches.
      if (kind === 'audio') previous.stop();
    }
    this.outgoing.addTrack(track);
  }

  private sendJoin(): void {
    this.presentedToken = this.token;
    this.send({
      type: 'join',
      token: this.token,
      locator: this.options.locator,
      displayName: this.options.displayName,
    });
  }

  private send(message: RelayClientMessage): void {
    // The relay hears nothing before the join; the joined handler reports the media state then.
    const joined = message.type === 'join' || this.selfId !== '';
    if (joined && this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** What the meeting no longer allows is turned off, as the SDK does when capabilities change. */
  private keepWithinCapabilities(): void {
    const { unmuteMic, turnVideoOn, shareScreen } = this.capabilities.capabilities;
    if (unmuteMic?.isPresent === false && !this.muted) this.setMuted(true);
    if (turnVideoOn?.isPresent === false && this.camera) void this.stopVideo(this.camera);
    if (shareScreen?.isPresent === false && this.screen) void this.stopScreenSharing();
  }

  private connected(): void {
    this.options.chat.connect({
      chat: (text) => this.send({ type: 'chat', text }),
      typing: () => this.send({ type: 'typing' }),
    });
    this.setState('Connected');
  }

  private setState(next: CallState): void {
    if (next === this.currentState) return;
    this.currentState = next;
    this.listeners.emit('stateChanged');
  }

  private setMuted(muted: boolean): void {
    this.muted = muted;
    for (const track of this.outgoing.getAudioTracks()) track.enabled = !muted;
    this.reportMedia();
    this.listeners.emit('isMutedChanged');
  }

  private reportMedia(): void {
    const screenStreamId = this.screen ? this.screenMediaId : undefined;
    this.send({
      type: 'media',
      muted: this.muted,
      cameraOn: this.camera !== undefined,
      mediaStreamId: this.outgoing.id,
      ...(screenStreamId ? { screenStreamId } : {}),
    });
  }

  private addOutgoing(track: MediaStreamTrack, stream: MediaStream): void {
    if (stream === this.outgoing) this.outgoing.addTrack(track);
    for (const peer of this.peers.values()) peer.link.connection.addTrack(track, stream);
  }

  private removeOutgoing(track: MediaStreamTrack, stream: MediaStream): void {
    for (const peer of this.peers.values()) {
      for (const sender of peer.link.connection.getSenders()) {
        if (sender.track === track) peer.link.connection.removeTrack(sender);
      }
    }
    if (stream === this.outgoing) this.outgoing.removeTrack(track);
    track.stop();
  }

  private receive(message: RelayServerMessage): void {
    switch (message.type) {
      case 'joined':
        this.selfId = message.selfId;
        this.selfRole = message.role === 'organiser' ? 'Organizer' : 'Attendee';
        // A token renewed while the join was on its way is presented now.
        this.presentToken();
        this.reportMedia();
        return message.admitted ? this.connected() : this.setState('InLobby');
      case 'admitted':
        this.reportMedia();
        return this.connected();
      case 'roster':
        return this.applyRoster(message.participants, message.lobby);
      case 'call-info':
        return this.callInfo.named(message.threadId);
      case 'capabilities':
        this.capabilities.update(message.capabilities as Partial<ParticipantCapabilities>);
        return this.keepWithinCapabilities();
      case 'notices':
        this.recording.update(message.notices);
        this.transcription.update(message.notices);
        // Consent changes what the person may do, as a capability change does in the SDK.
        return this.capabilities.update(this.capabilities.capabilities);
      case 'muted-by-others':
        this.setMuted(true);
        return this.listeners.emit('mutedByOthers');
      case 'diagnostic':
        return this.diagnostics.networkChanged(message.diagnostic, message.value);
      case 'media-diagnostic':
        return this.diagnostics.microphoneNotFunctioning(message.value);
      case 'signal':
        return this.receiveSignal(message.from, message.signal);
      case 'chat': {
        const threadId = this.callInfo.threadId;
        if (threadId) this.options.chat.deliver(threadId, message.message, this.selfId);
        return;
      }
      case 'typing': {
        const threadId = this.callInfo.threadId;
        if (threadId) this.options.chat.typing(threadId, message.senderId, message.senderName, this.selfId);
        return;
      }
      case 'chat-refused':
        return this.options.chat.refused(message.status);
      case 'chat-notifications-dropped':
        return this.options.chat.dropNotifications();
      case 'reaction':
        return this.reaction.received(message.from, message.kind);
      case 'caption':
        return this.captions.captions.heard(message.speakerId, message.speakerName, message.text, message.translations);

      case 'token-invalid':
        return this.options.onTokenInvalid();
      case 'ended':
        return this.end({ code: message.code, subCode: message.subCode });
    }
  }

  private applyRoster(
    roster: readonly RelayParticipant[],
    lobby: readonly { id: string; displayName: string }[],
  ): void {
    this.roster = roster;
    const others = roster.filter((p) => p.id !== this.selfId);
    const present = new Set(others.map((p) => p.id));
    const added: EmulatedRemoteParticipant[] = [];
    const removed: EmulatedRemoteParticipant[] = [];
    for (const [id, participant] of this.participants) {
      if (present.has(id)) continue;
      this.participants.delete(id);
      this.dropPeer(id);
      this.dominantSpeakers.left(id);
      participant.update({ ...factsOf(participant), state: 'Disconnected' });
      removed.push(participant);
    }
    for (const entry of others) {
      const facts = {
        displayName: entry.displayName,
        role: entry.role === 'organiser' ? ('Organizer' as const) : ('Attendee' as const),
        state: 'Connected' as const,
        isMuted: entry.muted,
      };
      const known = this.participants.get(entry.id);
      if (known) known.update(facts);
      else {
        const participant = new EmulatedRemoteParticipant(entry.id, facts);
        this.participants.set(entry.id, participant);
        added.push(participant);
        this.peerFor(entry.id);
      }
    }
    if (added.length > 0 || removed.length > 0) this.listeners.emit('remoteParticipantsUpdated', { added, removed });
    this.raiseHand.update(roster.filter((p) => p.handRaised).map((p) => p.id));
    this.waitingRoom.update(lobby);
    this.classifyStreams();
  }

  /**
   * Applies a participant's signal to the link with them. An offer the link cannot take comes from a
   * new session of theirs (a rejoin, whose connection has another DTLS fingerprint, racing the roster
   * that dropped the old one): the link is made afresh for it, as a real client does.
   */
  private receiveSignal(from: string, signal: RelaySignal): void {
    const peer = this.peerFor(from);
    void peer.link.receive(signal).catch(() => {
      const isOffer = 'description' in signal && signal.description.type === 'offer';
      if (!isOffer || this.peers.get(from) !== peer || this.currentState === 'Disconnected') return;
      this.dropPeer(from);
      void this.peerFor(from)
        .link.receive(signal)
        .catch(() => undefined);
    });
  }

  private peerFor(participantId: string): Peer {
    const existing = this.peers.get(participantId);
    if (existing) return existing;
    const peer: Peer = {
      audio: [],
      link: new PeerLink(this.selfId > participantId, {
        sendSignal: (signal) => this.send({ type: 'signal', to: participantId, signal }),
        onTrack: (event) => this.receiveTrack(participantId, peer, event),
        onStuck: () => this.startAfresh(participantId, peer),
      }),
    };
    for (const track of this.outgoing.getTracks()) peer.link.connection.addTrack(track, this.outgoing);
    if (this.screen) {
      void this.screen.media().then((media) => {
        for (const track of media.getTracks()) peer.link.connection.addTrack(track, media);
      });
    }
    this.peers.set(participantId, peer);
    return peer;
  }

  private receiveTrack(participantId: string, peer: Peer, event: RTCTrackEvent): void {
    const stream = event.streams[0];
    if (!stream) return;
    if (event.track.kind === 'audio') {
      this.playAudio(peer, stream);
      this.listenTo(participantId, peer, stream);
    }
    stream.addEventListener('removetrack', () => this.classifyStreams());
    event.track.addEventListener('unmute', () => this.classifyStreams());
    const known = this.remoteStreams.get(stream.id);
    if (known) known.adopt(stream);
    else this.pendingStreams.set(stream.id, { participantId, stream });
    this.classifyStreams();
  }

  private readonly pendingStreams = new Map<string, { participantId: string; stream: MediaStream }>();

  /**
   * Turns received WebRTC streams into the SDK's remote video streams once the roster says what each
   * is (camera or screen), and sets each one's availability from the roster and its tracks.
   */
  private classifyStreams(): void {
    for (const [streamId, { participantId, stream }] of this.pendingStreams) {
      const entry = this.roster.find((p) => p.id === participantId);
      const participant = this.participants.get(participantId);
      if (!entry || !participant) continue;
      const kind =
        streamId === entry.screenStreamId ? 'ScreenSharing' : streamId === entry.mediaStreamId ? 'Video' : undefined;
      if (!kind) continue;
      this.pendingStreams.delete(streamId);
      const remote = new EmulatedRemoteVideoStream(this.nextStreamId++, kind, stream);
      this.remoteStreams.set(streamId, remote);
      participant.addStream(remote);
    }
    for (const participant of this.participants.values()) {
      const entry = this.roster.find((p) => p.id === participant.rawId);
      for (const remote of participant.videoStreams) {
        const hasVideo = remote.hasVideo();
        const shown =
          remote.mediaStreamType === 'ScreenSharing' ? entry?.screenStreamId !== undefined : entry?.cameraOn === true;
        remote.setAvailable(shown && hasVideo);
      }
    }
  }

  private playAudio(peer: Peer, stream: MediaStream): void {
    if (peer.audio.some((audio) => audio.srcObject === stream)) return;
    const audio = document.createElement('audio');
    audio.autoplay = true;
    audio.srcObject = stream;
    audio.hidden = true;
    this.playOnSelectedSpeaker(audio);
    document.body.append(audio);
    void audio.play().catch(() => undefined);
    peer.audio.push(audio);
  }

  /** Who talks is heard from their audio, as the SDK reports `isSpeaking` and dominant speakers. */
  private listenTo(participantId: string, peer: Peer, stream: MediaStream): void {
    if (peer.speaking) return;
    peer.speaking = new SpeakingDetector(stream, (speaking) => {
      this.participants.get(participantId)?.setSpeaking(speaking);
      this.dominantSpeakers.heard(participantId, speaking);
    });
  }

  private playOnSelectedSpeaker(audio: HTMLAudioElement): void {
    const speaker = this.options.devices.selectedSpeaker;
    if (speaker && 'setSinkId' in audio) {
      void (audio as HTMLAudioElement & { setSinkId(id: string): Promise<void> })
        .setSinkId(browserIdOf(speaker.id))
        .catch(() => undefined);
    }
  }

  /**
   * Replaces a link that would not connect with a new one. The other side takes the new connection's
   * offer, or starts afresh too when its own link cannot; their videos come back over the new link.
   */
  private startAfresh(participantId: string, peer: Peer): void {
    if (this.peers.get(participantId) !== peer || this.currentState === 'Disconnected') return;
    this.dropPeer(participantId);
    this.classifyStreams();
    this.peerFor(participantId);
  }

  private dropPeer(participantId: string): void {
    const peer = this.peers.get(participantId);
    if (!peer) return;
    peer.link.close();
    peer.speaking?.stop();
    // Nothing is heard of them until a new link brings their audio; they keep their rank.
    this.participants.get(participantId)?.setSpeaking(false);
    this.dominantSpeakers.heard(participantId, false);
    for (const audio of peer.audio) audio.remove();
    this.peers.delete(participantId);
  }

  private end(reason: CallEndReason): void {
    if (this.currentState === 'Disconnected') return;
    this.endReason = reason;
    this.options.devices.off('selectedMicrophoneChanged', this.followMicrophone);
    this.options.devices.off('selectedSpeakerChanged', this.followSpeaker);
    this.camera?.off('videoSourceChanged', this.followCamera);
    this.options.chat.connect(undefined);
    for (const id of [...this.peers.keys()]) this.dropPeer(id);
    for (const track of this.outgoing.getTracks()) track.stop();
    this.camera?.dispose();
    this.screen?.dispose();
    this.camera = undefined;
    this.screen = undefined;
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(1000);
    }
    this.setState('Disconnected');
  }
}

function factsOf(participant: EmulatedRemoteParticipant) {
  return {
    displayName: participant.displayName,
    role: participant.role,
    state: participant.state,
    isMuted: participant.isMuted,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
