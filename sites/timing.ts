/** A composer asks for findings at most once per this interval. A key typed after a pause is asked
 * about at once (keystroke → underline well under 30 ms); the inputs of a burst (a paste, an
 * autocorrection, keys faster than the interval) join one request. */
export const ANALYSIS_INTERVAL_MS = 5;

/** How long the pointer rests on an underline before its card opens (passing over one opens nothing). */
export const HOVER_OPEN_MS = 250;
/** How long a card opened by hovering an underline stays once the pointer has left it and the underlines. */
export const HOVER_LEAVE_MS = 400;
