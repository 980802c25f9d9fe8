// A one-line progress bar on stderr, by bytes of the export read; only when stderr is a terminal.
const WIDTH = 24;

export class Progress {
  private done = 0;
  private last = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly total: number,
    readonly enabled: boolean,
  ) {}

  advance(bytes: number): void {
    this.done += bytes;
  }

  /** Redraws at most ten times a second. */
  show(messages: number, risky: number): void {
    if (!this.enabled || performance.now() - this.last < 100) return;
    this.last = performance.now();
    const share = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const full = Math.round(share * WIDTH);
    this.out.write(`\r\x1b[K[${'#'.repeat(full)}${'.'.repeat(WIDTH - full)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${messages.toLocaleString('en-US')} messages, ${risky.toLocaleString('en-US')} risky`);
  }

  clear(): void {
    if (this.enabled && this.last > 0) this.out.write('\r\x1b[K');
  }
}
