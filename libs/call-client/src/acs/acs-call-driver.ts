import {
  CallClient,
  Features,
  LocalVideoStream,
  VideoStreamRenderer,
  type Call,
  type RemoteParticipant,
  type RemoteVideoStream,
  type VideoDeviceInfo,
} from '@azure/communication-calling';
import { ChatClient, type ChatThreadClient } from '@azure/communication-chat';
import { AzureCommunicationTokenCredential, getIdentifierRawId } from '@azure/communication-common';
import type { ReactionKind } from '@portico/domain';
import type { CallConnection, CallDriver, DriverEvent, JoinRequest, VideoView } from '../call/call-driver';
import { VideoViewCache } from '../call/video-view-cache';
import { mapCallEndReason, mapCallState, mapCapabilities } from './acs-call-mapping';

function rendererView(
  id: string,
  participantId: string,
  kind: 'camera' | 'screen',
  stream: RemoteVideoStream | LocalVideoStream,
): VideoView {
  return {
    id,
    participantId,
    kind,
    attach(container) {
      const renderer = new VideoStreamRenderer(stream);
      let disposed = false;
      void renderer
        .createView({ scalingMode: kind === 'screen' ? 'Fit' : 'Crop' })
        .then((view) => (disposed ? undefined : container.append(view.target)))
        .catch(() => undefined);
      return () => {
        disposed = true;
        renderer.dispose();
      };
    },
  };
}

/**
 * The ACS driver: joins the Teams meeting with the calling SDK as an anonymous guest under the name
 * the portal chose, and opens the meeting's chat with the chat SDK once admitted. Chat failing on
 * its own (ACS guests have met 403s on every chat call) leaves the call running.
 */
export function createAcsCallDriver(): CallDriver {
  return {
    async join(request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection> {
      const credential = new AzureCommunicationTokenCredential({
        token: request.token,
        tokenRefresher: () => request.refreshToken(),
        refreshProactively: true,
      });
      const client = new CallClient();
      const agent = await client.createCallAgent(credential, { displayName: request.displayName });
      const devices = await client.getDeviceManager();
      await devices.askDevicePermission({ audio: true, video: true }).catch(() => undefined);
      const camera = pickCamera(await devices.getCameras(), request.devices.cameraId);
      const microphone = (await devices.getMicrophones()).find((m) =>
        m.id.endsWith(request.devices.microphoneId ?? '\0'),
      );
      if (microphone) await devices.selectMicrophone(microphone);
      const speaker = (await devices.getSpeakers()).find((s) => s.id.endsWith(request.devices.speakerId ?? '\0'));
      if (speaker) await devices.selectSpeaker(speaker).catch(() => undefined);
      let cameraStream = camera && request.devices.cameraOn ? new LocalVideoStream(camera) : undefined;
      const joinOptions = {
        audioOptions: { muted: request.devices.muted },
        ...(cameraStream ? { videoOptions: { localVideoStreams: [cameraStream] } } : {}),
      };
      const locator = request.locator;
      const call: Call =
        'meetingLink' in locator
          ? agent.join({ meetingLink: locator.meetingLink }, joinOptions)
          : agent.join({ meetingId: locator.meetingId, passcode: locator.passcode }, joinOptions);

      const videoViews = new VideoViewCache();
      let wasConnected = false;
      let leftByUser = false;
      let chatAvailable = true;
      let chat: { client: ChatClient; thread: ChatThreadClient } | undefined;
      let handRaised = false;
      const capabilitiesFeature = call.feature(Features.Capabilities);
      const raiseHand = call.feature(Features.RaiseHand);

      const reportCapabilities = () =>
        emit({
          type: 'capabilities',
          capabilities: mapCapabilities(capabilitiesFeature.capabilities, chatAvailable && wasConnected),
        });
      const reportLocal = () =>
        emit({
          type: 'local-media',
          muted: call.isMuted,
          cameraOn: cameraStream !== undefined,
          sharingScreen: call.isScreenSharingOn,
          handRaised,
        });
      const raisedIds = () => new Set(raiseHand.getRaisedHands().map((hand) => getIdentifierRawId(hand.identifier)));
      const reportParticipants = () => {
        const raised = raisedIds();
        emit({
          type: 'participants',
          participants: call.remoteParticipants
            .filter((p) => p.state === 'Connected')
            .map((p) => ({
              id: getIdentifierRawId(p.identifier),
              displayName: p.displayName ?? '',
              isOrganiser: p.role === 'Organizer',
              muted: p.isMuted,
              handRaised: raised.has(getIdentifierRawId(p.identifier)),
            })),
        });
      };
      const reportVideos = () => {
        const videos: VideoView[] = [];
        if (cameraStream) videos.push(rendererView('local:camera', 'local', 'camera', cameraStream));
        for (const participant of call.remoteParticipants) {
          const id = getIdentifierRawId(participant.identifier);
          for (const stream of participant.videoStreams) {
            if (!stream.isAvailable) continue;
            const kind = stream.mediaStreamType === 'ScreenSharing' ? 'screen' : 'camera';
            videos.push(rendererView(`${id}:${stream.id}`, id, kind, stream));
          }
        }
        emit({ type: 'videos', videos: videoViews.reuse(videos) });
      };
      const watchParticipant = (participant: RemoteParticipant) => {
        participant.on('stateChanged', reportParticipants);
        participant.on('isMutedChanged', reportParticipants);
        participant.on('displayNameChanged', reportParticipants);
        participant.on('videoStreamsUpdated', (event) => {
          for (const stream of event.added) stream.on('isAvailableChanged', reportVideos);
          reportVideos();
        });
        for (const stream of participant.videoStreams) stream.on('isAvailableChanged', reportVideos);
      };

      const openChat = async () => {
        const threadId = request.chatThreadId ?? call.info.threadId;
        if (!threadId || !request.acsEndpoint) {
          chatAvailable = false;
          emit({ type: 'chat-unavailable' });
          return;
        }
        try {
          const chatClient = new ChatClient(request.acsEndpoint, credential);
          await chatClient.startRealtimeNotifications();
          chatClient.on('chatMessageReceived', (event) => {
            if (event.threadId !== threadId) return;
            const senderId = getIdentifierRawId(event.sender);
            emit({
              type: 'chat-message',
              message: {
                id: event.id,
                senderId,
                senderName: event.senderDisplayName,
                text: event.message,
                sentAt: event.createdOn.toISOString(),
                own: senderId === getIdentifierRawId({ communicationUserId: selfUserId(request.token) }),
              },
            });
          });
          chat = { client: chatClient, thread: chatClient.getChatThreadClient(threadId) };
          reportCapabilities();
        } catch {
          chatAvailable = false;
          emit({ type: 'chat-unavailable' });
        }
      };

      call.on('stateChanged', () => {
        const event = mapCallState(call.state, wasConnected);
        if (call.state === 'Connected' && !wasConnected) {
          wasConnected = true;
          void openChat();
        }
        if (event) emit(event);
        if (call.state === 'Disconnected') {
          void chat?.client.stopRealtimeNotifications().catch(() => undefined);
          chat = undefined;
          emit({ type: 'ended', end: mapCallEndReason(call.callEndReason, { wasConnected, leftByUser }) });
          void agent.dispose();
        }
      });
      call.on('remoteParticipantsUpdated', (event) => {
        for (const participant of event.added) watchParticipant(participant);
        reportParticipants();
        reportVideos();
      });
      call.on('isMutedChanged', reportLocal);
      call.on('isScreenSharingOnChanged', reportLocal);
      call.on('localVideoStreamsUpdated', reportVideos);
      capabilitiesFeature.on('capabilitiesChanged', reportCapabilities);
      raiseHand.on('raisedHandEvent', reportParticipants);
      raiseHand.on('loweredHandEvent', reportParticipants);
      call.feature(Features.Reaction).on('reaction', (event) =>
        emit({
          type: 'reaction',
          participantId: getIdentifierRawId(event.identifier),
          kind: event.reactionMessage.reactionType,
        }),
      );
      // ACS requires apps to tell people when a meeting is recorded or transcribed.
      const recording = call.feature(Features.Recording);
      const transcription = call.feature(Features.Transcription);
      const reportNotices = () =>
        emit({
          type: 'notices',
          recording: recording.isRecordingActive,
          transcribing: transcription.isTranscriptionActive,
        });
      recording.on('isRecordingActiveChanged', reportNotices);
      transcription.on('isTranscriptionActiveChanged', reportNotices);
      reportNotices();
      reportLocal();

      return {
        async setMuted(muted) {
          await (muted ? call.mute() : call.unmute());
        },
        async setCameraOn(on) {
          if (on && !cameraStream && camera) {
            cameraStream = new LocalVideoStream(camera);
            await call.startVideo(cameraStream);
          } else if (!on && cameraStream) {
            const stopping = cameraStream;
            cameraStream = undefined;
            await call.stopVideo(stopping);
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
          if (!chat) throw new Error('chat is not open');
          await chat.thread.sendMessage({ content: text }, { senderDisplayName: request.displayName });
        },
        async setHandRaised(raised) {
          await (raised ? raiseHand.raiseHand() : raiseHand.lowerHand());
          handRaised = raised;
          reportLocal();
        },
        async react(kind: ReactionKind) {
          await call.feature(Features.Reaction).sendReaction({ reactionType: kind });
        },
        // In Azure, staff admit guests from Teams; the portal never acts as organiser there.
        async admit() {},
        async leave() {
          leftByUser = true;
          if (call.state !== 'Disconnected') await call.hangUp().catch(() => undefined);
        },
      };
    },
  };
}

function pickCamera(cameras: readonly VideoDeviceInfo[], chosen: string | undefined): VideoDeviceInfo | undefined {
  return cameras.find((camera) => chosen !== undefined && camera.id.endsWith(chosen)) ?? cameras[0];
}

/** The ACS user id in a token (`skypeid`), so the chat can tell the person's own messages. */
function selfUserId(token: string): string {
  try {
    const payload = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as {
      skypeid?: string;
    };
    return `8:${payload.skypeid ?? ''}`;
  } catch {
    return '';
  }
}
