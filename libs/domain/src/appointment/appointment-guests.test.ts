import { buildAppointment } from '../testing/build-appointment';
import { findGuest, isGuestOf, normaliseGuestEmail } from './appointment-guests';

describe('appointment guests', () => {
  const appointment = buildAppointment({
    guests: [{ name: 'Jane Doe', email: 'jane.doe@example.com', locale: 'en', timeZone: 'Europe/Amsterdam' }],
  });

  it('finds a guest however their address is written', () => {
    expect(normaliseGuestEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(findGuest(appointment, ' JANE.DOE@example.com')?.name).toBe('Jane Doe');
    expect(isGuestOf(appointment, 'Jane.Doe@Example.com')).toBe(true);
  });

  it('finds nobody for another address', () => {
    expect(findGuest(appointment, 'john@example.com')).toBeUndefined();
    expect(isGuestOf(appointment, 'jane.doe@example.com.evil')).toBe(false);
  });
});
