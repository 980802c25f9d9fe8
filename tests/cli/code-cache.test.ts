// The installed command keeps V8's compiled code of its bundle in the user's cache folder
// (cli/start.ts). These tests run the built starter with a cache folder of their own.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers';

function check(cacheDir: string, text: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('node', [BIN, 'check', text], { env: { ...process.env, NO_COLOR: '1', REPLYRX_CACHE_DIR: cacheDir } }, (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

const freshDir = () => tempDir('replyrx-code-cache-');
const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
const RISKY = 'Great seeing you Tuesday Maria, keep icing that ankle!';

describe('code cache of the installed command', () => {
  it('is written on the first run and read, not rewritten, on the next', async () => {
    const dir = freshDir();
    const first = await check(dir, RISKY);
    expect(first.code).toBe(1);
    const [file] = cacheFiles(dir);
    expect(file).toMatch(new RegExp(`^replyrx-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
    const written = statSync(join(dir, file));
    expect(written.size).toBeGreaterThan(100_000);

    const second = await check(dir, RISKY);
    expect(second).toEqual(first);
    expect(statSync(join(dir, file)).mtimeMs).toBe(written.mtimeMs);
    expect(cacheFiles(dir)).toEqual([file]); // no partial files left behind
  });

  it("removes the caches of other versions when it writes its own, and leaves other files alone", async () => {
    const dir = freshDir();
    const stale = `replyrx-0123456789abcdef-v18.0.0-${process.arch}.v8cache`;
    writeFileSync(join(dir, stale), Buffer.alloc(1000, 1));
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    await check(dir, RISKY);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cacheFiles(dir)[0]).not.toBe(stale);
    expect(readdirSync(dir)).toContain('notes.txt');
  });

  it('holds compiled code only, never the text that was checked', async () => {
    const dir = freshDir();
    const marker = 'Qorvandel Thimbleworth';
    await check(dir, `Great seeing you Tuesday ${marker}, your Zynthaprex refill is ready. Call 555-987-1234.`);
    const bytes = readFileSync(join(dir, cacheFiles(dir)[0]));
    for (const secret of ['Qorvandel', 'Thimbleworth', 'Zynthaprex', 'zynthaprex', '987-1234']) {
      expect(bytes.includes(Buffer.from(secret, 'latin1')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
  });

  it('replaces a damaged cache, and gives the same answer as without it', async () => {
    const dir = freshDir();
    const expected = await check(dir, RISKY);
    const file = join(dir, cacheFiles(dir)[0]);
    writeFileSync(file, Buffer.alloc(4096, 7));
    expect(await check(dir, RISKY)).toEqual(expected);
    expect(statSync(file).size).toBeGreaterThan(100_000);
  });

  it('works the same where the cache cannot be written', async () => {
    const expected = await check(freshDir(), RISKY);
    // A file where the cache folder would go: unwritable even for root, unlike a read-only folder.
    const blocked = join(freshDir(), 'not-a-folder');
    writeFileSync(blocked, '');
    expect(await check(join(blocked, 'cache'), RISKY)).toEqual(expected);
    expect(await check(join(blocked, 'cache'), 'Our office will be closed on Monday for the holiday.')).toMatchObject({ code: 0 });
  });
});
