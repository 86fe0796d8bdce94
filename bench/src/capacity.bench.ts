import { simulateDay, type DayPeaks } from './capacity/capacity-model';
import { defaultWorkload } from './capacity/deployment-day';
import type { Measurement } from './measurement';

/** A published limit one deployment's load meets, in the unit the model's peak is counted in. */
interface Limit {
  readonly peak: keyof DayPeaks;
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  readonly label: string;
}

// Sources: learn.microsoft.com (azure/storage/tables/scalability-targets, storage/queues/scalability-targets,
// communication-services/concepts/service-limits, graph/throttling-limits); see docs/capacity.md.
const limits: readonly Limit[] = [
  {
    peak: 'startDayPartition',
    name: 'capacity: start-day lookup partition',
    unit: 'entities/s',
    value: 2000,
    label: 'Tables, one partition',
  },
  {
    peak: 'sentLogPartition',
    name: 'capacity: sent-message log partition',
    unit: 'entities/s',
    value: 2000,
    label: 'Tables, one partition',
  },
  {
    peak: 'reminderClaimPartition',
    name: 'capacity: reminder claim partition',
    unit: 'entities/s',
    value: 2000,
    label: 'Tables, one partition',
  },
  {
    peak: 'presencePartition',
    name: 'capacity: one organiser’s presence partition',
    unit: 'entities/s',
    value: 2000,
    label: 'Tables, one partition',
  },
  {
    peak: 'storageAccount',
    name: 'capacity: storage account',
    unit: 'transactions/s',
    value: 20_000,
    label: 'Storage account',
  },
  {
    peak: 'invitationsQueue',
    name: 'capacity: invitations queue',
    unit: 'messages/s',
    value: 2000,
    label: 'one queue',
  },
  {
    peak: 'acsIdentity',
    name: 'capacity: ACS identity calls',
    unit: 'requests/s',
    value: 1000 / 30,
    label: 'ACS identity, 1,000 per 30 s',
  },
  {
    peak: 'emailsPerMinute',
    name: 'capacity: e-mails, busiest minute',
    unit: 'e-mails/min',
    value: 30,
    label: 'ACS Email default quota (custom domain)',
  },
  {
    peak: 'textsPerMinute',
    name: 'capacity: texts, busiest minute',
    unit: 'texts/min',
    value: 600,
    label: 'ACS SMS, alphanumeric sender per resource',
  },
  {
    peak: 'graphPerMailboxPer10Minutes',
    name: 'capacity: Graph on the busiest mailbox',
    unit: 'requests/10 min',
    value: 10_000,
    label: 'Graph, per app and mailbox',
  },
];

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The capacity model, checked by simulation: one day of the default workload (500 staff, 12
 * appointments each) second by second, each limit's busiest moment against the published limit,
 * and the appointments a day at which it would bind (the peaks grow in proportion to the day's
 * appointments, except one organiser's and one mailbox's, which do not). No I/O: it runs anywhere.
 */
export async function benchCapacity(): Promise<Measurement[]> {
  const workload = defaultWorkload;
  const appointments = workload.staff * workload.appointmentsPerStaffPerDay;
  const peaks = simulateDay(workload);
  const perLimit = limits.map((limit): Measurement & { readonly atLimit: number } => {
    const peak = peaks[limit.peak];
    const scales = limit.peak !== 'presencePartition' && limit.peak !== 'graphPerMailboxPer10Minutes';
    const atLimit = peak === 0 || !scales ? Number.POSITIVE_INFINITY : Math.floor((appointments * limit.value) / peak);
    return {
      name: limit.name,
      value: round(peak),
      unit: limit.unit,
      detail: `busiest moment of a simulated day of ${appointments} appointments; binds at ${Number.isFinite(atLimit) ? `${atLimit} appointments a day` : 'no size of organisation (per person)'}`,
      reference: { kind: 'limit', value: round(limit.value), label: limit.label },
      atLimit,
    };
  });
  const binding = perLimit.reduce((lowest, m) => (m.atLimit < lowest.atLimit ? m : lowest));
  const withRaisedEmail = perLimit
    .filter((m) => m.name !== 'capacity: e-mails, busiest minute')
    .reduce((lowest, m) => (m.atLimit < lowest.atLimit ? m : lowest));
  return [
    ...perLimit.map(({ atLimit: _atLimit, ...measurement }) => measurement),
    {
      name: 'capacity: appointments a day one deployment serves',
      value: binding.atLimit,
      unit: 'appointments/day',
      detail: `bound by ${binding.name.replace('capacity: ', '')}; with the e-mail quota raised, ${withRaisedEmail.atLimit} (bound by ${withRaisedEmail.name.replace('capacity: ', '')})`,
      reference: { kind: 'anchor', value: appointments, label: 'the simulated day' },
    },
  ];
}
