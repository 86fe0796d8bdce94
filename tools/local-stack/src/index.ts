export { startLocalStack, type LocalStackOptions, type LocalStackUrls, type RunningLocalStack } from './local-stack';
