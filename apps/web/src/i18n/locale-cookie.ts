/** The cookie that remembers a language chosen with the switcher; otherwise the browser decides. */
export const localeCookieName = 'PORTICO_LOCALE';
