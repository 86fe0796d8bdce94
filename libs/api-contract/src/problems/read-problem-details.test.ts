import { porticoError } from '@portico/domain';
import { toProblemDetails } from './problem-details';
import { readProblemDetails } from './read-problem-details';

describe('readProblemDetails', () => {
  it('reads back the error that toProblemDetails wrote, params included', () => {
    const error = porticoError('join.not-yet-open', { opensAt: '2026-12-01T09:45:00.000Z' });
    expect(readProblemDetails(JSON.parse(JSON.stringify(toProblemDetails(error, 'nl'))))).toEqual(error);
  });

  it.each([
    null,
    'Internal Server Error',
    { code: 'made.up' },
    { title: 'x' },
    { code: 'join.closed', params: { x: {} } },
  ])('treats %p as the dependency being unavailable', (body) => {
    expect(readProblemDetails(body)).toEqual({ code: 'dependency.unavailable' });
  });
});
