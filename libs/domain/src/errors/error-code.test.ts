import { errorCodes, isErrorCode } from './error-code';

describe('isErrorCode', () => {
  it('knows every code and nothing else', () => {
    for (const code of errorCodes) expect(isErrorCode(code)).toBe(true);
    for (const junk of ['', 'appointment', 'APPOINTMENT.NOT-FOUND', 'toString', 7, undefined])
      expect(isErrorCode(junk)).toBe(false);
  });
});
