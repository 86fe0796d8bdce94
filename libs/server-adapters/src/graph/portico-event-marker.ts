/**
 * The single-value extended property that marks a calendar event as Portico's and names its
 * appointment. The GUID is Portico's own property namespace; it never changes.
 */
export const porticoAppointmentPropertyId = 'String {8d2b5f3e-6c1a-4e7b-9f0d-2a3c4b5d6e7f} Name PorticoAppointmentId';
