// One user-assigned managed identity per app, so each gets only the roles it needs and an identity
// survives re-creating its app.

@description('Name of the Function App\'s identity.')
param functionsIdentityName string

@description('Name of the web app\'s identity.')
param webIdentityName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

resource functionsIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: functionsIdentityName
  location: location
  tags: tags
}

resource webIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: webIdentityName
  location: location
  tags: tags
}

@description('The Function App identity\'s resource id.')
output functionsIdentityId string = functionsIdentity.id

@description('The Function App identity\'s client id, which the SDKs name to use it.')
output functionsClientId string = functionsIdentity.properties.clientId

@description('The Function App identity\'s principal id, for role assignments.')
output functionsPrincipalId string = functionsIdentity.properties.principalId

@description('The web app identity\'s resource id.')
output webIdentityId string = webIdentity.id

@description('The web app identity\'s client id.')
output webClientId string = webIdentity.properties.clientId

@description('The web app identity\'s principal id, for role assignments.')
output webPrincipalId string = webIdentity.properties.principalId
