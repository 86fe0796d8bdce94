// The Functions app on Flex Consumption (Linux, Node 22): the API, the queue workers and the timers.
// It reaches storage, ACS, Graph and Key Vault with its user-assigned identity; no key or connection
// string is in its settings. azd deploys the package to the storage container named here.

@description('Function App name; also its public host name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('The identity the app runs as (resource id) and its client id.')
param identity { id: string, clientId: string }

@description('Storage account the app keeps its data, queues and deployment package in.')
param storageAccountName string

@description('Blob container azd deploys the package to.')
param deploymentContainerName string

@description('Application Insights the app sends telemetry to (Entra ID ingestion).')
param appInsightsName string

@description('Key Vault URI; secrets are read with Key Vault references.')
param keyVaultUri string

@description('Communication Services endpoint, for guest identities and e-mail.')
param acsEndpoint string

@description('The address e-mails are sent from.')
param emailSender string

@description('The SMS sender for text reminders: a number leased to the ACS resource or an alphanumeric sender ID; empty sends reminders by e-mail only.')
param smsSender string = ''

@description('The portal\'s public https address, for links in e-mails.')
param portalUrl string

@description('Mail domains inside the organisation, comma-separated (guests are everyone else).')
param organisationDomains string

@description('GCC tenant ids whose meeting links are refused, comma-separated.')
param governmentTenantIds string = ''

@description('The organisation\'s name and colour, for the e-mails.')
param brand { name: string, colour: string, logoUrl: string }

@minValue(1)
@maxValue(1000)
@description('The most instances Flex Consumption may scale out to.')
param maximumInstanceCount int = 40

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

@description('An app setting value that App Service resolves from Key Vault with the app\'s identity.')
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName})'
var managedIdentity = { credential: 'managedidentity', clientId: identity.clientId }

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: managedIdentity.credential }
        { name: 'AzureWebJobsStorage__clientId', value: managedIdentity.clientId }
        { name: 'PorticoStorage__queueServiceUri', value: 'https://${storageAccountName}.queue.${environment().suffixes.storage}' }
        { name: 'PorticoStorage__credential', value: managedIdentity.credential }
        { name: 'PorticoStorage__clientId', value: managedIdentity.clientId }
        { name: 'AZURE_CLIENT_ID', value: identity.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.clientId};Authorization=AAD' }
        { name: 'PORTICO_ENVIRONMENT', value: 'production' }
        // Stack traces in the logs point at the TypeScript sources through dist/main.js.map.
        { name: 'languageWorkers__node__arguments', value: '--enable-source-maps' }
        { name: 'PORTICO_STORAGE_ACCOUNT_NAME', value: storageAccountName }
        { name: 'PORTICO_ACS_ENDPOINT', value: acsEndpoint }
        { name: 'PORTICO_EMAIL_SENDER', value: emailSender }
        { name: 'PORTICO_SMS_SENDER', value: smsSender }
        { name: 'PORTICO_PORTAL_URL', value: portalUrl }
        { name: 'PORTICO_FUNCTIONS_PUBLIC_URL', value: 'https://${name}.azurewebsites.net' }
        { name: 'PORTICO_ORGANISATION_DOMAINS', value: organisationDomains }
        { name: 'PORTICO_GOVERNMENT_TENANT_IDS', value: governmentTenantIds }
        { name: 'PORTICO_BRAND_NAME', value: brand.name }
        { name: 'PORTICO_BRAND_COLOUR', value: brand.colour }
        { name: 'PORTICO_BRAND_LOGO_URL', value: brand.logoUrl }
        { name: 'PORTICO_LINK_SIGNING_SECRET', value: keyVaultReference(keyVaultUri, 'link-signing-secret') }
        { name: 'PORTICO_GRAPH_CLIENT_STATE_KEY', value: keyVaultReference(keyVaultUri, 'graph-client-state-key') }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}/${deploymentContainerName}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identity.id }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: 2048 }
      runtime: { name: 'node', version: '22' }
    }
  }
}

// Deployment goes through the storage container with Entra ID; basic-auth publishing stays off.
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

@description('The Function App name.')
output name string = site.name

@description('The Function App\'s public https address.')
output url string = 'https://${site.properties.defaultHostName}'
