/** An ACS access key for tests that start the emulators in process. */
export const testAccessKey = Buffer.alloc(32, 42).toString('base64');
