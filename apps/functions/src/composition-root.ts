import { TableClient } from '@azure/data-tables';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { QueueClient } from '@azure/storage-queue';
import { defaultGuestNamePolicy } from '@portico/domain';
import { randomUUID } from 'node:crypto';
import {
  AcsEmailMailer,
  AcsIdentityIssuer,
  AzureTablesCallIdentities,
  AzureTablesSyncedCalendars,
  GraphCalendarSource,
  GraphCalendarSubscriptions,
  NotificationClientStates,
  calendarNotificationsQueueName,
  syncedCalendarsTableName,
  type CalendarSyncMessage,
  AppointmentLinkTokens,
  AzureStorageMessageQueue,
  type GuestNotice,
  AzureTablesAppointmentStore,
  AzureTablesRateLimiter,
  AzureTablesPresenceBoard,
  AzureTablesAuditTrail,
  auditTrailTableName,
  AzureTablesSentEmailLog,
  AzureTablesSignInLinks,
  GraphMeetingDirectory,
  appointmentsTableName,
  callIdentitiesTableName,
  connectionStringEndpoint,
  createEmailClient,
  createGraphClient,
  createIdentityClient,
  guestAccessTableName,
  invitationsQueueName,
  perTryTimeout,
  presenceBoardTableName,
  sentEmailsTableName,
} from '@portico/server-adapters';
import type { TelemetrySettings } from '@portico/app-runtime/telemetry';
import type { FunctionDependencies } from './function-dependencies';
import { observePoisonQueues } from './telemetry/portico-metrics';
import { tracedPort } from './telemetry/traced-port';
import { parseFunctionsSettings, type FunctionsSettings } from './settings';

export interface ComposedFunctionsApp {
  readonly settings: FunctionsSettings;
  readonly dependencies: FunctionDependencies;
  /** A queue of Portico's storage account by name, for the local host's queue listener and tools. */
  readonly queueClient: (name: string) => QueueClient;
  /** Where this process's telemetry goes; `startTelemetry` with it before serving. */
  readonly telemetry: TelemetrySettings;
  /** Reports the poison queues' depths as a metric once telemetry has started. */
  readonly observePoisonQueues: () => void;
  /** Creates the tables and queues that infrastructure makes in Azure; for the local stack and tests. */
  readonly prepareLocalStorage: () => Promise<void>;
}

/** Sign-in links asked for per address and per client address, per quarter of an hour. */
const signInRates = {
  perEmail: { scope: 'sign-in-email', limit: 3, windowSeconds: 15 * 60 },
  perClient: { scope: 'sign-in-client', limit: 20, windowSeconds: 15 * 60 },
};

/**
 * The Functions app's composition root: the one place that reads settings and chooses adapters.
 * `env` defaults to the process environment; tests pass their own.
 */
export function composeFunctionsApp(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ComposedFunctionsApp {
  const settings = parseFunctionsSettings(env);
  // One credential for every Azure client: one token cache, one managed-identity discovery.
  let credential: TokenCredential | undefined;
  const azureCredential = () => (credential ??= new DefaultAzureCredential());
  const table = (name: string) => tableClient(settings, name, azureCredential);
  const queueClient = (name: string) => storageQueueClient(settings, name, azureCredential);
  const appointmentTable = table(appointmentsTableName);
  const guestAccessTable = table(guestAccessTableName);
  const sentEmailsTable = table(sentEmailsTableName);
  const callIdentitiesTable = table(callIdentitiesTableName);
  const syncedCalendarsTable = table(syncedCalendarsTableName);
  const presenceBoardTable = table(presenceBoardTableName);
  const auditTrailTable = table(auditTrailTableName);
  const calendarSyncQueue = new AzureStorageMessageQueue<CalendarSyncMessage>(
    queueClient(calendarNotificationsQueueName),
  );
  const store = new AzureTablesAppointmentStore(appointmentTable);
  const notices = new AzureStorageMessageQueue<GuestNotice>(queueClient(invitationsQueueName));
  const graph = createGraphClient(
    settings.graph.kind === 'emulator' ? settings.graph : { kind: 'entra', credential: azureCredential() },
  );
  const timeoutMs = settings.timeouts.dependencyMs;
  const email = createEmailClient(
    settings.email.kind === 'emulator'
      ? { ...settings.email, accessKey: settings.email.accessKey, timeoutMs }
      : { kind: 'acs', endpoint: settings.email.endpoint, credential: azureCredential(), timeoutMs },
  );
  const identityClient = createIdentityClient(
    settings.identity.kind === 'connection-string'
      ? { ...settings.identity, timeoutMs }
      : { kind: 'acs', endpoint: settings.identity.endpoint, credential: azureCredential(), timeoutMs },
  );
  return {
    settings,
    dependencies: {
      appointments: tracedPort('storage.appointments', store),
      meetings: tracedPort('graph.meeting-directory', new GraphMeetingDirectory(graph)),
      notices: tracedPort('storage.invitations-queue', notices),
      mailer: tracedPort('acs.email', new AcsEmailMailer(email, settings.email.sender)),
      sentEmails: tracedPort('storage.sent-emails', new AzureTablesSentEmailLog(sentEmailsTable)),
      presenceBoard: tracedPort('storage.presence-board', new AzureTablesPresenceBoard(presenceBoardTable)),
      auditTrail: tracedPort('storage.audit-trail', new AzureTablesAuditTrail(auditTrailTable)),
      auditRetentionDays: settings.auditRetentionDays,
      appointmentLinks: new AppointmentLinkTokens(settings.linkSigningSecret),
      signInLinks: tracedPort('storage.sign-in-links', new AzureTablesSignInLinks(guestAccessTable)),
      identities: tracedPort('acs.identity', new AcsIdentityIssuer(identityClient)),
      callIdentities: tracedPort('storage.call-identities', new AzureTablesCallIdentities(callIdentitiesTable)),
      acsEndpoint:
        settings.identity.kind === 'acs'
          ? settings.identity.endpoint
          : connectionStringEndpoint(settings.identity.connectionString),
      signInRateLimits: {
        perEmail: new AzureTablesRateLimiter(guestAccessTable, signInRates.perEmail),
        perClient: new AzureTablesRateLimiter(guestAccessTable, signInRates.perClient),
      },
      newId: () => randomUUID(),
      requestDeadlineMs: settings.timeouts.requestDeadlineMs,
      probeStorage: async () => {
        await appointmentTable
          .listEntities({ queryOptions: { filter: "PartitionKey eq 'health'" } })
          .byPage({ maxPageSize: 1 })
          .next();
      },
      clock: () => new Date(),
      portal: { url: settings.portalUrl, brand: settings.brand },
      policies: {
        joinWindow: settings.joinWindow,
        meetingLinks: { governmentTenantIds: settings.governmentTenantIds },
        guestNames: { ...defaultGuestNamePolicy, organisationDomains: settings.organisationDomains },
      },
      calendars: tracedPort('graph.calendar', new GraphCalendarSource(graph)),
      calendarSubscriptions: tracedPort('graph.subscriptions', new GraphCalendarSubscriptions(graph)),
      syncedCalendars: tracedPort('storage.synced-calendars', new AzureTablesSyncedCalendars(syncedCalendarsTable)),
      calendarSyncQueue: tracedPort('storage.calendar-queue', calendarSyncQueue),
      clientStates: new NotificationClientStates(settings.calendarSync.clientStateKey),
      calendarSync: {
        notificationUrl: settings.calendarSync.notificationUrl,
        lifecycleNotificationUrl: settings.calendarSync.lifecycleNotificationUrl,
        windowDays: settings.calendarSync.windowDays,
        rules: {
          organisationDomains: settings.organisationDomains,
          ...(settings.calendarSync.category === undefined ? {} : { category: settings.calendarSync.category }),
          guestLocale: settings.calendarSync.guestLocale,
          guestTimeZone: settings.calendarSync.guestTimeZone,
          meetingLinks: { governmentTenantIds: settings.governmentTenantIds },
        },
      },
    },
    queueClient,
    telemetry: settings.telemetry,
    observePoisonQueues: () =>
      observePoisonQueues(
        [invitationsQueueName, calendarNotificationsQueueName].map((name) => ({
          name: `${name}-poison`,
          client: queueClient(`${name}-poison`),
        })),
      ),
    prepareLocalStorage: async () => {
      await store.ensureTable();
      await Promise.all(
        [
          guestAccessTable,
          sentEmailsTable,
          callIdentitiesTable,
          syncedCalendarsTable,
          presenceBoardTable,
          auditTrailTable,
        ].map((t) => t.createTable()),
      );
      await Promise.all([
        notices.ensureQueue(),
        calendarSyncQueue.ensureQueue(),
        ...[invitationsQueueName, calendarNotificationsQueueName].map((name) =>
          queueClient(`${name}-poison`).createIfNotExists(),
        ),
      ]);
    },
  };
}

function tableClient(settings: FunctionsSettings, table: string, azureCredential: () => TokenCredential): TableClient {
  // Storage that accepts connections but never answers is abandoned per try, and tried twice more.
  const options = {
    additionalPolicies: [perTryTimeout(settings.timeouts.dependencyMs)],
    retryOptions: { maxRetries: 2 },
  };
  if ('connectionString' in settings.storage) {
    const allowInsecureConnection = settings.environment === 'local';
    return TableClient.fromConnectionString(settings.storage.connectionString, table, {
      ...options,
      allowInsecureConnection,
    });
  }
  const url = `https://${settings.storage.accountName}.table.core.windows.net`;
  return new TableClient(url, table, azureCredential(), options);
}

function storageQueueClient(
  settings: FunctionsSettings,
  queue: string,
  azureCredential: () => TokenCredential,
): QueueClient {
  const options = { retryOptions: { maxTries: 3, tryTimeoutInMs: settings.timeouts.dependencyMs } };
  if ('connectionString' in settings.storage) return new QueueClient(settings.storage.connectionString, queue, options);
  return new QueueClient(
    `https://${settings.storage.accountName}.queue.core.windows.net/${queue}`,
    azureCredential(),
    options,
  );
}
