import { TableClient } from '@azure/data-tables';
import {
  AcsIdentityIssuer,
  AzureTablesAppointmentStore,
  AzureTablesAuditTrail,
  AzureTablesCallIdentities,
  appointmentsTableName,
  auditTrailTableName,
  callIdentitiesTableName,
  createIdentityClient,
} from '@portico/server-adapters';
import type { RunningLocalStack } from '@portico/local-stack';
import { keepAliveRequests } from './keep-alive-requests';
import { percentile, type Measurement } from './measurement';
import { onLocalStack } from './on-local-stack';
import { openLoop, type OpenLoopRun } from './open-loop';
import { cpuDuring } from './process-cpu';

const guestEmail = 'jane.doe@example.com';
const p99LimitMs = 100;
const goalPerSecond = 500;
const stepSeconds = 8;
const rateSteps = [100, 200, 300, 400, 500, 600, 700, 800];

/**
 * The join ticket under an open loop of rising rates, beside its floor: the same dependency calls
 * the ticket makes (the appointment and the guest's ACS identity read from Tables, a token from the
 * identity service, the audit event written), made directly from this process through the same
 * adapters at the same rate in the same run. What the ticket costs above the floor is Portico's:
 * HTTP, the Functions host, authorisation and the domain.
 */
export async function benchJoinTicket(): Promise<Measurement[]> {
  return onLocalStack(async (stack) => {
    const appointmentId = `demo-${new Date().toISOString().slice(0, 10)}-1`;
    const ticket = keepAliveRequests(
      `${stack.urls.functions}/appointments/${appointmentId}/join-ticket`,
      { method: 'POST', headers: { 'x-functions-key': stack.functionsKey, 'x-portico-guest-email': guestEmail } },
      200,
    );
    try {
      // The first ticket mints the guest's identity; every later one renews its token, as a rejoin does.
      if (!(await ticket.send())) throw new Error('The demo guest got no join ticket');
      const floor = dependencyCalls(stack, appointmentId);
      for (let warm = 0; warm < 200; warm++) {
        await ticket.send();
        await floor();
      }
      const steps: Step[] = [];
      for (const rate of rateSteps) {
        const floorRun = await cpuDuring(stack.processes, () => openLoop(rate, stepSeconds, floor));
        const ticketRun = await cpuDuring(stack.processes, () => openLoop(rate, stepSeconds, ticket.send));
        const step = {
          rate,
          floor: floorRun.result,
          ticket: ticketRun.result,
          profile: `ticket ${ticketRun.profile}; floor ${floorRun.profile}`,
        };
        steps.push(step);
        if (!sustained(step.rate, step.floor) && !sustained(step.rate, step.ticket)) break;
      }
      return report(steps);
    } finally {
      ticket.close();
    }
  });
}

/** The ticket's dependency calls, one after another as the ticket makes them. */
function dependencyCalls(stack: RunningLocalStack, appointmentId: string): () => Promise<boolean> {
  const table = (name: string) =>
    TableClient.fromConnectionString(stack.urls.storageConnectionString, name, { allowInsecureConnection: true });
  const appointments = new AzureTablesAppointmentStore(table(appointmentsTableName));
  const callIdentities = new AzureTablesCallIdentities(table(callIdentitiesTableName));
  const auditTrail = new AzureTablesAuditTrail(table(auditTrailTableName));
  const identities = new AcsIdentityIssuer(
    createIdentityClient({ kind: 'connection-string', connectionString: stack.urls.acsConnectionString }),
  );
  return async () => {
    const stored = await appointments.get(appointmentId);
    const userId = await callIdentities.find(appointmentId, guestEmail);
    if (!stored || !userId) return false;
    const token = await identities.renewToken(userId);
    await auditTrail.record({
      appointmentId,
      kind: 'ticket-issued',
      at: new Date().toISOString(),
      actor: 'guest',
      name: 'Jane Doe',
    });
    return token !== undefined;
  };
}

function sustained(rate: number, run: OpenLoopRun): boolean {
  return run.failures === 0 && run.achievedPerSecond >= rate * 0.98 && percentile(run.latencies, 99) <= p99LimitMs;
}

interface Step {
  readonly rate: number;
  readonly floor: OpenLoopRun;
  readonly ticket: OpenLoopRun;
  /** Which process spent the CPU, ticket run and floor run. */
  readonly profile: string;
}

function report(steps: readonly Step[]): Measurement[] {
  const highest = (side: 'floor' | 'ticket') =>
    Math.max(0, ...steps.filter((step) => sustained(step.rate, step[side])).map((step) => step.rate));
  const atGoal = steps.find((step) => step.rate === goalPerSecond);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const floorLabel = 'the same dependency calls made directly, same rate, same run';
  const setting = `open loop, ${stepSeconds} s a step, latency from each request's due time; Functions local host, Azurite and the identity emulator on this machine`;
  const profile = steps
    .map(
      (step) =>
        `${step.rate}/s: ticket p99 ${round(percentile(step.ticket.latencies, 99))} ms, floor ${round(percentile(step.floor.latencies, 99))} ms`,
    )
    .join('; ');
  const measurements: Measurement[] = [
    {
      name: `join-ticket: highest rate with p99 ≤ ${p99LimitMs} ms`,
      value: highest('ticket'),
      unit: 'tickets/s',
      detail: `${setting}. Steps: ${profile}`,
      reference: { kind: 'anchor', value: goalPerSecond, label: 'issue #18 goal' },
    },
    {
      name: 'join-ticket floor: highest rate',
      value: highest('floor'),
      unit: 'calls/s',
      detail: `${floorLabel}, p99 ≤ ${p99LimitMs} ms`,
      reference: { kind: 'anchor', value: goalPerSecond, label: 'issue #18 goal' },
    },
  ];
  if (!atGoal) return measurements;
  const at = (side: 'floor' | 'ticket', p: number) => round(percentile(atGoal[side].latencies, p));
  return [
    ...measurements,
    {
      name: `join-ticket p99 at ${goalPerSecond}/s`,
      value: at('ticket', 99),
      unit: 'ms',
      detail: `${atGoal.ticket.latencies.length} tickets, ${atGoal.ticket.failures} failed; ${setting}. ${atGoal.profile}`,
      reference: { kind: 'limit', value: p99LimitMs, label: 'issue #18 goal' },
    },
    {
      name: `join-ticket p50 at ${goalPerSecond}/s vs floor`,
      value: at('ticket', 50),
      unit: 'ms',
      detail: `overhead goal ≤ 1.3× the floor; floor ${floorLabel}`,
      reference: { kind: 'floor', value: at('floor', 50), label: 'floor p50' },
    },
    {
      name: `join-ticket p99 at ${goalPerSecond}/s vs floor`,
      value: at('ticket', 99),
      unit: 'ms',
      detail: `overhead goal ≤ 1.3× the floor; floor ${floorLabel}`,
      reference: { kind: 'floor', value: at('floor', 99), label: 'floor p99' },
    },
  ];
}
