import { TableClient } from '@azure/data-tables';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { QueueClient } from '@azure/storage-queue';
import { cancellationUndoSeconds, defaultGuestNamePolicy } from '@portico/domain';
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
  GraphStaffMailboxSettings,
  CachedStaffMailboxSettings,
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
  AcsSmsTextMessenger,
  AzureTablesReminderLedger,
  AzureTablesReminderPreferences,
  AzureTablesShortLinks,
  ReminderStopTokens,
  createSmsClient,
  remindersTableName,
  shortLinksTableName,
  AzureTablesWalkInDesks,
  walkInDesksTableName,
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
 * Walk-in check-ins per client address (a reception's guest Wi-Fi is one address for all its
 * visitors), per desk (a flood from many addresses) and per e-mail address (each check-in e-mails
 * it), per quarter of an hour.
 */
const walkInRates = {
  perClient: { scope: 'walk-in-client', limit: 30, windowSeconds: 15 * 60 },
  perDesk: { scope: 'walk-in-desk', limit: 200, windowSeconds: 15 * 60 },
  perEmail: { scope: 'walk-in-email', limit: 3, windowSeconds: 15 * 60 },
};

/** How long a staff member's mailbox settings, and a failure to read them, are kept (see the cache). */
const mailboxSettingsKept = { keepMs: 5 * 60_000, keepFailureMs: 60_000 };

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
  const remindersTable = table(remindersTableName);
  const shortLinksTable = table(shortLinksTableName);
  const walkInDesksTable = table(walkInDesksTableName);
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
  const smsSender = settings.reminders.smsSender;
  const texts =
    smsSender === undefined
      ? undefined
      : new AcsSmsTextMessenger(
          createSmsClient(
            settings.identity.kind === 'connection-string'
              ? { kind: 'connection-string', connectionString: settings.identity.connectionString, timeoutMs }
              : { kind: 'acs', endpoint: settings.identity.endpoint, credential: azureCredential(), timeoutMs },
          ),
          smsSender,
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
      cancellationUndoSeconds,
      reminders: {
        minutesBefore: settings.reminders.minutesBefore,
        ledger: tracedPort('storage.reminder-ledger', new AzureTablesReminderLedger(remindersTable)),
        preferences: tracedPort('storage.reminder-preferences', new AzureTablesReminderPreferences(remindersTable)),
        stopTokens: new ReminderStopTokens(settings.linkSigningSecret),
        shortLinks: tracedPort(
          'storage.short-links',
          new AzureTablesShortLinks(shortLinksTable, settings.linkSigningSecret),
        ),
        texts: texts && tracedPort('acs.sms', texts),
      },
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
      walkInDesks: tracedPort('storage.walk-in-desks', new AzureTablesWalkInDesks(walkInDesksTable)),
      walkInRateLimits: {
        perClient: new AzureTablesRateLimiter(guestAccessTable, walkInRates.perClient),
        perDesk: new AzureTablesRateLimiter(guestAccessTable, walkInRates.perDesk),
        perEmail: new AzureTablesRateLimiter(guestAccessTable, walkInRates.perEmail),
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
      staffMailboxSettings: new CachedStaffMailboxSettings(
        tracedPort('graph.mailbox-settings', new GraphStaffMailboxSettings(graph, settings.defaultStaffTimeZone)),
        { ...mailboxSettingsKept, clock: () => new Date() },
      ),
      defaultStaffTimeZone: settings.defaultStaffTimeZone,
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
          remindersTable,
          shortLinksTable,
          walkInDesksTable,
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
