import { join } from 'node:path';
import { runBicep } from '@portico/bicep-cli';

interface ArmResource {
  readonly type: string;
  readonly name: string;
  readonly properties?: Record<string, unknown>;
  readonly copy?: { readonly count: string };
}

interface ArmTemplate {
  readonly resources: Record<string, ArmResource> | ArmResource[];
  readonly outputs: Record<string, { readonly type: string }>;
}

function compile(file: string): ArmTemplate {
  return JSON.parse(runBicep(['build', join(__dirname, '..', file), '--stdout']).stdout) as ArmTemplate;
}

const resourcesOf = (template: ArmTemplate) => Object.values(template.resources);

describe('the compiled storage module', () => {
  const template = compile('modules/storage.bicep');
  const account = resourcesOf(template).find((r) => r.type === 'Microsoft.Storage/storageAccounts');

  it('allows HTTPS only, TLS 1.2 at least, no public blob access and no shared keys', () => {
    expect(account?.properties).toMatchObject({
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
    });
  });

  it('creates the appointments table and a poison queue for every queue', () => {
    const json = JSON.stringify(template);
    expect(json).toContain('"appointments"');
    expect(json).toContain("format('{0}-poison'");
  });
});

describe('the compiled main template', () => {
  const template = compile('main.bicep');

  it('outputs no secret', () => {
    for (const output of Object.values(template.outputs)) expect(output.type).not.toMatch(/^secure/i);
    expect(JSON.stringify(template.outputs)).not.toMatch(/listKeys|connectionString|AccountKey/i);
  });
});
