import InAppSpy from 'inapp-spy';

/**
 * The app whose built-in browser shows the page (the Outlook, Gmail or Instagram app, a WebView),
 * when it is one: such views often give a page no camera or microphone, so a call needs the phone's
 * own browser. `appName` is absent for a WebView that does not say which app it is in.
 */
export function inAppBrowserOf(userAgent: string): { readonly appName: string | undefined } | undefined {
  const { isInApp, appName } = InAppSpy({ ua: userAgent });
  return isInApp ? { appName } : undefined;
}
