/**
 * @portico/call-client/acs-driver: the one call driver, and the SDK surface it runs on: the real ACS
 * SDKs (`loadAcsSdk`, about 1.8 MB gzipped, which `bench/` measures) in Azure, or their emulation in
 * local mode. Loaded lazily on the join page only.
 */
export { createAcsCallDriver } from './acs/acs-call-driver';
export { loadAcsSdk } from './acs/load-acs-sdk';
export type * from './acs/acs-sdk';
