import { onLocalStack } from './on-local-stack';
import { percentile, type Measurement } from './measurement';

const count = 200;
const concurrency = 8;
// Dr. Ada Visser, one of the Graph emulator's demo staff.
const organiser = {
  id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  name: 'Dr.%20Ada%20Visser',
  email: 'ada.visser@contoso.example',
};

/**
 * Appointments created per second through `POST /api/staff/appointments` on the Functions local host,
 * each making a Teams meeting in the Graph emulator and storing rows in Azurite.
 */
export async function benchCreateAppointmentApi(): Promise<Measurement[]> {
  return onLocalStack(async (stack) => {
    const start = Date.now() + 7 * 86_400_000;
    const create = async (i: number): Promise<number> => {
      const began = performance.now();
      const response = await fetch(`${stack.urls.functions}/staff/appointments`, {
        method: 'POST',
        headers: {
          'x-functions-key': stack.functionsKey,
          'x-portico-staff-id': organiser.id,
          'x-portico-staff-name': organiser.name,
          'x-portico-staff-email': organiser.email,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          guest: { name: 'Jane Doe', email: `guest-${i}@example.com`, locale: 'en', timeZone: 'Europe/London' },
          subject: `Bench ${i}`,
          startsAt: new Date(start + i * 3_600_000).toISOString(),
          durationMinutes: 30,
        }),
      });
      if (response.status !== 201) throw new Error(`create ${i} answered ${response.status}: ${await response.text()}`);
      return performance.now() - began;
    };
    const latencies: number[] = [];
    const began = performance.now();
    for (let i = 0; i < count; i += concurrency) {
      latencies.push(
        ...(await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => create(i + j)))),
      );
    }
    const seconds = (performance.now() - began) / 1000;
    latencies.sort((a, b) => a - b);
    const setting = `${count} creates, ${concurrency} at a time, Functions local host + Graph emulator + Azurite on loopback`;
    return [
      { name: 'API create appointment', value: Math.round(count / seconds), unit: 'appointments/s', detail: setting },
      { name: 'API create latency p50', value: Math.round(percentile(latencies, 50)), unit: 'ms', detail: setting },
      { name: 'API create latency p99', value: Math.round(percentile(latencies, 99)), unit: 'ms', detail: setting },
    ];
  });
}
