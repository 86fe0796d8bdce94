/** @portico/domain/testing: builders for tests, benchmarks and tools; lint keeps it out of app code. */
export { buildAppointment } from './testing/build-appointment';
