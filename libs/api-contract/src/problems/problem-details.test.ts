import { errorCodes, porticoError } from '@portico/domain';
import { errorStatus } from './error-status';
import { toProblemDetails } from './problem-details';

describe('problem details', () => {
  it('every code has an error status', () => {
    for (const code of errorCodes) {
      expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
      expect(errorStatus[code]).toBeLessThan(600);
    }
  });

  it('maps to RFC 9457 problem details with a stable type and the code', () => {
    expect(toProblemDetails(porticoError('meeting-link.government-cloud'), 'nl', '/api/appointments/import')).toEqual({
      type: 'urn:portico:problem:meeting-link.government-cloud',
      title: 'Vergaderingen in een overheidscloud worden niet ondersteund',
      status: 422,
      detail: expect.stringContaining('overheidscloud'),
      code: 'meeting-link.government-cloud',
      instance: '/api/appointments/import',
    });
  });

  it('uses the status that fits the kind of failure', () => {
    expect(toProblemDetails(porticoError('appointment.not-found'), 'en').status).toBe(404);
    expect(toProblemDetails(porticoError('appointment.conflict'), 'en').status).toBe(412);
    expect(toProblemDetails(porticoError('request.invalid', { issues: 'x' }), 'en').status).toBe(400);
    expect(toProblemDetails(porticoError('dependency.unavailable'), 'en').status).toBe(503);
  });
});
