import { errorCodes } from './error-code';
import { errorStatus, errorText } from './error-catalog';
import { errorMessage } from './error-message';
import { porticoError } from './portico-error';
import { toProblemDetails } from './problem-details';

describe('errors as values', () => {
  it('every code has a status and an English and a Dutch text', () => {
    for (const code of errorCodes) {
      expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
      expect(errorText.en[code].title).not.toBe('');
      expect(errorText.nl[code].title).not.toBe('');
      expect(errorText.nl[code].title).not.toBe(errorText.en[code].title);
    }
  });

  it('has no text for a code that does not exist', () => {
    expect(Object.keys(errorText.en).sort()).toEqual([...errorCodes].sort());
    expect(Object.keys(errorText.nl).sort()).toEqual([...errorCodes].sort());
  });

  it('every placeholder in one language exists in the other', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const code of errorCodes) {
      expect(placeholders(errorText.nl[code].detail)).toEqual(placeholders(errorText.en[code].detail));
    }
  });

  it('fills in params in the chosen language', () => {
    const error = porticoError('join.not-yet-open', { opensAt: '09:45' });
    expect(errorMessage(error, 'en').detail).toBe('You can join from 09:45.');
    expect(errorMessage(error, 'nl').detail).toBe('U kunt deelnemen vanaf 09:45.');
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

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(errorMessage(porticoError('join.not-yet-open'), 'en').detail).toBe('You can join from {opensAt}.');
  });
});
