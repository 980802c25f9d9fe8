import { once } from 'node:events';

/** Writes and waits when the stream is full, so a big output never piles up in memory. */
export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
