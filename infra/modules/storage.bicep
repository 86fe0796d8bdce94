// Storage for Portico: one table per aggregate and a queue (with its poison queue) per kind of work
// that must not be lost. Entra ID only: shared keys are off, so no connection string exists to leak.

@minLength(3)
@maxLength(24)
@description('Globally unique storage account name (lower-case letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Tables to create; one per aggregate.')
param tables string[] = ['appointments', 'guestaccess', 'sentemails', 'callidentities', 'calendarsync', 'presenceboard', 'audittrail', 'reminders', 'shortlinks', 'walkindesks']

@description('Queues to create; each gets its "-poison" queue, where messages go after repeated failure.')
param queues string[] = ['invitations', 'calendar-notifications']

resource account 'Microsoft.Storage/storageAccounts@2026-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }
}

@description('Blob container the Function App\'s deployment package goes to.')
param deploymentContainerName string = 'function-deployments'

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-04-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-04-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-04-01' = {
  parent: account
  name: 'default'
}

resource tableResources 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-04-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-04-01' = {
  parent: account
  name: 'default'
}

resource queueResources 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-04-01' = [
  for queue in flatten(map(queues, q => [q, '${q}-poison'])): {
    parent: queueService
    name: queue
  }
]

@description('The storage account name.')
output name string = account.name

@description('The storage account resource id, for role assignments.')
output id string = account.id

@description('The container the Function App is deployed from.')
output deploymentContainerName string = deploymentContainer.name
