import { isErrorCode, isPorticoError, porticoError, type PorticoError, type ReactionKind } from '@portico/domain';
import type {
  BackgroundChoice,
  BrowserSupport,
  CallConnection,
  CallDevices,
  CallDriver,
  JoinRequest,
} from './call-driver';
import {
  initialCallSessionState,
  isActivePhase,
  reduceCallSession,
  type CallSessionEvent,
  type CallSessionState,
} from './call-session-state';

/**
 * One person's call, for the UI: it owns the driver's connection, keeps the state the reducer makes,
 * and lets React subscribe (`useSyncExternalStore`). The driver is loaded lazily and can be preloaded
 * while the person checks their devices.
 */
export class CallSession {
  private state: CallSessionState = initialCallSessionState;
  private readonly listeners = new Set<() => void>();
  private driver: Promise<CallDriver> | undefined;
  private connection: CallConnection | undefined;
  /** Bumped on every join, so events from an earlier attempt are dropped. */
  private attempt = 0;

  constructor(private readonly loadDriver: () => Promise<CallDriver>) {}

  readonly getSnapshot = (): CallSessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts loading the driver now, so that pressing "Join" does not wait for it. */
  preload(): Promise<CallDriver> {
    this.driver ??= this.loadDriver();
    return this.driver;
  }

  /** The person's devices through the driver's SDK, once the driver has loaded. */
  async devices(): Promise<CallDevices> {
    return (await this.preload()).devices;
  }

  /** Whether the SDK supports calls in this browser, asked of the driver as it loads. */
  async browserSupport(): Promise<BrowserSupport> {
    return (await this.preload()).browserSupport();
  }

  /** Joins (or rejoins) with a request the caller builds, usually by fetching a join ticket. */
  async join(buildRequest: () => Promise<JoinRequest>): Promise<void> {
    if (this.connection) return;
    this.dispatch({ type: 'join-started' });
    if (this.state.phase !== 'joining') return;
    const attempt = ++this.attempt;
    try {
      const [driver, request] = await Promise.all([this.preload(), buildRequest()]);
      if (attempt !== this.attempt) return;
      const connection = await driver.join(request, (event) => {
        if (attempt !== this.attempt) return;
        this.dispatch(event);
        if (event.type === 'ended') this.connection = undefined;
      });
      if (attempt === this.attempt && isActivePhase(this.state.phase)) this.connection = connection;
      else await connection.leave();
    } catch (error) {
      if (attempt !== this.attempt) return;
      this.connection = undefined;
      this.dispatch({ type: 'join-failed', error: asPorticoError(error) });
    }
  }

  /** Leaves the call (or stops joining it); the chat closes with it. */
  async leave(reason: 'left' | 'joined-elsewhere' = 'left'): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.attempt++;
    this.dispatch({ type: 'ended', end: { reason } });
    await connection?.leave();
  }

  setMuted = (muted: boolean) => this.act((connection) => connection.setMuted(muted));
  setCameraOn = (on: boolean) => this.act((connection) => connection.setCameraOn(on));
  startScreenShare = () => this.act((connection) => connection.startScreenShare());
  stopScreenShare = () => this.act((connection) => connection.stopScreenShare());
  switchCamera = (cameraId: string) => this.act((connection) => connection.switchCamera(cameraId));
  switchMicrophone = (microphoneId: string) => this.act((connection) => connection.switchMicrophone(microphoneId));
  switchSpeaker = (speakerId: string) => this.act((connection) => connection.switchSpeaker(speakerId));
  setCaptions = (on: boolean, spokenLanguage?: string) =>
    this.act((connection) => connection.setCaptions(on, spokenLanguage));
  setSpokenLanguage = (language: string) => this.act((connection) => connection.setSpokenLanguage(language));
  setBackground = (background: BackgroundChoice) => this.act((connection) => connection.setBackground(background));
  setNoiseSuppression = (on: boolean) => this.act((connection) => connection.setNoiseSuppression(on));
  setCaptionLanguage = (language: string) => this.act((connection) => connection.setCaptionLanguage(language));
  setHandRaised = (raised: boolean) => this.act((connection) => connection.setHandRaised(raised));
  react = (kind: ReactionKind) => this.act((connection) => connection.react(kind));
  grantConsent = () => this.act((connection) => connection.grantConsent());
  admit = (participantId: string) => this.act((connection) => connection.admit(participantId));

  /** Typing notices are best effort: one that fails changes nothing the person sees. */
  sendTyping(): void {
    if (this.state.chat.status !== 'available') return;
    void this.connection?.sendTyping().catch(() => undefined);
  }

  async sendChat(text: string): Promise<void> {
    const trimmed = text.trim();
    if (trimmed === '' || this.state.chat.status !== 'available') return;
    try {
      await this.connection?.sendChat(trimmed);
    } catch {
      // A chat failure never takes the call down: the chat says it is unavailable instead.
      this.dispatch({ type: 'chat-unavailable' });
    }
  }

  /** Hangs up when the page goes away, so no ghost tile stays in the meeting. */
  hangUpOnPageHide(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onPageHide = () => void this.leave();
    target.addEventListener('pagehide', onPageHide);
    return () => target.removeEventListener('pagehide', onPageHide);
  }

  /**
   * Runs one of the person's actions. One the meeting refuses (the organiser turned microphones off)
   * is shown with its reason instead of vanishing; a person who cancels a screen-share picker is
   * not an error, and neither is an SDK hiccup, which leaves the state as it was.
   */
  private async act(action: (connection: CallConnection) => Promise<void>): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    try {
      await action(connection);
    } catch (error) {
      if (isPorticoError(error) && isErrorCode(error.code)) {
        this.dispatch({ type: 'action-refused', error: porticoError(error.code, error.params) });
      }
    }
  }

  private dispatch(event: CallSessionEvent): void {
    const next = reduceCallSession(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function asPorticoError(error: unknown): PorticoError {
  // Only Portico's own codes pass; an SDK's or the network's error is a lost connection to the person.
  return isPorticoError(error) && isErrorCode(error.code)
    ? porticoError(error.code, error.params)
    : porticoError('call.connection-lost');
}
