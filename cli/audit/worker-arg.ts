/**
 * The argument `replyrx audit` starts its worker threads with (they run the command's own file).
 * An argument rather than workerData: `check` can then tell it is not a worker without loading
 * node:worker_threads, which would cost every start a few milliseconds.
 */
export const AUDIT_WORKER_ARG = '--replyrx-audit-worker';
