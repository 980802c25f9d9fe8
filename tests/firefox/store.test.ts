// Store readiness of the built zips (docs/stores.md): addons.mozilla.org's own linter on the Firefox
// build, the Firefox zip holding exactly that build, and the Chrome Web Store's checks that can run
// offline on the Chrome zip (manifest fields, icon sizes, no remote code, the permissions).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { SITE_HOSTS } from '../../sites/hosts';
import { FIREFOX_EXTENSION_DIR } from './firefox';
import { readTree, readZip, storeZip } from './zip';

const STORES_DOC = readFileSync('docs/stores.md', 'utf8');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('addons.mozilla.org', () => {
  test('web-ext lint finds no errors in the Firefox build, and every warning is explained in docs/stores.md', async () => {
    // web-ext exits 0 with warnings and 1 with errors; the JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 << 20,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    for (const message of [...report.warnings, ...report.notices]) {
      expect(STORES_DOC, `${message.code} (${message.file}: ${message.message}) is not explained in docs/stores.md`).toContain(`\`${message.code}\``);
    }
  }, 180_000);

  test('the Firefox zip holds exactly the tested build', async () => {
    const zipped = await readZip(storeZip('firefox'));
    const built = readTree(FIREFOX_EXTENSION_DIR);
    expect([...zipped.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, content] of built) expect(zipped.get(path)!.equals(content), path).toBe(true);
  });
});

describe('Chrome Web Store (the checks that run offline)', () => {
  const files = readZip(storeZip('chrome'));
  const manifest = async () => JSON.parse((await files).get('manifest.json')!.toString('utf8'));

  test('manifest: version 3, a name of at most 75 characters, a description of at most 132, a version of 1 to 4 numbers up to 65535', async () => {
    const m = await manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.name.length).toBeLessThanOrEqual(75);
    expect(m.description.length).toBeGreaterThan(0);
    expect(m.description.length).toBeLessThanOrEqual(132);
    expect(m.version).toMatch(/^\d+(\.\d+){0,3}$/);
    for (const part of m.version.split('.')) expect(Number(part)).toBeLessThanOrEqual(65535);
    expect(m.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  test('icons: 16, 32, 48 and 128 pixels, each a PNG of its size', async () => {
    const m = await manifest();
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(m.icons as Record<string, string>)) {
      const png = (await files).get(path);
      expect(png, path).toBeDefined();
      expect(png!.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${path} is a PNG`).toBe(true);
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png!.readUInt32BE(16), png!.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
    }
  });

  test('no remote code: no script from another origin, no eval, no new Function, and no content security policy loosening', async () => {
    const m = await manifest();
    expect(m.content_security_policy).toBeUndefined();
    const scripts = [...(await files)].filter(([path]) => /\.(js|html)$/.test(path));
    expect(scripts.length).toBeGreaterThan(5);
    for (const [path, content] of scripts) {
      const text = content.toString('utf8');
      expect(text, path).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, path).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(text, path).not.toMatch(/\bfrom\s*["'`]https?:/);
      expect(text, path).not.toMatch(/\bimportScripts\s*\(/);
      expect(text, path).not.toMatch(/\beval\s*\(/);
      expect(text, path).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, path).not.toMatch(/\bsetTimeout\s*\(\s*["'`]/);
    }
  });

  test('permissions: only storage and clipboardWrite (each justified in docs/stores.md), and content scripts only on the three sites', async () => {
    const m = await manifest();
    expect(m.permissions).toEqual(['storage', 'clipboardWrite']);
    for (const permission of m.permissions) expect(STORES_DOC).toContain(`\`${permission}\``);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    const hosts = new Set(Object.values(SITE_HOSTS).flat().map(({ host }) => host));
    for (const script of m.content_scripts) for (const match of script.matches) expect(hosts, match).toContain(/^https:\/\/([^/]+)\/\*$/.exec(match)?.[1]);
  });
});
