// Azure Communication Services for guest identities, calls and chat (Teams interop), with an Email
// Communication Service whose domain sends Portico's e-mails. An Azure-managed domain works at once;
// a custom domain needs its DNS records verified first (docs/operations.md).

@description('Communication Services name.')
param name string

@description('Email Communication Service name.')
param emailServiceName string

@description('Where ACS keeps its data at rest.')
@allowed(['Europe', 'United States', 'UK', 'Switzerland', 'Germany', 'Norway', 'France', 'Australia', 'Japan'])
param dataLocation string = 'Europe'

@description('Tags applied to every resource.')
param tags object

@description('The sender address\'s local part, e.g. donotreply.')
param senderUsername string = 'donotreply'

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: { dataLocation: dataLocation }
}

resource emailDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource sender 'Microsoft.Communication/emailServices/domains/senderUsernames@2025-05-01' = {
  parent: emailDomain
  name: senderUsername
  properties: {
    username: senderUsername
    displayName: 'Portico'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: name
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [emailDomain.id]
    disableLocalAuth: true
  }
}

@description('The Communication Services resource id, for role assignments.')
output id string = communication.id

@description('The endpoint apps reach ACS at with their managed identity.')
output endpoint string = 'https://${communication.properties.hostName}'

@description('The address Portico sends e-mail from.')
output senderAddress string = '${senderUsername}@${emailDomain.properties.mailFromSenderDomain}'
