/** The organisation's brand, by configuration: its name and the colour the portal and e-mails use. */
export interface Brand {
  readonly name: string;
  /** `#rrggbb`, dark enough for white text (see `brandColourProblem`). */
  readonly colour: string;
  /** The logo's address (https in production), shown on the brand colour beside the name. */
  readonly logoUrl?: string;
}

/** Portico's own brand, for a deployment that configures none: a deep teal. */
export const defaultBrand: Brand = { name: 'Portico', colour: '#007A8A' };
