/** Which driver the browser loads: chosen on the server from the settings, passed to the page. */
export type CallDriverSetting = { readonly kind: 'acs' } | { readonly kind: 'relay'; readonly relayUrl: string };
