/** A Teams-licensed staff member of the emulated tenant. */
export interface DemoStaffMember {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
  /**
   * The mailbox's time zone as Exchange holds it (`mailboxSettings.timeZone`): a Windows zone name,
   * or an IANA one, which Exchange may hold too.
   */
  readonly timeZone: string;
  /** The Teams audio conferencing licence's numbers, which every online meeting of theirs prints. */
  readonly audioConferencing?: { readonly tollNumber: string; readonly tollFreeNumber: string };
}

/** The emulated organisation's tenant; its id appears in every join URL the emulator makes. */
export const demoTenantId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

/** The staff whose calendars the Graph emulator holds. */
export const demoStaff: readonly DemoStaffMember[] = [
  {
    id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
    displayName: 'Dr. Ada Visser',
    mail: 'ada.visser@contoso.example',
    timeZone: 'W. Europe Standard Time',
    audioConferencing: { tollNumber: '+31 20 794 6000', tollFreeNumber: '0800 022 6000' },
  },
  {
    id: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
    displayName: 'Sam de Boer',
    mail: 'sam.deboer@contoso.example',
    timeZone: 'Europe/Amsterdam',
  },
  // Works from London: the staff console shows her times an hour off her colleagues'.
  {
    id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e',
    displayName: 'Noor Bakker',
    mail: 'noor.bakker@contoso.example',
    timeZone: 'GMT Standard Time',
  },
];
