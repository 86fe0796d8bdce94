import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const host = JSON.parse(readFileSync(join(__dirname, '../host.json'), 'utf8')) as Record<string, unknown>;

describe('host.json', () => {
  it('leaves telemetry to OpenTelemetry in the worker, so the host sends no request records of its own past the redactors', () => {
    expect(host['telemetryMode']).toBe('OpenTelemetry');
    expect(host).not.toHaveProperty('logging.applicationInsights');
  });

  it('serves HTTP functions under /api, as the local host and the web app expect', () => {
    expect(host).toHaveProperty('extensions.http.routePrefix', 'api');
  });
});
