'use client';

import { Link } from '@fluentui/react-components';
import { dialInTelLink, type DialIn } from '@portico/domain';
import { useTranslations } from 'next-intl';

/**
 * How to join the meeting's audio by phone, for a guest whose device cannot: the number as a `tel:`
 * link that also enters the conference ID, and the ID to type by hand.
 */
export function DialInHelp({ dialIn, className }: { readonly dialIn: DialIn; readonly className?: string }) {
  const t = useTranslations('call');
  const call = (number: string) => (
    <Link href={dialInTelLink(number, dialIn.conferenceId)} inline>
      {number}
    </Link>
  );
  return (
    <p className={className} data-testid="dial-in">
      {t.rich(dialIn.tollFreeNumber ? 'dialInTollFree' : 'dialIn', {
        number: () => call(dialIn.tollNumber),
        tollFree: () => (dialIn.tollFreeNumber ? call(dialIn.tollFreeNumber) : null),
        id: dialIn.conferenceId,
      })}
    </p>
  );
}
