// An export as a list of entries, whether it is a folder, a zip or a single file. A zip's central
// directory is read once and each entry is inflated only when it is read, so a big export never has
// to fit in memory.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type ZipFile } from 'yauzl';
import type { Entry } from './types';

export interface Source {
  entries: Entry[];
  /** PATH was one file (not a folder or a zip): a CSV or JSON Lines file of its own. */
  single: boolean;
  close(): void;
}

/** Throws SourceError when PATH is missing or not a readable folder, zip or file. */
export class SourceError extends Error {}

export async function openSource(path: string): Promise<Source> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new SourceError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message})`);
  }
  if (info.isDirectory()) return { entries: await folderEntries(path), single: false, close() {} };
  if (/\.zip$/i.test(path)) return openZip(path);
  return { entries: [fileEntry(path, basename(path), info.size)], single: true, close() {} };
}

function fileEntry(file: string, path: string, size: number): Entry {
  return { path, size, open: async () => createReadStream(file) };
}

async function folderEntries(root: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const d of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = join(d.parentPath, d.name);
    entries.push(fileEntry(file, relative(root, file).split(sep).join('/'), (await stat(file)).size));
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

async function openZip(path: string): Promise<Source> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, z) =>
      error ? reject(new SourceError(`cannot read ${path}: not a zip file or a damaged one (${error.message})`)) : resolve(z!),
    ),
  );
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/')) {
        entries.push({
          path: e.fileName,
          size: e.uncompressedSize,
          open: () =>
            new Promise<Readable>((res, rej) => zip.openReadStream(e, (error, stream) => (error ? rej(error) : res(stream!)))),
        });
      }
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', (error: Error) => reject(new SourceError(`cannot read ${path}: damaged zip (${error.message})`)));
    zip.readEntry();
  });
  return { entries: entries.sort((a, b) => a.path.localeCompare(b.path)), single: false, close: () => zip.close() };
}
