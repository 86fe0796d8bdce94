// Portico's Azure resources, one module per concern. `azd up` provisions this (see azure.yaml) and
// deploys the `web` and `functions` services to the apps it makes.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@description('Azure region for all resources.')
param location string = resourceGroup().location

@description('Mail domains inside the organisation, comma-separated; attendees outside them are guests.')
param organisationDomains string

@description('GCC tenant ids whose meeting links are refused, comma-separated.')
param governmentTenantIds string = ''

@description('The tenant of the Entra app registration staff sign in with.')
param entraTenantId string = subscription().tenantId

@description('The client id of the Entra app registration staff sign in with.')
param entraClientId string

@secure()
@description('That app registration\'s client secret.')
param entraClientSecret string

@secure()
@description('Signs guest sessions and staff sign-in; azd generates it once and keeps it in Key Vault.')
param sessionSecret string

@secure()
@description('Signs guests\' personal links; azd generates it once and keeps it in Key Vault.')
param linkSigningSecret string

@secure()
@description('The key Graph subscriptions\' clientState derives from; azd generates it once and keeps it in Key Vault.')
param graphClientStateKey string

@description('Where alerts are e-mailed; none when empty.')
param alertEmail string = ''

@minLength(1)
@maxLength(60)
@description('The organisation\'s name, shown in the portal and the e-mails.')
param brandName string = 'Portico'

@description('The brand colour, #rrggbb, dark enough for white text (the apps refuse one that is not).')
param brandColour string = '#007A8A'

@description('The address of the brand\'s logo (https), shown beside the name in the portal and the e-mails; none when empty.')
param brandLogoUrl string = ''

@description('The SMS sender for text reminders: a number leased to the ACS resource (acquired in the portal) or an alphanumeric sender ID; empty sends reminders by e-mail only.')
param smsSender string = ''

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-${resourceToken}'
var webAppName = 'app-${resourceToken}'

module identities 'modules/identities.bicep' = {
  name: 'identities'
  params: {
    functionsIdentityName: 'id-func-${resourceToken}'
    webIdentityName: 'id-web-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${resourceToken}'
    appInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    sessionSecret: sessionSecret
    linkSigningSecret: linkSigningSecret
    graphClientStateKey: graphClientStateKey
    entraClientSecret: entraClientSecret
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    name: 'acs-${resourceToken}'
    emailServiceName: 'ecs-${resourceToken}'
    tags: tags
  }
}

module roles 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  params: {
    functionsPrincipalId: identities.outputs.functionsPrincipalId
    webPrincipalId: identities.outputs.webPrincipalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    communicationName: 'acs-${resourceToken}'
    appInsightsName: monitoring.outputs.appInsightsName
  }
  dependsOn: [communication]
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: functionAppName
    planName: 'plan-func-${resourceToken}'
    location: location
    tags: tags
    identity: { id: identities.outputs.functionsIdentityId, clientId: identities.outputs.functionsClientId }
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultUri: keyVault.outputs.uri
    acsEndpoint: communication.outputs.endpoint
    emailSender: communication.outputs.senderAddress
    smsSender: smsSender
    portalUrl: 'https://${webAppName}.azurewebsites.net'
    organisationDomains: organisationDomains
    governmentTenantIds: governmentTenantIds
    brand: { name: brandName, colour: brandColour, logoUrl: brandLogoUrl }
  }
  // The app reads its secrets and storage with its identity from the first start.
  dependsOn: [roles]
}

module functionsKeySecret 'modules/functions-key-secret.bicep' = {
  name: 'functions-key-secret'
  params: {
    keyVaultName: keyVault.outputs.name
    functionAppName: functionApp.outputs.name
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    name: webAppName
    planName: 'plan-web-${resourceToken}'
    location: location
    tags: tags
    identity: { id: identities.outputs.webIdentityId, clientId: identities.outputs.webClientId }
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultUri: keyVault.outputs.uri
    functionsUrl: functionApp.outputs.url
    entraTenantId: entraTenantId
    entraClientId: entraClientId
    brand: { name: brandName, colour: brandColour, logoUrl: brandLogoUrl }
    textReminders: !empty(smsSender)
  }
  dependsOn: [roles, functionsKeySecret]
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    namePrefix: 'portico-${resourceToken}'
    location: location
    tags: tags
    appInsightsId: monitoring.outputs.appInsightsId
    alertEmail: alertEmail
  }
}

@description('Storage account that holds the tables and the work queues.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('The vault azd reads generated secrets back from on the next `azd up`.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('The portal\'s address.')
output WEB_URL string = webApp.outputs.url

@description('The Function App\'s address; Graph posts calendar notifications under it.')
output FUNCTIONS_URL string = functionApp.outputs.url
