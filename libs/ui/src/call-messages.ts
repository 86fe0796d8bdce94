import en from '../messages/en.json';
import nl from '../messages/nl.json';

/** The UI library's own English and Dutch text, merged into the app's messages. */
export const callMessages = { en, nl } as const;
