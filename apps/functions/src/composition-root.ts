import { TableClient } from '@azure/data-tables';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { defaultGuestNamePolicy } from '@portico/meeting-core';
import { randomUUID } from 'node:crypto';
import {
  AzureTablesAppointmentStore,
  GraphMeetingDirectory,
  appointmentsTableName,
  createGraphClient,
} from '@portico/meeting-core/server';
import type { FunctionDependencies } from './function-dependencies';
import { parseFunctionsSettings, type FunctionsSettings } from './settings';

export interface ComposedFunctionsApp {
  readonly settings: FunctionsSettings;
  readonly dependencies: FunctionDependencies;
  /** Creates tables that infrastructure makes in Azure; for the local stack and tests. */
  readonly prepareLocalStorage: () => Promise<void>;
}

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
  const appointmentTable = tableClient(settings, appointmentsTableName, azureCredential);
  const store = new AzureTablesAppointmentStore(appointmentTable);
  const graph = createGraphClient(
    settings.graph.kind === 'emulator' ? settings.graph : { kind: 'entra', credential: azureCredential() },
  );
  return {
    settings,
    dependencies: {
      appointments: store,
      meetings: new GraphMeetingDirectory(graph),
      newId: () => randomUUID(),
      probeStorage: async () => {
        await appointmentTable
          .listEntities({ queryOptions: { filter: "PartitionKey eq 'health'" } })
          .byPage({ maxPageSize: 1 })
          .next();
      },
      clock: () => new Date(),
      policies: {
        joinWindow: settings.joinWindow,
        meetingLinks: { governmentTenantIds: settings.governmentTenantIds },
        guestNames: { ...defaultGuestNamePolicy, organisationDomains: settings.organisationDomains },
      },
    },
    prepareLocalStorage: () => store.ensureTable(),
  };
}

function tableClient(settings: FunctionsSettings, table: string, azureCredential: () => TokenCredential): TableClient {
  if ('connectionString' in settings.storage) {
    const allowInsecureConnection = settings.environment === 'local';
    return TableClient.fromConnectionString(settings.storage.connectionString, table, { allowInsecureConnection });
  }
  const url = `https://${settings.storage.accountName}.table.core.windows.net`;
  return new TableClient(url, table, azureCredential());
}
