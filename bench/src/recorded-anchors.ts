/**
 * Sizes recorded when issue #18 was written, to read Portico's bundles against: the ACS UI Library
 * (`@azure/communication-react`) does not install beside React 19, so it cannot be bundled in the
 * same run.
 */
export const recordedAnchorsKiB = {
  /** The ACS UI Library's `CallWithChatComposite`, bundled for production, gzip. */
  callWithChatComposite: 2184,
  /** `@azure/communication-calling` alone, gzip. */
  callingSdk: 1740,
} as const;
