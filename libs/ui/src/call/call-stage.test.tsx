import type { CallDevices, CallStageView } from '@portico/call-client';
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
  react: ignore,
  grantConsent: ignore,
  admit: ignore,
  sendChat: ignore,
  switchDevice: ignore,
  leave: ignore,
};

type View = CallStageView;
const base: View = {
  reconnecting: false,
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
  screens: [],
  cameras: [],
  reactions: [],
  chat: { status: 'available', messages: [] },
};

const render = (view: View, devices?: CallDevices) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Amsterdam">
      <CallStage view={view} actions={actions} devices={devices} isOrganiser={false} />
    </NextIntlClientProvider>,
  );

describe('CallStage, rendered from a plain view', () => {
  it('lists the person among the participants, marked as them', () => {
    const html = render(base);
    expect(html).toContain('Jane Doe (Guest) (you)');
    expect(html).toContain('Dr. Ada Visser');
    expect(html).not.toContain('Nobody else is in the call yet');
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

  it('offers the device settings once the driver has the devices', () => {
    expect(render(base)).not.toContain('>Devices<');
    // Rendering the closed dialog asks the devices nothing.
    expect(render(base, {} as CallDevices)).toContain('>Devices<');
  });
});
