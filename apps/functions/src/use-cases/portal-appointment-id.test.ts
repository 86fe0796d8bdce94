import { z } from 'zod';
import { portalAppointmentId } from './portal-appointment-id';

describe('portalAppointmentId', () => {
  const key = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('is the same for the same organiser and key, so a retry finds the first appointment', () => {
    expect(portalAppointmentId('ada', key)).toBe(portalAppointmentId('ada', key));
  });

  it('differs per organiser and per key, so one organiser’s key says nothing about another’s', () => {
    expect(portalAppointmentId('sam', key)).not.toBe(portalAppointmentId('ada', key));
    expect(portalAppointmentId('ada', key.replace('3f', '4f'))).not.toBe(portalAppointmentId('ada', key));
    expect(portalAppointmentId('ada', key)).not.toBe(key);
  });

  it('is a valid UUID', () => {
    expect(z.uuid().safeParse(portalAppointmentId('ada', key)).success).toBe(true);
  });
});
