import { initialCallSessionState, type CallDevices, type CallStageView } from '@portico/call-client';
import type { DialIn } from '@portico/domain';
import { SSRProvider } from '@fluentui/react-components';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../messages/en.json';
import { CallStage, type CallStageActions } from './call-stage';

const ignore = () => undefined;
const actions: CallStageActions = {
  setMuted: ignore,
  setCameraOn: ignore,
  setScreenShare: ignore,
  setHandRaised: ignore,
  setCaptions: ignore,
  setSpokenLanguage: ignore,
  setCaptionLanguage: ignore,
  setBackground: ignore,
  setNoiseSuppression: ignore,
  react: ignore,
  grantConsent: ignore,
  admit: ignore,
  sendChat: ignore,
  sendTyping: ignore,
  switchDevice: ignore,
  leave: ignore,
};

type View = CallStageView;
const base: View = {
  reconnecting: false,
  network: 'good',
  microphoneFailing: false,
  consentRequired: false,
  mutedByOrganiser: false,
  microphone: { on: true },
  camera: { on: true },
  reactionsAllowed: false,
  devicesInUse: {},
  participants: [
    { id: 'g', name: 'Jane Doe (Guest)', isSelf: true, isOrganiser: false, muted: false, handRaised: false },
    { id: 'o', name: 'Dr. Ada Visser', isSelf: false, isOrganiser: true, muted: false, handRaised: false },
  ],
  alone: false,
  lobby: [],
  layout: {
    kind: 'speaker',
    main: {
      id: 'o',
      name: 'Dr. Ada Visser',
      initials: 'DV',
      isSelf: false,
      isOrganiser: true,
      muted: true,
      speaking: true,
      handRaised: true,
    },
    strip: [],
  },
  sharingOwnScreen: false,
  reactions: [],
  chat: { status: 'available', messages: [] },
  chatHistoryNotKept: false,
  typing: [],
  effects: initialCallSessionState.effects,
  captions: initialCallSessionState.captions,
};

const render = (view: View, devices?: CallDevices, dialIn?: DialIn) =>
  renderToStaticMarkup(
    <SSRProvider>
      <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Amsterdam">
        <CallStage
          view={view}
          actions={actions}
          devices={devices}
          isOrganiser={false}
          dialIn={dialIn}
          pinnedId={undefined}
          onPin={ignore}
        />
      </NextIntlClientProvider>
    </SSRProvider>,
  );

const person = {
  id: 'p',
  name: 'Piet Jansen (Gast)',
  initials: 'PJ',
  isSelf: false,
  isOrganiser: false,
  muted: false,
  speaking: false,
  handRaised: false,
};

describe('CallStage, rendered from a plain view', () => {
  it('shows the other person large with their state, and the person themselves in the corner', () => {
    const self = { ...person, id: 'g', name: 'Jane Doe (Guest)', initials: 'JD', isSelf: true };
    const html = render({ ...base, self });
    expect(html).toContain('aria-label="Dr. Ada Visser, organiser, muted, speaking, hand raised, camera off"');
    expect(html).toContain('data-speaking="true"');
    expect(html).toMatch(
      /data-testid="self-view"[^>]*data-corner="bottom-right"|data-corner="bottom-right"[^>]*data-testid="self-view"/,
    );
    expect(html).toContain('Jane Doe (Guest) (you)');
    expect(html).not.toContain('Nobody else is in the call yet');
  });

  it('says when nobody else is there, and shows a gallery or a shared screen with the people in a strip', () => {
    expect(render({ ...base, layout: { kind: 'alone' } })).toContain('Nobody else is in the call yet');
    const tiles = [person, { ...person, id: 'q', name: 'Q' }, { ...person, id: 'r', name: 'R' }];
    const gallery = render({ ...base, layout: { kind: 'gallery', tiles } });
    expect(gallery.match(/<figure/g)).toHaveLength(3);
    const screen = { id: 's', participantId: 'p', kind: 'screen' as const, attach: () => ignore };
    const shared = render({
      ...base,
      layout: { kind: 'screen', screen, sharer: { self: false, name: 'Piet Jansen (Gast)' }, strip: [person] },
    });
    expect(shared).toContain('aria-label="Screen shared by Piet Jansen (Gast)"');
    expect(shared).toContain('data-video-kind="screen"');
  });

  it('shows the connection as signal bars, and with a weak one says what helps', () => {
    const good = render(base);
    expect(good).toMatch(/data-quality="good"/);
    expect(good).not.toContain('data-testid="weak-network"');
    const weak = render({ ...base, network: 'poor' });
    expect(weak).toMatch(/data-quality="poor"/);
    expect(weak).toContain('Connection: weak');
    expect(weak).toContain('Turning off your camera leaves more room for sound.');
    expect(weak).toContain('Turn camera off');
    const bad = render({ ...base, network: 'bad', camera: { on: false } });
    expect(bad).toContain('Connection: very weak');
    expect(bad).not.toContain('Turn camera off');
    // A reconnect has its own banner; the weak-network one would only repeat it.
    expect(render({ ...base, network: 'bad', reconnecting: true })).not.toContain('data-testid="weak-network"');
  });

  it('tells a person whose microphone gives no sound, and offers the devices once they can be switched', () => {
    expect(render(base)).not.toContain('Your microphone gives no sound');
    const failing = render({ ...base, microphoneFailing: true });
    expect(failing).toContain('Your microphone gives no sound');
    expect(failing).not.toMatch(/data-testid="microphone-failing"[\s\S]*>Devices<\/button>/);
    expect(render({ ...base, microphoneFailing: true }, {} as CallDevices)).toMatch(
      /data-testid="microphone-failing"[\s\S]*>Devices<\/button>/,
    );
    const byPhone = render({ ...base, microphoneFailing: true }, undefined, {
      tollNumber: '+31 20 794 6000',
      conferenceId: '123456789',
    });
    expect(byPhone).toContain('href="tel:+31207946000,,123456789%23"');
    expect(byPhone).toContain('and enter conference ID 123456789#.');
  });

  it('asks for consent, and holds the microphone with the reason beside it', () => {
    const html = render({ ...base, consentRequired: true, microphone: { on: false, held: 'needs-consent' } });
    expect(html).toContain('I agree');
    expect(html).toMatch(
      /aria-disabled="true"[^>]*aria-describedby="microphone-held"|aria-describedby="microphone-held"[^>]*aria-disabled="true"/,
    );
    expect(html).toContain('Agree to the recording first to use your microphone.');
  });

  it('says when the organiser turned cameras off, and offers no share or hand the meeting does not allow', () => {
    const html = render({ ...base, camera: { on: false, held: 'blocked-by-organiser' } });
    expect(html).toContain('The organiser has turned off cameras for guests.');
    expect(html).not.toContain('Share screen');
    expect(html).not.toContain('Raise hand');
    expect(render({ ...base, screenShare: { on: false }, hand: { raised: false } })).toContain('Share screen');
  });

  it('names its controls with Teams’ shortcuts, and offers more options once the driver has the devices', () => {
    const html = render(base);
    expect(html).toContain('aria-keyshortcuts="Control+Shift+M"');
    expect(html).toContain('aria-label="Mute"');
    expect(html).not.toContain('More options');
    // Rendering the closed menu asks the devices nothing.
    expect(render(base, {} as CallDevices)).toContain('More options');
  });

  it('shows live captions with who said what, and the spoken language to change', () => {
    const html = render({
      ...base,
      captions: {
        available: true,
        active: true,
        spokenLanguage: 'nl-nl',
        spokenLanguages: ['en-us', 'nl-nl'],
        captionLanguage: 'nl-nl',
        captionLanguages: [],
        lines: [
          { id: 1, speakerId: 'o', speakerName: 'Dr. Ada Visser', text: 'Good morning.', final: true },
          { id: 2, speakerId: 'o', speakerName: 'Dr. Ada Visser', text: 'How are', final: false },
        ],
      },
    });
    expect(html).toContain('aria-label="Live captions"');
    expect(html).toMatch(/Dr\. Ada Visser:<\/span> Good morning\./);
    expect(html).toContain('Spoken language');
    expect(html).toMatch(/<option value="nl-nl" selected="">Dutch \(Netherlands\)<\/option>/);
    // Translation only where the meeting offers it (Teams Premium).
    expect(html).not.toContain('Show captions in');
    const translating = render({
      ...base,
      captions: {
        available: true,
        active: true,
        spokenLanguage: 'en-us',
        spokenLanguages: ['en-us', 'nl-nl'],
        captionLanguage: 'nl',
        captionLanguages: ['en', 'nl', 'de'],
        lines: [],
      },
    });
    expect(translating).toContain('Show captions in');
    expect(translating).toMatch(/<option value="nl" selected="">Dutch<\/option>/);
    expect(translating).toContain('<option value="de">German</option>');
    // The menu that turns them on is there only when the meeting has captions.
    expect(render(base)).not.toContain('More options');
    expect(render({ ...base, captions: { ...base.captions, available: true } })).toContain('More options');
  });
});
