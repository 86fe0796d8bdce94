// Alerts an operator acts on: a message resting in a poison queue (work that failed five times), and
// a failure rate of requests above the threshold. Both read Application Insights.

@description('Name prefix for the alert rules.')
param namePrefix string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Application Insights resource id the alerts query.')
param appInsightsId string

@description('Where alerts are sent; no e-mail receiver when empty.')
param alertEmail string = ''

@minValue(1)
@maxValue(100)
@description('Percentage of failed requests over 15 minutes that raises the error-rate alert.')
param errorRatePercent int = 5

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-ops'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'portico-ops'
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [{ name: 'ops', emailAddress: alertEmail, useCommonAlertSchema: true }]
  }
}

// The apps report each poison queue's depth as the metric `portico.queue.poison_depth`.
resource poisonQueue 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = {
  name: '${namePrefix}-poison-queue'
  location: location
  tags: tags
  properties: {
    displayName: 'Portico: messages in a poison queue'
    description: 'Work failed five times and waits in a poison queue; see docs/operations.md to replay it.'
    severity: 2
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "portico.queue.poison_depth" | summarize depth = max(value) by queue = tostring(customDimensions["queue"])'
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'depth'
          dimensions: [{ name: 'queue', operator: 'Include', values: ['*'] }]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}

resource errorRate 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = {
  name: '${namePrefix}-error-rate'
  location: location
  tags: tags
  properties: {
    displayName: 'Portico: failed requests'
    description: 'More than ${errorRatePercent}% of requests failed in 15 minutes.'
    severity: 1
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'requests | summarize total = count(), failed = countif(success == false) | where total >= 20 | extend failedPercent = 100.0 * failed / total'
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'failedPercent'
          operator: 'GreaterThan'
          threshold: errorRatePercent
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}
