// Reads the store zips the build writes (.output/replyrx-<version>-<target>.zip), with yauzl.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yauzl from 'yauzl';

export const OUTPUT_DIR = resolve(process.env.REPLYRX_OUT_DIR ?? '.output');

/** The zip the build made for `target` ('chrome', 'firefox' or 'sources'). */
export function storeZip(target: 'chrome' | 'firefox' | 'sources'): string {
  const name = readdirSync(OUTPUT_DIR).find((f) => new RegExp(`^replyrx-[\\d.]+-${target}\\.zip$`).test(f));
  if (!name) throw new Error(`No ${target} zip in ${OUTPUT_DIR}: run npm run build`);
  return join(OUTPUT_DIR, name);
}

/** Every file of a zip, by its path in the zip (folders left out). */
export function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    yauzl.fromBuffer(readFileSync(path), { lazyEntries: true }, (error, zip) => {
      if (error) return fail(error);
      const files = new Map<string, Buffer>();
      zip.on('error', fail);
      zip.on('end', () => done(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', fail);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Every file under a folder, by its path relative to it. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path));
  }
  return files;
}
