import type { SmsClient, SmsSendResult } from '@azure/communication-sms';
import { AcsSmsTextMessenger } from './acs-sms-text-messenger';
import { repeatabilityHeaders } from './create-sms-client';

function clientAnswering(answer: () => Promise<SmsSendResult[]>) {
  const calls: unknown[][] = [];
  const client = {
    send: (...args: unknown[]) => {
      calls.push(args);
      return answer();
    },
  } as unknown as SmsClient;
  return { client, calls };
}

const text = { to: '+31612345678', message: 'See you at 10:00.' };
const repeatability = { id: '1c7e2f4a-0d3b-4e5f-8a9b-0c1d2e3f4a5b', firstSentAt: new Date('2026-12-01T09:00:00Z') };

describe('AcsSmsTextMessenger', () => {
  it('sends from its sender with the caller’s repeatability, and takes a success as sent', async () => {
    const { client, calls } = clientAnswering(async () => [{ to: text.to, httpStatusCode: 202, successful: true }]);
    expect(await new AcsSmsTextMessenger(client, 'Portico').send(text, repeatability)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(calls[0]).toEqual([
      { from: 'Portico', to: [text.to], message: text.message },
      {
        requestOptions: {
          customHeaders: {
            [repeatabilityHeaders.id]: repeatability.id,
            [repeatabilityHeaders.firstSent]: 'Tue, 01 Dec 2026 09:00:00 GMT',
          },
        },
      },
    ]);
  });

  it('takes only a refused phone number as final, and anything else as worth a retry', async () => {
    const answers: [SmsSendResult[] | Error, string][] = [
      [
        [{ to: text.to, httpStatusCode: 400, successful: false, errorMessage: 'Invalid To phone number format.' }],
        'sms.invalid-number',
      ],
      [
        [{ to: text.to, httpStatusCode: 400, successful: false, errorMessage: 'Message content rejected.' }],
        'dependency.unavailable',
      ],
      [[{ to: text.to, httpStatusCode: 500, successful: false }], 'dependency.unavailable'],
      [new Error('socket hang up'), 'dependency.unavailable'],
    ];
    for (const [answer, code] of answers) {
      const { client } = clientAnswering(async () => {
        if (answer instanceof Error) throw answer;
        return answer;
      });
      expect(await new AcsSmsTextMessenger(client, 'Portico').send(text, repeatability)).toEqual({
        ok: false,
        error: expect.objectContaining({ code }),
      });
    }
  });
});
