/**
 * @portico/call-client/acs-driver: the call driver for Azure (ACS calling and chat SDKs joining the
 * Teams meeting). About 1.8 MB gzipped (`bench/` measures it), so it is loaded lazily on the join page only.
 */
export { createAcsCallDriver } from './acs/acs-call-driver';
