// Portico's Azure resources. azd provisions this (see azure.yaml); later issues add the Function
// App, the web app, Communication Services, Key Vault and monitoring as modules.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@description('Azure region for all resources.')
param location string = resourceGroup().location

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName }

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
  }
}

@description('Storage account that holds the appointments table and the work queues.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
