// The extension APIs the tests call inside the extension's service worker (worker.evaluate).
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }>;
  runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
};
