/**
 * @portico/meeting-core/client: what browser code needs beyond the pure domain. Never imports the
 * server entry point or a server SDK (lint enforces it).
 */
export { readProblemDetails } from './client/read-problem-details';
