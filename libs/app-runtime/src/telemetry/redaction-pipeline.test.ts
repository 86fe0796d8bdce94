import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { redactAttributes, redactText } from './personal-data-redaction';
import { RedactingLogProcessor } from './redacting-log-processor';
import { RedactingSpanProcessor } from './redacting-span-processor';

const email = 'jane.doe@example.com';
const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOjEifQ.c2lnbmF0dXJl';
const linkToken = 'v1.QmFzZTY0VG9rZW5UaGF0SXNTZWNyZXQ';
const personal = [email, jwt, linkToken, 'Jane Doe'];

describe('redaction', () => {
  it('replaces e-mail addresses, JWTs, bearer values, link tokens and secret query values', () => {
    expect(redactText(`mail ${email} token ${jwt}`)).toBe('mail [email] token [token]');
    expect(redactText(`GET /a/${linkToken}?x=1`)).toBe('GET /a/[token]?x=1');
    expect(redactText(`/sign-in/${linkToken}`)).toBe('/sign-in/[token]');
    expect(redactText('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [token]');
    expect(redactText('/api/x?code=s3cret&validationToken=t0k')).toBe(
      '/api/x?code=[redacted]&validationToken=[redacted]',
    );
    expect(redactText('/api/appointments/cal-1/join-ticket')).toBe('/api/appointments/cal-1/join-ticket');
  });

  it('blanks attributes that name a person and keeps Portico’s own codes', () => {
    expect(
      redactAttributes({
        'enduser.id': 'x',
        'guest.name': 'Jane Doe',
        'http.request.header.authorization': 'Bearer x',
        'portico.error_code': 'join.closed',
        'http.response.status_code': 403,
      }),
    ).toEqual({
      'enduser.id': '[redacted]',
      'guest.name': '[redacted]',
      'http.request.header.authorization': '[redacted]',
      'portico.error_code': 'join.closed',
      'http.response.status_code': 403,
    });
  });
});

describe('the telemetry pipeline with the redacting processors first', () => {
  it('exports spans without any personal data that was put on them', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(exporter)],
    });
    const span = provider.getTracer('test').startSpan(`POST /a/${linkToken}`);
    span.setAttributes({
      'url.full': `https://portal.example/a/${linkToken}?token=${jwt}`,
      'user.email': email,
      'portico.guest': `Jane Doe <${email}>`,
    });
    span.addEvent(`sent to ${email}`, { to: email });
    span.end();
    await provider.forceFlush();
    const exported = JSON.stringify(
      exporter.getFinishedSpans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })),
    );
    expect(exporter.getFinishedSpans()).toHaveLength(1);
    for (const value of personal.slice(0, 3)) expect(exported).not.toContain(value);
    expect(exported).toContain('/a/[token]');
  });

  it('scrubs a log record’s body and attributes while the processor may still change it', () => {
    let body: unknown = `Sign-in link for ${email}: /sign-in/${linkToken}`;
    let attributes: Record<string, unknown> = { recipient: email, 'user.name': 'Jane Doe', count: 1 };
    const record = {
      get body() {
        return body;
      },
      get attributes() {
        return attributes;
      },
      setBody(value: unknown) {
        body = value;
        return record;
      },
      setAttributes(values: Record<string, unknown>) {
        attributes = { ...attributes, ...values };
        return record;
      },
    };
    new RedactingLogProcessor().onEmit(record as unknown as Parameters<RedactingLogProcessor['onEmit']>[0]);
    const exported = JSON.stringify({ body, attributes });
    for (const value of personal) expect(exported).not.toContain(value);
    expect(attributes['count']).toBe(1);
  });
});
