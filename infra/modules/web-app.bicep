// The portal: Next.js (standalone output) on App Service for Linux with Node 22. It reads its
// secrets through Key Vault references with its user-assigned identity.

@description('Web app name; also its default host name.')
param name string

@description('App Service plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('App Service plan size.')
param skuName string = 'P0v3'

@description('The identity the app runs as (resource id) and its client id.')
param identity { id: string, clientId: string }

@description('Application Insights the app sends telemetry to (Entra ID ingestion).')
param appInsightsName string

@description('Key Vault URI; secrets are read with Key Vault references.')
param keyVaultUri string

@description('The Function App\'s https base URL.')
param functionsUrl string

@description('The tenant staff sign in from.')
param entraTenantId string

@description('The client id of the Entra app registration staff sign in with.')
param entraClientId string

@description('The organisation\'s name and colour, for the portal.')
param brand { name: string, colour: string, logoUrl: string }

@description('Whether the Functions app has an SMS sender, so staff are asked for a mobile number for text reminders.')
param textReminders bool = false

@description('The portal\'s public address (a custom domain once one is bound).')
param portalUrl string = 'https://${name}.azurewebsites.net'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: skuName }
  properties: { reserved: true }
}

@description('An app setting value that App Service resolves from Key Vault with the app\'s identity.')
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName})'

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  kind: 'app,linux'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --enable-source-maps apps/web/portico-server.js --dir apps/web --hostname 0.0.0.0'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: true
      healthCheckPath: '/'
      appSettings: [
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'AZURE_CLIENT_ID', value: identity.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.clientId};Authorization=AAD' }
        { name: 'PORTICO_ENVIRONMENT', value: 'production' }
        { name: 'PORTICO_FUNCTIONS_URL', value: functionsUrl }
        { name: 'PORTICO_FUNCTIONS_KEY', value: keyVaultReference(keyVaultUri, 'functions-key') }
        { name: 'PORTICO_SESSION_SECRET', value: keyVaultReference(keyVaultUri, 'session-secret') }
        { name: 'PORTICO_ENTRA_TENANT_ID', value: entraTenantId }
        { name: 'PORTICO_BRAND_NAME', value: brand.name }
        { name: 'PORTICO_BRAND_COLOUR', value: brand.colour }
        { name: 'PORTICO_BRAND_LOGO_URL', value: brand.logoUrl }
        { name: 'PORTICO_TEXT_REMINDERS', value: textReminders ? 'on' : 'off' }
        { name: 'PORTICO_ENTRA_CLIENT_ID', value: entraClientId }
        { name: 'PORTICO_ENTRA_CLIENT_SECRET', value: keyVaultReference(keyVaultUri, 'entra-client-secret') }
        { name: 'NEXTAUTH_URL', value: portalUrl }
      ]
    }
  }
}

// azd deploys with Entra ID; basic-auth publishing stays off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

@description('The web app name.')
output name string = site.name

@description('The portal\'s default https address.')
output url string = 'https://${site.properties.defaultHostName}'
