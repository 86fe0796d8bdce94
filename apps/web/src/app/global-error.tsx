'use client';

import './globals.css';

/**
 * The last resort, when even the portal's frame failed: no layout, no translations and no settings to
 * rely on, so it speaks both of the portal's languages and offers a fresh start.
 */
export default function GlobalError({ reset }: { readonly reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="content" className="global-error">
          <h1>Something went wrong</h1>
          <p>This page could not be shown just now. Please try again in a moment.</p>
          <h2 lang="nl">Er ging iets mis</h2>
          <p lang="nl">Deze pagina kon nu niet worden getoond. Probeer het over een moment opnieuw.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again · <span lang="nl">Opnieuw proberen</span>
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
