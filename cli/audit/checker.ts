// Checks the messages of an audit in the order they are read and hands each one with its findings to
// `emit`, in that order. Given the command's own file, it sends them to worker threads in batches once
// there are more than a batch of them, with at most two batches a worker in flight; a small export
// (or an in-process run) is checked right here.
import type { Finding, Policy } from '../../rules';
import { BATCH, Pool, riskyFindings } from './pool';
import type { Message } from './types';

type Emit = (message: Message, findings: Finding[]) => Promise<void>;

export class Checker {
  private pool: Pool | undefined;
  private batch: Message[] = [];
  private readonly inFlight: { messages: Message[]; results: Promise<Finding[][]> }[] = [];
  private lastYield = performance.now();

  constructor(
    private readonly policy: Policy | undefined,
    private readonly emit: Emit,
    private readonly workerScript?: URL,
  ) {}

  async add(message: Message): Promise<void> {
    if (this.workerScript) {
      this.batch.push(message);
      if (this.batch.length >= BATCH) await this.dispatch();
      return;
    }
    await this.emit(message, riskyFindings(message, this.policy));
    // Let Ctrl+C and the progress bar in now and then: reading a JSON file yields without waiting.
    if (performance.now() - this.lastYield > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      this.lastYield = performance.now();
    }
  }

  /** Checks what is left and waits for every batch. */
  async finish(): Promise<void> {
    if (this.pool) await this.dispatch();
    else for (const m of this.batch.splice(0)) await this.emit(m, riskyFindings(m, this.policy));
    await this.drain(0);
  }

  close(): Promise<unknown> | undefined {
    return this.pool?.close();
  }

  private async dispatch(): Promise<void> {
    if (this.batch.length === 0) return;
    this.pool ??= new Pool(this.workerScript!, this.policy);
    const results = this.pool.check(this.batch);
    results.catch(() => {}); // a failure is thrown where the batch is awaited, not as an unhandled rejection
    this.inFlight.push({ messages: this.batch, results });
    this.batch = [];
    await this.drain(this.pool.capacity - 1);
  }

  private async drain(keep: number): Promise<void> {
    while (this.inFlight.length > keep) {
      const { messages, results } = this.inFlight.shift()!;
      const all = await results;
      for (const [i, m] of messages.entries()) await this.emit(m, all[i]);
    }
  }
}
