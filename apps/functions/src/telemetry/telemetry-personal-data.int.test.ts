import { randomUUID } from 'node:crypto';
import { context, metrics, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from '@portico/app-runtime/telemetry';
import { AzureStorageMessageQueue, type GuestNotice } from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../composition-root';
import { functionTable } from '../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../local-host/local-functions-host';
import { startLocalQueueListeners, type RunningQueueListeners } from '../local-host/local-queue-listener';
import { waitForEmailsTo } from '@portico/emulator-client';
import { integrationFunctionsEnv } from '../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
const suffix = randomUUID().slice(0, 8);
const staff = {
  id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  name: 'Dr. Ada Visser',
  email: 'ada.visser@contoso.example',
};
const guest = { name: 'Wilhelmina Testpersoon', email: `wilhelmina-${suffix}@example.org` };

describe('telemetry, against the real handlers on the local host', () => {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(spans)],
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  let listeners: RunningQueueListeners;
  let callToken = '';
  const queueClient = (name: string) => app.queueClient(`${name}-${suffix}`);

  const call = (path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${host.url}/api/${path}`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const asStaff = {
    'x-portico-staff-id': staff.id,
    'x-portico-staff-name': encodeURIComponent(staff.name),
    'x-portico-staff-email': staff.email,
  };
  const createFor = async (minutesAhead: number) => {
    const startsAt = new Date(Date.now() + minutesAhead * 60_000);
    startsAt.setUTCSeconds(0, 0);
    const response = await call('staff/appointments', asStaff, {
      guest: { ...guest, locale: 'nl', timeZone: 'Europe/Amsterdam' },
      subject: `Consult for ${guest.name}`,
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(tracerProvider);
    metrics.setGlobalMeterProvider(meterProvider);
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).createIfNotExists();
    const deps = {
      ...app.dependencies,
      notices: new AzureStorageMessageQueue<GuestNotice>(queueClient('invitations')),
    };
    const table = functionTable(deps);
    host = await startLocalFunctionsHost(table, { port: 0, functionKey });
    listeners = startLocalQueueListeners(table, { queueClient, pollIntervalMs: [50, 200] });

    const soon = await createFor(5);
    const later = await createFor(5 * 24 * 60);
    const asGuest = { 'x-portico-guest-email': guest.email };
    const ticket = await call(`appointments/${soon}/join-ticket`, asGuest);
    expect(ticket.status).toBe(200);
    callToken = ((await ticket.json()) as { token: string }).token;
    expect((await call(`appointments/${later}/join-ticket`, asGuest)).status).toBe(403);
    expect(
      (
        await call(
          'guest/sign-in-links',
          { 'x-portico-client-address': '203.0.113.7' },
          { email: guest.email, locale: 'nl' },
        )
      ).status,
    ).toBe(202);
    await waitForEmailsTo(emulators, guest.email, 3);
    await meterProvider.forceFlush();
  });

  afterAll(async () => {
    await listeners.stop();
    await host.close();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).deleteIfExists();
    trace.disable();
    metrics.disable();
    context.disable();
  });

  const exportedSpans = () =>
    spans
      .getFinishedSpans()
      .map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status }));
  const exportedMetrics = () => metricExporter.getMetrics().flatMap((m) => m.scopeMetrics.flatMap((s) => s.metrics));

  it('traces each request and queue message, with spans for the Graph, ACS and storage calls inside', () => {
    const names = exportedSpans().map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/staff/appointments',
        'POST /api/appointments/{id}/join-ticket',
        'graph.meeting-directory.createMeeting',
        'storage.appointments.create',
        'acs.identity.createGuest',
        'sendGuestNotice',
        'acs.email.send',
      ]),
    );
    const refused = exportedSpans().find(
      (s) => s.name === 'POST /api/appointments/{id}/join-ticket' && s.attributes['http.response.status_code'] === 403,
    );
    expect(refused?.attributes['portico.error_code']).toBe('join.not-yet-open');
  });

  it('gives each request one SERVER span, the host’s, with the function’s span beneath it in the same trace', () => {
    const finished = spans.getFinishedSpans();
    const servers = finished.filter((span) => span.kind === SpanKind.SERVER);
    const functionSpans = finished.filter((span) => /^(GET|POST|PUT) \/api\//.test(span.name));
    expect(servers.map((span) => span.name)).toEqual(expect.arrayContaining(['createAppointment', 'issueJoinTicket']));
    expect(functionSpans.length).toBe(servers.length);
    for (const span of functionSpans) {
      expect(span.kind).toBe(SpanKind.INTERNAL);
      const parent = servers.find((server) => server.spanContext().spanId === span.parentSpanContext?.spanId);
      expect(parent?.spanContext().traceId).toBe(span.spanContext().traceId);
      expect(parent?.attributes['http.route']).toBe(span.attributes['http.route']);
    }
  });

  it('counts joins and refusals by code', () => {
    const byName = new Map(exportedMetrics().map((m) => [m.descriptor.name, m]));
    const joins = byName.get('portico.joins')?.dataPoints.reduce((sum, point) => sum + Number(point.value), 0);
    expect(joins).toBe(1);
    const refusals = byName.get('portico.refusals')?.dataPoints.map((point) => point.attributes['portico.error_code']);
    expect(refusals).toContain('join.not-yet-open');
  });

  it('never hands the exporter a name, an e-mail address or a token', () => {
    const exported = JSON.stringify({ spans: exportedSpans(), metrics: exportedMetrics() });
    expect(callToken.length).toBeGreaterThan(20);
    for (const personal of [guest.name, guest.email, staff.name, 'Ada Visser', staff.email, callToken, '203.0.113.7']) {
      expect(exported).not.toContain(personal);
    }
  });
});
