import type { StaffAppointmentView } from '@portico/api-contract';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../../messages/en.json';
import nl from '../../../messages/nl.json';
import { AppointmentActions } from './appointment-actions';

// The server actions run on the server; the markup only needs them to exist.
jest.mock('./staff-actions', () => ({
  rescheduleAction: jest.fn(),
  cancelAction: jest.fn(),
  undoCancelAction: jest.fn(),
  reinviteAction: jest.fn(),
}));

const appointment: StaffAppointmentView = {
  id: 'a1',
  etag: 'W/"2"',
  origin: 'portal',
  subject: 'Intake',
  startsAt: '2026-12-03T09:00:00.000Z',
  endsAt: '2026-12-03T09:30:00.000Z',
  status: 'scheduled',
  guests: [{ name: 'Jane Doe', email: 'jane@example.com', locale: 'en', timeZone: 'Europe/London' }],
  locator: { meetingLink: 'https://teams.microsoft.com/l/meetup-join/x' },
  feedback: [],
};

function render(view: StaffAppointmentView, undoSecondsLeft?: number, locale: 'en' | 'nl' = 'en'): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === 'en' ? en : nl} timeZone="Europe/Amsterdam">
      <AppointmentActions
        appointment={view}
        date="2026-12-03"
        time="10:00"
        when="3 Dec 2026, 10:00"
        undoSecondsLeft={undoSecondsLeft}
      />
    </NextIntlClientProvider>,
  );
}

describe('AppointmentActions', () => {
  it('offers to cancel through a question first: the page holds the form, and the question closed', () => {
    const html = render(appointment);
    expect(html).toContain('>Cancel appointment</button>');
    expect(html).toContain('<input type="hidden" name="etag" value="W/&quot;2&quot;"/>');
    // The question is on the page as a closed native dialog, shown only when Cancel is pressed.
    expect(html).toMatch(/<dialog role="alertdialog"[^>]*>/);
    expect(html).not.toMatch(/<dialog[^>]*\bopen\b/);
    expect(html).not.toContain('>Undo<');
  });

  it.each([
    ['en', 'Appointment cancelled. Guests will be e-mailed in 25 s.', 'Undo', 'unless you undo it'],
    ['nl', 'Afspraak geannuleerd. De gasten krijgen over 25 s een e-mail.', 'Ongedaan maken', 'tenzij u dit'],
  ] as const)(
    'once cancelled, shows the time left to undo in %s, and announces it as a status',
    (locale, shown, undo, announced) => {
      const html = render({ ...appointment, status: 'cancelled' }, 25, locale);
      expect(html).toContain(`role="timer" class="appointment-actions__undo">${shown}</p>`);
      expect(html).toMatch(new RegExp(`<p role="status" class="visually-hidden">[^<]*${announced}`));
      expect(html).toContain(`>${undo}</button>`);
      // Nothing else is offered for a cancelled appointment.
      expect(html).not.toContain('Reschedule');
      expect(html).not.toContain('Verplaatsen');
    },
  );
});
