// The web app calls the Functions API with the host's default key. The Functions host makes that key;
// this copies it into Key Vault, where the web app's Key Vault reference reads it. Re-running the
// deployment after rotating the key in the portal copies the new one.

@description('Key Vault name.')
param keyVaultName string

@description('Function App name.')
param functionAppName string

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource functionsKey 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: 'functions-key'
  properties: {
    // ARM's "list host keys" action on the app's host; Bicep has no type for `sites/host`.
    value: listKeys('${functionApp.id}/host/default', functionApp.apiVersion).functionKeys.default
  }
}
