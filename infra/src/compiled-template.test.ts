import { join } from 'node:path';
import { runBicep } from '@portico/bicep-cli';

interface ArmResource {
  readonly type: string;
  readonly name: string;
  readonly kind?: string;
  readonly identity?: { readonly type?: string };
  readonly properties?: Record<string, unknown> & { readonly template?: ArmTemplate };
  readonly sku?: Record<string, unknown>;
  readonly copy?: { readonly count: string };
}

interface ArmTemplate {
  readonly resources: Record<string, ArmResource> | ArmResource[];
  readonly parameters?: Record<string, { readonly type: string; readonly defaultValue?: unknown }>;
  readonly outputs?: Record<string, { readonly type: string; readonly value?: unknown }>;
}

function compile(file: string): ArmTemplate {
  return JSON.parse(runBicep(['build', join(__dirname, '..', file), '--stdout']).stdout) as ArmTemplate;
}

/** Every resource in the template and in the modules it deploys (nested deployments), flattened. */
function allResources(template: ArmTemplate): ArmResource[] {
  return Object.values(template.resources).flatMap((resource) =>
    resource.type === 'Microsoft.Resources/deployments' && resource.properties?.template
      ? allResources(resource.properties.template)
      : [resource],
  );
}

/** Every template: the main one and each module's, for checks on outputs. */
function allTemplates(template: ArmTemplate): ArmTemplate[] {
  return [
    template,
    ...Object.values(template.resources).flatMap((resource) =>
      resource.properties?.template ? allTemplates(resource.properties.template) : [],
    ),
  ];
}

const main = compile('main.bicep');
const resources = allResources(main);
const ofType = (type: string) => resources.filter((r) => r.type === type);
const appSettingsOf = (site: ArmResource) =>
  ((site.properties?.['siteConfig'] as { appSettings?: { name: string; value: string }[] }).appSettings ?? []).map(
    (s) => s.name,
  );

describe('the compiled infrastructure (main.bicep with every module)', () => {
  it('keeps storage HTTPS-only, TLS 1.2, without public blob access or shared keys', () => {
    const [account] = ofType('Microsoft.Storage/storageAccounts');
    expect(account?.properties).toMatchObject({
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
    });
    for (const container of ofType('Microsoft.Storage/storageAccounts/blobServices/containers')) {
      expect(container.properties?.['publicAccess']).toBe('None');
    }
  });

  it('creates every table Portico uses and a poison queue for every queue', () => {
    const json = JSON.stringify(main);
    for (const table of [
      'appointments',
      'guestaccess',
      'sentemails',
      'callidentities',
      'calendarsync',
      'presenceboard',
      'audittrail',
      'reminders',
      'shortlinks',
      'walkindesks',
    ]) {
      expect(json).toContain(`"${table}"`);
    }
    expect(json).toContain('"calendar-notifications"');
    expect(json).toContain("format('{0}-poison'");
  });

  it('runs both apps HTTPS-only with TLS 1.2, FTPS and basic-auth publishing off, on Node 22', () => {
    const sites = ofType('Microsoft.Web/sites');
    expect(sites.map((s) => s.kind).sort()).toEqual(['app,linux', 'functionapp,linux']);
    for (const site of sites) {
      expect(site.properties).toMatchObject({ httpsOnly: true });
      expect(site.properties?.['siteConfig']).toMatchObject({ minTlsVersion: '1.2', ftpsState: 'Disabled' });
      expect(site.identity?.type).toBe('UserAssigned');
    }
    const functions = sites.find((s) => s.kind === 'functionapp,linux');
    expect(functions?.properties?.['functionAppConfig']).toMatchObject({ runtime: { name: 'node', version: '22' } });
    const web = sites.find((s) => s.kind === 'app,linux');
    expect(web?.properties?.['siteConfig']).toMatchObject({
      linuxFxVersion: 'NODE|22-lts',
      appCommandLine: 'node --enable-source-maps apps/web/portico-server.js --dir apps/web --hostname 0.0.0.0',
    });
    const policies = ofType('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    expect(policies).toHaveLength(4);
    for (const policy of policies) expect(policy.properties).toEqual({ allow: false });
  });

  it('puts the Functions app on Flex Consumption, deployed from storage with its identity', () => {
    const plan = ofType('Microsoft.Web/serverfarms').find((p) => p.kind === 'functionapp');
    expect(plan?.sku).toEqual({ tier: 'FlexConsumption', name: 'FC1' });
    const functions = ofType('Microsoft.Web/sites').find((s) => s.kind === 'functionapp,linux');
    expect(functions?.properties?.['functionAppConfig']).toMatchObject({
      deployment: { storage: { type: 'blobContainer', authentication: { type: 'UserAssignedIdentity' } } },
    });
  });

  it('gives the apps secrets only as Key Vault references and storage only through Entra ID', () => {
    for (const site of ofType('Microsoft.Web/sites')) {
      const settings = (site.properties?.['siteConfig'] as { appSettings: { name: string; value: string }[] })
        .appSettings;
      const secrets = settings.filter((s) => /SECRET|KEY$/.test(s.name));
      expect(secrets.length).toBeGreaterThan(0);
      // Each goes through the template's one function that writes `@Microsoft.KeyVault(SecretUri=…)`.
      for (const setting of secrets)
        expect(setting.value).toMatch(/keyVaultReference\(parameters\('keyVaultUri'\), '[a-z-]+'\)/);
      expect(appSettingsOf(site)).not.toContain('AzureWebJobsStorage');
      expect(JSON.stringify(settings)).not.toMatch(/AccountKey=|accesskey=/i);
    }
    const functions = ofType('Microsoft.Web/sites').find((s) => s.kind === 'functionapp,linux');
    expect(JSON.stringify(main)).toContain('@Microsoft.KeyVault(SecretUri={0}secrets/{1})');
    expect(appSettingsOf(functions as ArmResource)).toEqual(
      expect.arrayContaining([
        'AzureWebJobsStorage__accountName',
        'PorticoStorage__queueServiceUri',
        'AZURE_CLIENT_ID',
      ]),
    );
  });

  it("gives both apps the brand's name and colour from one pair of parameters", () => {
    expect(main.parameters?.['brandName']).toMatchObject({ defaultValue: 'Portico' });
    expect(main.parameters?.['brandColour']).toMatchObject({ defaultValue: '#007A8A' });
    for (const site of ofType('Microsoft.Web/sites'))
      expect(appSettingsOf(site)).toEqual(
        expect.arrayContaining(['PORTICO_BRAND_NAME', 'PORTICO_BRAND_COLOUR', 'PORTICO_BRAND_LOGO_URL']),
      );
  });

  it('runs both apps with source maps, so stack traces in the logs name the TypeScript sources', () => {
    const functions = ofType('Microsoft.Web/sites').find((s) => s.kind === 'functionapp,linux');
    const settings = (functions?.properties?.['siteConfig'] as { appSettings: { name: string; value: string }[] })
      .appSettings;
    expect(settings).toContainEqual({ name: 'languageWorkers__node__arguments', value: '--enable-source-maps' });
    const web = ofType('Microsoft.Web/sites').find((s) => s.kind === 'app,linux');
    expect((web?.properties?.['siteConfig'] as { appCommandLine: string }).appCommandLine).toMatch(
      /^node --enable-source-maps /,
    );
  });

  it('keeps Key Vault in RBAC mode with purge protection, and ACS and Application Insights on Entra ID only', () => {
    const [vault] = ofType('Microsoft.KeyVault/vaults');
    expect(vault?.properties).toMatchObject({ enableRbacAuthorization: true, enablePurgeProtection: true });
    const [communication] = ofType('Microsoft.Communication/communicationServices');
    expect(communication?.properties).toMatchObject({ disableLocalAuth: true });
    const [insights] = ofType('Microsoft.Insights/components');
    expect(insights?.properties).toMatchObject({ DisableLocalAuth: true });
    expect(ofType('Microsoft.OperationalInsights/workspaces')).toHaveLength(1);
    expect(ofType('Microsoft.Communication/emailServices/domains')).toHaveLength(1);
  });

  it('makes a user-assigned identity per app and grants each only its roles', () => {
    expect(ofType('Microsoft.ManagedIdentity/userAssignedIdentities')).toHaveLength(2);
    expect(ofType('Microsoft.Authorization/roleAssignments')).toHaveLength(4);
    // The role ids sit in the role module's variables, which its assignments index.
    const roleModule = allTemplates(main).find((t) =>
      Object.values(t.resources).some((r) => r.type === 'Microsoft.Authorization/roleAssignments'),
    );
    const roleIds = JSON.stringify(roleModule);
    for (const role of [
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', // Storage Table Data Contributor
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88', // Storage Queue Data Contributor
      'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', // Storage Blob Data Owner (host leases, deployment)
      '4633458b-17de-408a-b874-0445c86b69e6', // Key Vault Secrets User
      '09976791-48a7-449e-bb21-39d1a415f350', // Communication and Email Service Owner
      '3913510d-42f4-4e42-8a64-420c390055eb', // Monitoring Metrics Publisher
    ]) {
      expect(roleIds).toContain(role);
    }
    // No broad role anywhere: not Owner, Contributor or User Access Administrator.
    for (const broad of [
      '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
      'b24988ac-6180-42a0-ab88-20f7382dd24c',
      '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    ]) {
      expect(roleIds).not.toContain(broad);
    }
  });

  it('alerts on poison-queue depth and on the error rate', () => {
    const rules = ofType('Microsoft.Insights/scheduledQueryRules');
    const queries = JSON.stringify(rules);
    expect(rules).toHaveLength(2);
    expect(queries).toContain('portico.queue.poison_depth');
    expect(queries).toContain('success == false');
  });

  it('outputs no secret from any template', () => {
    for (const template of allTemplates(main)) {
      for (const output of Object.values(template.outputs ?? {})) expect(output.type).not.toMatch(/^secure/i);
      expect(JSON.stringify(template.outputs ?? {})).not.toMatch(/listKeys|connectionString|AccountKey|secrets\//i);
    }
  });
});
