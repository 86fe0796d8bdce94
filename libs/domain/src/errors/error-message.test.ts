import { errorCodes } from './error-code';
import { errorText } from './error-text';
import { errorMessage } from './error-message';
import { porticoError } from './portico-error';

describe('error messages', () => {
  it('every code has an English and a Dutch text', () => {
    for (const code of errorCodes) {
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

  it('shows a time as people read one, in the zone asked for and named, never as ISO text', () => {
    const error = porticoError('join.not-yet-open', { opensAt: '2026-12-01T09:45:00.000Z' });
    const amsterdam = { timeZone: 'Europe/Amsterdam' };
    expect(errorMessage(error, 'en', amsterdam).detail).toMatch(
      /^You can join from December 1, 2026 at 10:45\sAM GMT\+1\.$/,
    );
    expect(errorMessage(error, 'nl', amsterdam).detail).toMatch(
      /^U kunt deelnemen vanaf 1 december 2026 om 10:45 CET\.$/,
    );
    expect(errorMessage(error, 'en', { timeZone: 'UTC' }).detail).toMatch(/9:45\sAM UTC\.$/);
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(errorMessage(porticoError('join.not-yet-open'), 'en').detail).toBe('You can join from {opensAt}.');
  });
});
