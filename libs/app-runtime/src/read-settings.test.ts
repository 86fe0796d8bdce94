import { z } from 'zod';
import { InvalidSettingsError, readSettings } from './read-settings';

const schema = z.object({ PORT: z.coerce.number().int(), NAME: z.string().min(3) });

describe('readSettings', () => {
  it('returns the parsed settings', () => {
    expect(readSettings('test', schema, { PORT: '8080', NAME: 'abc', OTHER: 'ignored' })).toEqual({
      PORT: 8080,
      NAME: 'abc',
    });
  });

  it('lists every problem at once, by setting name, in a readable message', () => {
    let thrown: unknown;
    try {
      readSettings('test', schema, { PORT: 'x', NAME: 'a' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidSettingsError);
    const error = thrown as InvalidSettingsError;
    expect(error.problems).toEqual([expect.stringMatching(/^PORT: /), expect.stringMatching(/^NAME: /)]);
    expect(error.message).toMatch(/^Portico test cannot start; fix these settings:\n {2}- PORT: .*\n {2}- NAME: /);
  });
});
