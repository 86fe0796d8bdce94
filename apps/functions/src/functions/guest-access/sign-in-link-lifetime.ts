/** How long a sign-in link works after it is sent. */
export const signInLinkValidMinutes = 15;
