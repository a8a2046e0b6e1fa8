/**
 * The fixed list of page globals the page-world script may report on (window.<name> exists or
 * not). It must hold exactly the names used by `page-global` signals in the rules: the registry
 * test checks it. Kept as a plain list so the page-world script carries nothing else.
 */
export const PAGE_GLOBAL_NAMES: readonly string[] = [];

/** Events between the page-world script and the content script (visible to the page: booleans only). */
export const ASK_GLOBALS_EVENT = 'vigie:ask-page-globals';
export const PAGE_GLOBALS_EVENT = 'vigie:page-globals';
