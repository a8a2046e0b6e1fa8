/** Weight at or above which one signal alone is strong enough for `detected`. Kept zod-free for the content script. */
export const STRONG_WEIGHT = 0.8;
