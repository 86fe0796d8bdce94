import type { Locale } from '../locale';
import type { ErrorCode } from './error-code';

interface LocalisedText {
  /** Short, stable summary of the kind of problem. */
  readonly title: string;
  /** What happened and what the person can do; `{name}` placeholders take the error's params. */
  readonly detail: string;
}

interface CatalogEntry {
  /** The HTTP status this error maps to in problem+json. */
  readonly status: number;
  readonly text: Readonly<Record<Locale, LocalisedText>>;
}

/** One entry per code, so a new code cannot ship without a status and both languages. */
export const errorCatalog: Readonly<Record<ErrorCode, CatalogEntry>> = {
  'request.invalid': {
    status: 400,
    text: {
      en: {
        title: 'The request is not valid',
        detail: 'Some of the information sent is missing or not valid: {issues}',
      },
      nl: {
        title: 'Het verzoek is niet geldig',
        detail: 'Een deel van de verstuurde gegevens ontbreekt of is ongeldig: {issues}',
      },
    },
  },
  'auth.unauthenticated': {
    status: 401,
    text: {
      en: { title: 'Please sign in', detail: 'You need to sign in before you can see this.' },
      nl: { title: 'Log eerst in', detail: 'U moet inloggen voordat u dit kunt bekijken.' },
    },
  },
  'meeting-link.malformed': {
    status: 422,
    text: {
      en: {
        title: 'This meeting link is incomplete',
        detail:
          'The link looks like a Teams meeting link, but part of it is missing or damaged. Copy the whole link from the invitation and try again.',
      },
      nl: {
        title: 'Deze vergaderlink is onvolledig',
        detail:
          'De link lijkt op een Teams-vergaderlink, maar een deel ontbreekt of is beschadigd. Kopieer de hele link uit de uitnodiging en probeer het opnieuw.',
      },
    },
  },
  'meeting-link.not-teams': {
    status: 422,
    text: {
      en: {
        title: 'This is not a Teams meeting link',
        detail: 'Paste the "Join the meeting" link from a Microsoft Teams invitation, or its meeting ID and passcode.',
      },
      nl: {
        title: 'Dit is geen Teams-vergaderlink',
        detail:
          'Plak de link "Deelnemen aan de vergadering" uit een Microsoft Teams-uitnodiging, of de vergader-id en wachtwoordcode.',
      },
    },
  },
  'meeting-link.personal-teams': {
    status: 422,
    text: {
      en: {
        title: 'Personal Teams meetings are not supported',
        detail:
          'This link is for Microsoft Teams (free), which guests cannot join from the portal. Schedule the meeting with a work or school Teams account instead.',
      },
      nl: {
        title: 'Persoonlijke Teams-vergaderingen worden niet ondersteund',
        detail:
          'Deze link is van Microsoft Teams (gratis); gasten kunnen daar niet vanuit het portaal aan deelnemen. Plan de vergadering met een Teams-account van werk of school.',
      },
    },
  },
  'meeting-link.government-cloud': {
    status: 422,
    text: {
      en: {
        title: 'Government cloud meetings are not supported',
        detail:
          "This meeting belongs to a Microsoft 365 government cloud (GCC, GCC High or DoD), which this portal cannot join. Schedule it in the organisation's commercial tenant instead.",
      },
      nl: {
        title: 'Vergaderingen in een overheidscloud worden niet ondersteund',
        detail:
          'Deze vergadering hoort bij een Microsoft 365-overheidscloud (GCC, GCC High of DoD), waaraan dit portaal niet kan deelnemen. Plan de vergadering in de commerciële tenant van de organisatie.',
      },
    },
  },
  'guest-name.empty': {
    status: 422,
    text: {
      en: {
        title: 'A name is needed',
        detail: "Enter the guest's name using letters; it is shown to everyone in the meeting.",
      },
      nl: {
        title: 'Een naam is nodig',
        detail: 'Vul de naam van de gast in met letters; die is zichtbaar voor iedereen in de vergadering.',
      },
    },
  },
  'guest-name.impersonation': {
    status: 422,
    text: {
      en: {
        title: 'This name cannot be used',
        detail: "A guest's name may not contain the organisation's domain, so that nobody can pose as staff.",
      },
      nl: {
        title: 'Deze naam kan niet worden gebruikt',
        detail:
          'De naam van een gast mag het domein van de organisatie niet bevatten, zodat niemand zich als medewerker kan voordoen.',
      },
    },
  },
  'appointment.invalid-schedule': {
    status: 422,
    text: {
      en: {
        title: 'The time is not valid',
        detail: 'An appointment must end after it starts and last at most {maxMinutes} minutes.',
      },
      nl: {
        title: 'Het tijdstip is ongeldig',
        detail: 'Een afspraak moet eindigen na de start en duurt hoogstens {maxMinutes} minuten.',
      },
    },
  },
  'appointment.invalid-details': {
    status: 422,
    text: {
      en: { title: 'The appointment details are not valid', detail: 'Check the subject and note: {issues}' },
      nl: {
        title: 'De gegevens van de afspraak zijn ongeldig',
        detail: 'Controleer het onderwerp en de notitie: {issues}',
      },
    },
  },
  'appointment.not-found': {
    status: 404,
    text: {
      en: {
        title: 'Appointment not found',
        detail: 'There is no appointment here for you. Check the link in your invitation.',
      },
      nl: {
        title: 'Afspraak niet gevonden',
        detail: 'Er is hier geen afspraak voor u. Controleer de link in uw uitnodiging.',
      },
    },
  },
  'appointment.already-exists': {
    status: 409,
    text: {
      en: {
        title: 'The appointment already exists',
        detail: 'An appointment with this identifier was already created.',
      },
      nl: { title: 'De afspraak bestaat al', detail: 'Er is al een afspraak met deze id aangemaakt.' },
    },
  },
  'appointment.conflict': {
    status: 412,
    text: {
      en: {
        title: 'Someone else changed this appointment',
        detail: 'The appointment was changed after you opened it. Reload it to see the latest version, then try again.',
      },
      nl: {
        title: 'Iemand anders heeft deze afspraak gewijzigd',
        detail:
          'De afspraak is gewijzigd nadat u hem opende. Laad hem opnieuw om de nieuwste versie te zien en probeer het dan nog eens.',
      },
    },
  },
  'appointment.cancelled': {
    status: 409,
    text: {
      en: {
        title: 'This appointment was cancelled',
        detail: 'The appointment has been cancelled, so it can no longer be joined or changed.',
      },
      nl: {
        title: 'Deze afspraak is geannuleerd',
        detail: 'De afspraak is geannuleerd en kan niet meer worden bijgewoond of gewijzigd.',
      },
    },
  },
  'appointment.ended': {
    status: 409,
    text: {
      en: {
        title: 'This appointment has ended',
        detail: 'The appointment is over, so it can no longer be joined or changed.',
      },
      nl: {
        title: 'Deze afspraak is afgelopen',
        detail: 'De afspraak is voorbij en kan niet meer worden bijgewoond of gewijzigd.',
      },
    },
  },
  'appointment.in-past': {
    status: 422,
    text: {
      en: { title: 'The time is in the past', detail: 'Choose a time that has not passed yet.' },
      nl: { title: 'Het tijdstip ligt in het verleden', detail: 'Kies een tijdstip dat nog niet voorbij is.' },
    },
  },
  'appointment.not-started': {
    status: 409,
    text: {
      en: {
        title: 'This appointment has not started',
        detail: 'An appointment can only be marked as ended after it has started.',
      },
      nl: {
        title: 'Deze afspraak is nog niet begonnen',
        detail: 'Een afspraak kan pas als afgelopen worden gemarkeerd nadat hij is begonnen.',
      },
    },
  },
  'join.not-yet-open': {
    status: 403,
    text: {
      en: { title: 'It is too early to join', detail: 'You can join from {opensAt}.' },
      nl: { title: 'Deelnemen kan nog niet', detail: 'U kunt deelnemen vanaf {opensAt}.' },
    },
  },
  'join.closed': {
    status: 403,
    text: {
      en: { title: 'Joining has closed', detail: 'The time to join this appointment has passed.' },
      nl: { title: 'Deelnemen is gesloten', detail: 'De tijd om aan deze afspraak deel te nemen is voorbij.' },
    },
  },
  'dependency.unavailable': {
    status: 503,
    text: {
      en: {
        title: 'The service is briefly unavailable',
        detail: 'Something Portico depends on did not answer. Nothing was lost; please try again in a minute.',
      },
      nl: {
        title: 'De dienst is even niet beschikbaar',
        detail:
          'Een onderdeel waar Portico van afhangt antwoordde niet. Er is niets verloren gegaan; probeer het over een minuut opnieuw.',
      },
    },
  },
  'internal.unexpected': {
    status: 500,
    text: {
      en: {
        title: 'Something went wrong on our side',
        detail: 'Nothing you did caused this. Please try again; if it keeps happening, contact the organisation.',
      },
      nl: {
        title: 'Er ging bij ons iets mis',
        detail:
          'Dit komt niet door iets wat u deed. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de organisatie.',
      },
    },
  },
};
