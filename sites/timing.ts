/** Quiet time after the last keystroke before asking for findings: short enough to keep keystroke →
 * underline near 50 ms, long enough to coalesce the bursts of input events one paste or autocorrect makes. */
export const DEBOUNCE_MS = 15;
