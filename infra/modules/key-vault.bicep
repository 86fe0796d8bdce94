// Key Vault in RBAC mode for the secrets Portico must have; apps read them through Key Vault
// references with their managed identities (Key Vault Secrets User), never from app settings. The
// Functions host key joins them once the Function App exists (functions-key-secret.bicep).

@minLength(3)
@maxLength(24)
@description('Key Vault name.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@secure()
@description('Signs guest sessions and staff sign-in (next-auth); at least 32 characters.')
param sessionSecret string

@secure()
@description('Signs guests\' personal appointment links; at least 32 characters.')
param linkSigningSecret string

@secure()
@description('The key each Graph subscription\'s clientState is derived from; at least 32 characters.')
param graphClientStateKey string

@secure()
@description('The Entra app registration\'s client secret for staff sign-in.')
param entraClientSecret string

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

var secrets = {
  'session-secret': sessionSecret
  'link-signing-secret': linkSigningSecret
  'graph-client-state-key': graphClientStateKey
  'entra-client-secret': entraClientSecret
}

resource vaultSecrets 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = [
  for secret in items(secrets): {
    parent: vault
    name: secret.key
    properties: { value: secret.value }
  }
]

@description('The vault name.')
output name string = vault.name

@description('The vault resource id, for role assignments.')
output id string = vault.id

@description('The vault URI; app settings reference secrets under it.')
output uri string = vault.properties.vaultUri
