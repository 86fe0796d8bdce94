import { errorCodes, porticoError } from '@portico/domain';
import { errorStatus } from './error-status';
import { toProblemDetails } from './problem-details';
import { transportError, transportErrorCodes, transportErrorText } from './transport-error';

describe('problem details', () => {
  it('every code, the domain’s and the transport refusals, has an error status', () => {
    for (const code of [...errorCodes, ...transportErrorCodes]) {
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

  it('words a transport refusal in English and Dutch, from the contract’s own texts', () => {
    for (const code of transportErrorCodes) {
      expect(transportErrorText.en[code].title).not.toBe('');
      expect(transportErrorText.nl[code].title).not.toBe(transportErrorText.en[code].title);
    }
    expect(toProblemDetails(transportError('request.method-not-allowed'), 'nl', '/staff')).toEqual({
      type: 'urn:portico:problem:request.method-not-allowed',
      title: 'Dit soort verzoek wordt niet ondersteund',
      status: 405,
      detail: 'Het portaal accepteert dit soort verzoek niet op dit adres.',
      code: 'request.method-not-allowed',
      instance: '/staff',
    });
    expect(toProblemDetails(transportError('request.cross-site'), 'en').status).toBe(403);
    // They are HTTP's, not the domain's: the domain's vocabulary holds none of them.
    for (const code of transportErrorCodes) expect((errorCodes as readonly string[]).includes(code)).toBe(false);
  });

  it('uses the status that fits the kind of failure', () => {
    expect(toProblemDetails(porticoError('appointment.not-found'), 'en').status).toBe(404);
    expect(toProblemDetails(porticoError('appointment.conflict'), 'en').status).toBe(412);
    expect(toProblemDetails(porticoError('request.invalid', { issues: 'x' }), 'en').status).toBe(400);
    expect(toProblemDetails(porticoError('dependency.unavailable'), 'en').status).toBe(503);
  });
});
