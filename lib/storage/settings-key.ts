/** Storage key of the settings; in its own file so the content script can use it without zod. */
export const SETTINGS_KEY = 'settings';
