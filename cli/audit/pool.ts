// Worker threads for the engine, one per core: it is the slow part of an audit (about a millisecond a
// message), while reading the export stays on the main thread. checker.ts decides what goes where.
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeLong, type Finding, type Policy } from '../../rules';
import type { Message } from './types';
import { AUDIT_WORKER_ARG } from './worker-arg';

export const BATCH = 250;

/** The findings that make a message risky (notes are left out of an audit). */
export const riskyFindings = (message: Message, policy: Policy | undefined): Finding[] =>
  analyzeLong(message, policy).filter((f) => f.severity !== 'info');

export class Pool {
  private readonly workers: Worker[];
  private next = 0;
  private pending = new Map<number, { resolve: (results: Finding[][]) => void; reject: (error: Error) => void }>();
  private id = 0;
  private failure: Error | undefined;

  constructor(script: URL, policy: Policy | undefined, size = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      // A small heap each: the engine needs little, and a lazy collector would keep peak memory high.
      const worker = new Worker(script, { argv: [AUDIT_WORKER_ARG], workerData: { policy }, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
      worker.on('message', ({ id, results }: { id: number; results: Finding[][] }) => {
        this.pending.get(id)?.resolve(results);
        this.pending.delete(id);
      });
      // A worker that dies is a bug: every batch still waiting fails with it.
      worker.on('error', (error) => {
        this.failure = error;
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  get capacity(): number {
    return this.workers.length * 2;
  }

  check(messages: Message[]): Promise<Finding[][]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.id++;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, messages });
    });
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The worker side: started by the bundled command when it is loaded as a worker (see cli/bin.ts). */
export function runAuditWorker(): void {
  const { policy } = workerData as { policy: Policy | undefined };
  parentPort!.on('message', ({ id, messages }: { id: number; messages: Message[] }) => {
    parentPort!.postMessage({ id, results: messages.map((m) => riskyFindings(m, policy)) });
  });
}
