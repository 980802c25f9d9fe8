/** Quiet time after the last keystroke before asking for findings: short enough to keep keystroke →
 * underline under 30 ms, long enough to coalesce the bursts of input events one paste or autocorrect
 * makes (they arrive within the same few milliseconds; typed keys are tens of milliseconds apart). */
export const DEBOUNCE_MS = 5;

/** How long the pointer rests on an underline before its card opens (passing over one opens nothing). */
export const HOVER_OPEN_MS = 250;
/** How long a card opened by hovering an underline stays once the pointer has left it and the underlines. */
export const HOVER_LEAVE_MS = 400;
