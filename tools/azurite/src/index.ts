export {
  startAzurite,
  azuriteConnectionString,
  devStorageAccount,
  type AzuriteInstance,
  type AzuriteOptions,
} from './azurite';
export { freePort } from './free-port';
export { waitForPort } from './wait-for-port';
