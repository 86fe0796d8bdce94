import type { VideoDeviceInfo } from '@azure/communication-calling';
import {
  AzureCommunicationTokenCredential,
  createIdentifierFromRawId,
  getIdentifierRawId,
} from '@azure/communication-common';
import { isPorticoError, porticoError, type CallCapabilities, type ReactionKind } from '@portico/domain';
import type {
  CallConnection,
  CallDriver,
  CallParticipant,
  DriverEvent,
  JoinRequest,
  VideoView,
} from '../call/call-driver';
import { VideoViewCache } from '../call/video-view-cache';
import { AcsCallDevices, pickDevice } from './acs-call-devices';
import { mapCallEndReason, mapCallState, mapCapabilities, mapEnvironmentInfo } from './acs-call-mapping';
import { isChannelMeetingThread, openMeetingChat, type MeetingChat } from './acs-meeting-chat';
import { resilientTokenRefresher } from './resilient-token-refresher';
import type {
  AcsSdk,
  CallAgentSurface,
  CallClientSurface,
  CallSurface,
  CapabilitiesSurface,
  CaptionsSurface,
  DeviceManagerSurface,
  DiagnosticsSurface,
  DominantSpeakersSurface,
  RaiseHandSurface,
  ReactionSurface,
  RecordingSurface,
  RemoteParticipantSurface,
  TeamsCaptionsSurface,
  TranscriptionSurface,
} from './acs-sdk';
import { acsVideoView } from './acs-video-view';
import { acsCallEffects } from './acs-call-effects';
import { networkDiagnostics } from './acs-network-diagnostics';

/** How long a meeting may take to name its chat thread after the call connects. */
const threadIdWaitMs = 15_000;

/**
 * The call driver: joins the Teams meeting with the ACS calling SDK as an anonymous guest under the
 * name the portal chose, and opens the meeting's chat with the chat SDK once admitted. It takes the
 * SDKs as a parameter: the real ones in Azure, their emulation over the meeting relay locally and in
 * every test. Chat failing on its own (ACS guests have met 403s on every chat call) leaves the call
 * running. One `CallClient` serves the device check and every join, so both see the same devices.
 */
export function createAcsCallDriver(sdk: AcsSdk): CallDriver {
  let client: CallClientSurface | undefined;
  const callClient = () => (client ??= sdk.createCallClient());
  const deviceManager = () => callClient().getDeviceManager();
  // A client holds one agent at a time: a rejoin waits for the last one to be gone.
  let previousAgentGone: Promise<void> = Promise.resolve();
  return {
    devices: new AcsCallDevices(sdk, deviceManager),
    async browserSupport() {
      try {
        return mapEnvironmentInfo(await callClient().feature(sdk.Features.DebugInfo).getEnvironmentInfo());
      } catch {
        // An SDK that cannot tell stops nobody from trying.
        return { supported: true, browser: '' };
      }
    },
    async join(request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection> {
      await previousAgentGone;
      const credential = new AzureCommunicationTokenCredential({
        token: request.token,
        tokenRefresher: resilientTokenRefresher(request.refreshToken),
        refreshProactively: true,
      });
      const agent = await callClient()
        .createCallAgent(credential, { displayName: request.displayName })
        .catch((error: unknown) => {
          credential.dispose();
          throw error;
        });
      const disposeAgent = () => {
        previousAgentGone = agent.dispose().catch(() => undefined);
        return previousAgentGone;
      };
      let joined: StartedCall;
      try {
        joined = await startCall(sdk, await deviceManager(), agent, request);
      } catch (error) {
        // Nothing may keep renewing or holding devices for a call that never started.
        credential.dispose();
        await disposeAgent();
        throw error;
      }
      const { call, devices } = joined;
      let camera = joined.camera;

      const videoViews = new VideoViewCache();
      let wasConnected = false;
      let leftByUser = false;
      let ended = false;
      let chatAvailable = true;
      let chat: MeetingChat | undefined;
      // A message sent before the meeting's chat is open (its thread id can come late) waits for it.
      const noop = () => undefined;
      let settleChat: { opened: (opened: MeetingChat) => void; failed: () => void } = { opened: noop, failed: noop };
      const chatReady = new Promise<MeetingChat>((resolve, reject) => {
        settleChat = { opened: resolve, failed: () => reject(new Error('The meeting chat is unavailable.')) };
      });
      chatReady.catch(() => undefined);
      const capabilitiesFeature: CapabilitiesSurface = call.feature(sdk.Features.Capabilities);
      const raiseHand: RaiseHandSurface = call.feature(sdk.Features.RaiseHand);
      const dominantSpeakers: DominantSpeakersSurface = call.feature(sdk.Features.DominantSpeakers);
      const captionsFeature: CaptionsSurface = call.feature(sdk.Features.Captions);
      // In a Teams meeting the SDK's captions are its `TeamsCaptions` (the kind says so).
      const teamsCaptions = (): TeamsCaptionsSurface | undefined =>
        captionsFeature.captions.kind === 'TeamsCaptions'
          ? (captionsFeature.captions as TeamsCaptionsSurface)
          : undefined;
      const reaction: ReactionSurface = call.feature(sdk.Features.Reaction);
      const recording: RecordingSurface = call.feature(sdk.Features.Recording);
      const transcription: TranscriptionSurface = call.feature(sdk.Features.Transcription);
      const diagnostics: DiagnosticsSurface = call.feature(sdk.Features.UserFacingDiagnostics);

      // The camera is on when the SDK says it sends a video stream, never before a start succeeds.
      const cameraStream = () => call.localVideoStreams.find((stream) => stream.mediaStreamType === 'Video');
      const effects = acsCallEffects(sdk, call, cameraStream, emit);
      const capabilities = (): CallCapabilities =>
        mapCapabilities(capabilitiesFeature.capabilities, chatAvailable && wasConnected);
      const raisedIds = () => new Set(raiseHand.getRaisedHands().map((hand) => getIdentifierRawId(hand.identifier)));
      const reportCapabilities = () => emit({ type: 'capabilities', capabilities: capabilities() });
      const reportLocal = () =>
        emit({
          type: 'local-media',
          muted: call.isMuted,
          cameraOn: cameraStream() !== undefined,
          sharingScreen: call.isScreenSharingOn,
          handRaised: raisedIds().has(request.selfId),
          devices: {
            ...(camera ? { cameraId: cameraStream()?.source.id ?? camera.id } : {}),
            ...(devices.selectedMicrophone ? { microphoneId: devices.selectedMicrophone.id } : {}),
            ...(devices.selectedSpeaker ? { speakerId: devices.selectedSpeaker.id } : {}),
          },
        });
      const reportParticipants = () => {
        const raised = raisedIds();
        const self: CallParticipant = {
          id: request.selfId,
          displayName: request.displayName,
          isOrganiser: call.role === 'Organizer',
          muted: call.isMuted,
          speaking: false,
          handRaised: raised.has(request.selfId),
          isSelf: true,
        };
        const others = call.remoteParticipants
          .filter((p) => p.state === 'Connected')
          .map((p): CallParticipant => {
            const id = getIdentifierRawId(p.identifier);
            return {
              id,
              displayName: p.displayName ?? '',
              isOrganiser: p.role === 'Organizer',
              muted: p.isMuted,
              speaking: p.isSpeaking,
              handRaised: raised.has(id),
              isSelf: false,
            };
          });
        emit({ type: 'participants', participants: wasConnected ? [self, ...others] : others });
        reportLocal();
      };
      const reportLobby = () =>
        emit({
          type: 'lobby',
          waiting: call.lobby.participants.map((p) => ({
            id: getIdentifierRawId(p.identifier),
            displayName: p.displayName ?? '',
          })),
        });
      const reportVideos = () => {
        const videos: VideoView[] = [];
        for (const local of call.localVideoStreams) {
          const kind = local.mediaStreamType === 'ScreenSharing' ? 'screen' : 'camera';
          videos.push(acsVideoView(sdk, { id: `local:${kind}`, participantId: 'local', kind, stream: local }));
        }
        for (const participant of call.remoteParticipants) {
          const id = getIdentifierRawId(participant.identifier);
          for (const stream of participant.videoStreams) {
            if (!stream.isAvailable) continue;
            const kind = stream.mediaStreamType === 'ScreenSharing' ? 'screen' : 'camera';
            videos.push(acsVideoView(sdk, { id: `${id}:${stream.id}`, participantId: id, kind, stream }));
          }
        }
        emit({ type: 'videos', videos: videoViews.reuse(videos) });
      };
      const reportCaptions = () => {
        const captions = teamsCaptions();
        if (!captions) return;
        emit({
          type: 'captions',
          active: captions.isCaptionsFeatureActive,
          spokenLanguage: captions.activeSpokenLanguage,
          spokenLanguages: captions.supportedSpokenLanguages,
          // The SDK lists caption languages (ISO 639-1) in every Teams meeting; only a meeting with
          // the `setCaptionLanguage` capability (Teams Premium) translates into them.
          captionLanguage: captions.activeCaptionLanguage || (captions.activeSpokenLanguage.split('-')[0] ?? ''),
          captionLanguages:
            capabilitiesFeature.capabilities.setCaptionLanguage?.isPresent === true
              ? captions.supportedCaptionLanguages
              : [],
        });
      };
      const watchCaptions = () => {
        const captions = teamsCaptions();
        if (!captions) return;
        captions.on('CaptionsActiveChanged', reportCaptions);
        captions.on('SpokenLanguageChanged', reportCaptions);
        captions.on('CaptionLanguageChanged', reportCaptions);
        captions.on('CaptionsReceived', (info) =>
          emit({
            type: 'caption',
            speakerId: info.speaker.identifier ? getIdentifierRawId(info.speaker.identifier) : '',
            speakerName: info.speaker.displayName ?? '',
            text: info.captionText || info.spokenText,
            final: info.resultType === 'Final',
          }),
        );
        reportCaptions();
      };
      const reportNotices = () =>
        emit({
          type: 'notices',
          recording: recording.isRecordingActive,
          transcribing: transcription.isTranscriptionActive,
          consentRequired: recording.isTeamsConsentRequired || transcription.isTeamsConsentRequired,
        });
      const watchParticipant = (participant: RemoteParticipantSurface) => {
        participant.on('stateChanged', reportParticipants);
        participant.on('isMutedChanged', reportParticipants);
        participant.on('isSpeakingChanged', reportParticipants);
        participant.on('displayNameChanged', reportParticipants);
        participant.on('videoStreamsUpdated', (event) => {
          for (const stream of event.added) stream.on('isAvailableChanged', reportVideos);
          reportVideos();
        });
        for (const stream of participant.videoStreams) stream.on('isAvailableChanged', reportVideos);
      };

      const chatUnavailable = () => {
        chatAvailable = false;
        settleChat.failed();
        emit({ type: 'chat-unavailable' });
      };
      const openChat = async (threadId: string | undefined) => {
        if (!threadId || !request.acsEndpoint || isChannelMeetingThread(threadId)) return chatUnavailable();
        try {
          const opened = await openMeetingChat(sdk, {
            endpoint: request.acsEndpoint,
            credential,
            threadId,
            selfId: request.selfId,
            displayName: request.displayName,
            onMessage: (message) => emit({ type: 'chat-message', message }),
            onImage: (messageId, image) => emit({ type: 'chat-image', messageId, image }),
            onTyping: ({ senderId, senderName }) =>
              emit({ type: 'chat-typing', participantId: senderId, name: senderName, at: new Date().toISOString() }),
          });
          if (ended) return opened.close();
          chat = opened;
          settleChat.opened(opened);
          reportCapabilities();
        } catch {
          chatUnavailable();
        }
      };
      // The thread id can arrive after the first `Connected`, through `callInfoChanged`.
      let giveUp: ReturnType<typeof setTimeout> | undefined;
      const openChatWhenNamed = () => {
        const known = request.chatThreadId ?? call.info.threadId;
        if (known) return void openChat(known);
        giveUp = setTimeout(chatUnavailable, threadIdWaitMs);
        call.info.onCallInfoChanged('callInfoChanged', () => {
          const threadId = call.info.threadId;
          if (!threadId || chat || !chatAvailable || ended) return;
          clearTimeout(giveUp);
          void openChat(threadId);
        });
      };

      const finish = (end: Parameters<typeof mapCallEndReason>[0] | 'token-refused') => {
        if (ended) return;
        ended = true;
        clearTimeout(giveUp);
        chat?.close();
        chat = undefined;
        settleChat.failed();
        emit({
          type: 'ended',
          end:
            end === 'token-refused'
              ? { reason: 'refused', error: porticoError('call.ticket-refused') }
              : mapCallEndReason(end, { wasConnected, leftByUser }),
        });
        credential.dispose();
        void disposeAgent();
      };

      call.on('stateChanged', () => {
        const event = mapCallState(call.state, wasConnected);
        if (call.state === 'Connected' && !wasConnected) {
          wasConnected = true;
          openChatWhenNamed();
          watchCaptions();
          reportParticipants();
          reportCapabilities();
        }
        if (event) emit(event);
        if (call.state === 'Disconnected') finish(call.callEndReason);
      });
      call.on('remoteParticipantsUpdated', (event) => {
        for (const participant of event.added) watchParticipant(participant);
        reportParticipants();
        reportVideos();
      });
      call.on('isMutedChanged', reportParticipants);
      call.on('isScreenSharingOnChanged', () => {
        reportLocal();
        reportVideos();
      });
      call.on('localVideoStreamsUpdated', () => {
        reportLocal();
        reportVideos();
      });
      call.on('mutedByOthers', () => emit({ type: 'muted-by-organiser' }));
      call.lobby.on('lobbyParticipantsUpdated', reportLobby);
      capabilitiesFeature.on('capabilitiesChanged', () => {
        reportCapabilities();
        reportNotices();
        // Translation comes and goes with the `setCaptionLanguage` capability.
        reportCaptions();
      });
      dominantSpeakers.on('dominantSpeakersChanged', () =>
        emit({
          type: 'dominant-speakers',
          participantIds: dominantSpeakers.dominantSpeakers.speakersList.map((id) => getIdentifierRawId(id)),
        }),
      );
      raiseHand.on('raisedHandEvent', reportParticipants);
      raiseHand.on('loweredHandEvent', reportParticipants);
      reaction.on('reaction', (event) =>
        emit({
          type: 'reaction',
          participantId: getIdentifierRawId(event.identifier),
          kind: event.reactionMessage.reactionType,
        }),
      );
      // ACS requires apps to tell people when a meeting is recorded or transcribed.
      recording.on('isRecordingActiveChanged', reportNotices);
      transcription.on('isTranscriptionActiveChanged', reportNotices);
      // A dropped network is reported as a diagnostic while the call stays `Connected`.
      const followNetwork = networkDiagnostics();
      diagnostics.network.on('diagnosticChanged', (change) => {
        const event = followNetwork(change, wasConnected);
        if (event) emit(event);
      });
      diagnostics.media.on('diagnosticChanged', (event) => {
        if (event.diagnostic === 'microphoneNotFunctioning' && typeof event.value === 'boolean')
          emit({ type: 'microphone-failing', failing: event.value });
      });
      // The agent loses its connection when its token is refused and cannot be renewed.
      agent.on('connectionStateChanged', (event) => {
        if (event.newValue === 'Disconnected' && event.reason === 'invalidToken') {
          // Said first: hanging up ends the call too, and the person should learn the real reason.
          finish('token-refused');
          void call.hangUp().catch(() => undefined);
        }
      });
      reportNotices();
      reportLocal();

      return {
        async setMuted(muted) {
          if (!muted && capabilities().microphone !== 'allowed') throw porticoError('call.microphone-blocked');
          try {
            await (muted ? call.mute() : call.unmute());
          } catch (error) {
            throw muted || isPorticoError(error) ? error : porticoError('call.microphone-blocked');
          }
        },
        async setCameraOn(on) {
          const current = cameraStream();
          if (on && !current && camera) {
            if (capabilities().camera !== 'allowed') throw porticoError('call.camera-blocked');
            const stream = sdk.createLocalVideoStream(camera);
            try {
              await call.startVideo(stream);
            } catch {
              throw porticoError('call.camera-blocked');
            }
            await effects.applyTo(stream);
          } else if (!on && current) {
            await call.stopVideo(current);
          }
          reportLocal();
          reportVideos();
        },
        async startScreenShare() {
          await call.startScreenSharing();
        },
        async stopScreenShare() {
          await call.stopScreenSharing();
        },
        async sendChat(text) {
          await (chat ?? (await chatReady)).send(text);
        },
        async sendTyping() {
          await chat?.typing();
        },
        async switchCamera(cameraId) {
          const chosen = (await devices.getCameras()).find((found) => found.id === cameraId);
          if (!chosen) return;
          camera = chosen;
          await cameraStream()?.switchSource(chosen);
          reportLocal();
        },
        async switchMicrophone(microphoneId) {
          const chosen = (await devices.getMicrophones()).find((found) => found.id === microphoneId);
          // The SDK moves the call to the microphone it selects.
          if (chosen) await devices.selectMicrophone(chosen);
          reportLocal();
        },
        async switchSpeaker(speakerId) {
          const chosen = (await devices.getSpeakers()).find((found) => found.id === speakerId);
          if (chosen) await devices.selectSpeaker(chosen);
          reportLocal();
        },
        async setHandRaised(raised) {
          await (raised ? raiseHand.raiseHand() : raiseHand.lowerHand());
          reportParticipants();
        },
        async setCaptions(on, spokenLanguage) {
          const captions = teamsCaptions();
          if (!captions) return;
          await (on
            ? captions.startCaptions(spokenLanguage ? { spokenLanguage } : undefined)
            : captions.stopCaptions());
          reportCaptions();
        },
        async setSpokenLanguage(language) {
          await teamsCaptions()?.setSpokenLanguage(language);
          reportCaptions();
        },
        setBackground: (background) => effects.setBackground(background),
        setNoiseSuppression: (on) => effects.setNoiseSuppression(on),
        async setCaptionLanguage(language) {
          await teamsCaptions()?.setCaptionLanguage(language);
          reportCaptions();
        },
        async react(kind: ReactionKind) {
          await reaction.sendReaction({ reactionType: kind });
        },
        async grantConsent() {
          await Promise.all([
            recording.isTeamsConsentRequired ? recording.grantTeamsConsent() : undefined,
            transcription.isTeamsConsentRequired ? transcription.grantTeamsConsent() : undefined,
          ]);
          reportNotices();
          reportCapabilities();
        },
        async admit(participantId) {
          await call.lobby.admit(createIdentifierFromRawId(participantId));
        },
        async leave() {
          leftByUser = true;
          if (call.state !== 'Disconnected') await call.hangUp().catch(() => undefined);
          finish(call.callEndReason);
        },
      };
    },
  };
}

interface StartedCall {
  readonly call: CallSurface;
  readonly devices: DeviceManagerSurface;
  readonly camera: VideoDeviceInfo | undefined;
}

/** Selects the devices the person chose (by the SDK's ids) and joins the meeting. */
async function startCall(
  sdk: AcsSdk,
  devices: DeviceManagerSurface,
  agent: CallAgentSurface,
  request: JoinRequest,
): Promise<StartedCall> {
  await devices.askDevicePermission({ audio: true, video: true }).catch(() => undefined);
  const chosen = request.devices;
  const camera = pickDevice(await devices.getCameras(), chosen.cameraId);
  const microphone = (await devices.getMicrophones()).find((found) => found.id === chosen.microphoneId);
  if (microphone) await devices.selectMicrophone(microphone);
  const speaker = (await devices.getSpeakers()).find((found) => found.id === chosen.speakerId);
  if (speaker) await devices.selectSpeaker(speaker).catch(() => undefined);
  const firstCamera = camera && chosen.cameraOn ? sdk.createLocalVideoStream(camera) : undefined;
  const joinOptions = {
    audioOptions: { muted: chosen.muted },
    ...(firstCamera ? { videoOptions: { localVideoStreams: [firstCamera] } } : {}),
  };
  const locator = request.locator;
  const call: CallSurface =
    'meetingLink' in locator
      ? agent.join({ meetingLink: locator.meetingLink }, joinOptions)
      : agent.join({ meetingId: locator.meetingId, passcode: locator.passcode }, joinOptions);
  return { call, devices, camera };
}
