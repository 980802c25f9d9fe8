// `replyrx audit` end to end: each fixture export (tests/cli/fixtures, built to the platforms' real
// shapes) audited through the built command, as a folder and as a zip, with the rows of --csv checked
// against what the engine says of each decoded message.
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { generateLinkedInExport } from '../bench/generate-export';
import { BIN, byMessage, copyFixture, expectedFlags, FIXTURES, POLICY_FILE, readCsvReport, replyrx, tempDir, zipFolder } from './helpers';

const audit = async (path: string, ...extra: string[]) => {
  const csv = join(tempDir(), 'findings.csv');
  const run = await replyrx(['audit', '--quiet', '--policy', POLICY_FILE, '--csv', csv, ...extra, path]);
  return { ...run, csvFile: csv, rows: run.code === 2 && !run.stdout ? [] : readCsvReport(csv) };
};

/** "  2023   2   3" of the summary's year table. */
const yearLine = (stdout: string, year: string) => stdout.split('\n').find((l) => l.trim().startsWith(year))?.trim().split(/\s+/).slice(1).map(Number);

describe('Facebook export', () => {
  const FOLDER = join(FIXTURES, 'facebook');

  it.each(['folder', 'zip'])('audits posts and comments of the %s, with the mojibake decoded', async (as) => {
    const r = await audit(as === 'zip' ? await zipFolder(FOLDER) : FOLDER);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Audited 6 messages from 2 files (Facebook export)');
    expect(r.stdout).toContain('3 risky messages');
    expect(yearLine(r.stdout, '2022')).toEqual([0, 1]);
    expect(yearLine(r.stdout, '2023')).toEqual([2, 3]);
    expect(yearLine(r.stdout, '2024')).toEqual([1, 2]);

    const messages = byMessage(r.rows);
    expect(messages.size).toBe(3);
    const jose = 'Congrats to José on finishing his root canal today, so brave! 👍';
    expect([...messages.keys()]).toContain(jose);
    expect(r.rows.some((row) => /Ã|ð/.test(row.message))).toBe(false);
    expect(messages.get(jose)!.flagged).toContain('person-name:José');
    // José's post has a photo attached (attachments[].data[].media), which the engine is told.
    for (const [text, m] of messages) expect(m.flagged).toEqual(expectedFlags(text, 'facebook', m.kind as 'post', text === jose));
    expect(messages.get(jose)!.flagged).toContain('patient-media:C');
    expect(messages.get('Great seeing you Tuesday Maria, keep icing that ankle!')).toMatchObject({ kind: 'reply', date: '2023-06-20T10:00:00.000Z' });
  });
});

describe('X archive', () => {
  it('audits tweets (replies by in_reply_to) and the account’s own direct messages', async () => {
    const r = await audit(await zipFolder(join(FIXTURES, 'x')));
    expect(r.code).toBe(1);
    // 4 tweets + the 2 direct messages the account sent (not the one it received).
    expect(r.stdout).toContain('Audited 6 messages from 3 files (X archive)');
    const messages = byMessage(r.rows);
    expect([...messages.values()].map((m) => m.kind).sort()).toEqual(['message', 'reply', 'reply']);
    expect([...messages.keys()].some((t) => t.includes('Is my crown ready yet'))).toBe(false);

    const dana = '@dana_k Hi Dana, take 400mg ibuprofen every 6 hours for the swelling.';
    expect(messages.get(dana)).toMatchObject({ kind: 'reply', ref: 'https://x.com/riversidedental/status/1700000000000000002', date: '2023-11-08T09:30:00.000Z' });
    // full_text's HTML entities are decoded before the engine sees the text.
    const tom = '@tom_w So sorry about your knee surgery Tom, rest up & keep it elevated <3';
    expect(messages.has(tom)).toBe(true);
    for (const [text, m] of messages) expect(m.flagged).toEqual(expectedFlags(text, 'x', m.kind as 'reply'));
    expect(messages.get(dana)!.flagged).toContain('person-name:Dana');
    // A cell starting with @ would be a formula in a spreadsheet: the file has it behind a '.
    expect(readFileSync(r.csvFile, 'utf8')).toContain(`,"'@dana_k Hi Dana`);
  });
});

describe('LinkedIn export', () => {
  it('audits Shares.csv (quoted twice), Comments.csv (\\" escapes) and the owner’s messages', async () => {
    const r = await audit(join(FIXTURES, 'linkedin'));
    expect(r.code).toBe(1);
    // 2 shares + 2 comments + the owner's 2 messages (Profile.csv names the owner).
    expect(r.stdout).toContain('Audited 6 messages from 3 files (LinkedIn export)');
    const messages = byMessage(r.rows);
    const share = 'Congrats to our hygienist "Sam" on 10 years!\nGreat seeing you Tuesday Maria, keep icing that ankle!';
    expect(messages.get(share)).toMatchObject({ kind: 'post', ref: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7026000000000000001' });
    expect(messages.get(share)!.flagged).toContain('person-name:Maria');
    const comment = 'Hi Dana, as we said "take 400mg ibuprofen every 6 hours" for the swelling.';
    expect(messages.get(comment)).toMatchObject({ kind: 'reply', date: '2024-03-21T08:30:00.000Z' });
    expect(messages.get('Your crown is ready, Mr. Patel. See you Thursday at 3pm for the fitting.')).toMatchObject({ kind: 'message', date: '2024-05-02T11:00:00.000Z' });
    expect([...messages.keys()].some((t) => t.includes('Is my crown ready yet'))).toBe(false);
    for (const [text, m] of messages) expect(m.flagged).toEqual(expectedFlags(text, 'linkedin', m.kind as 'post'));
  });
});

describe('any CSV or JSON Lines file', () => {
  it('reads the text and date columns named on the command line', async () => {
    const r = await audit(join(FIXTURES, 'table/replies.csv'), '--text-column', 'Body', '--date-column', 'Sent', '--site', 'linkedin', '--kind', 'reply');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Audited 3 messages');
    const messages = byMessage(r.rows);
    expect(messages.size).toBe(2);
    expect(messages.get('Great seeing you Tuesday Maria, keep icing that ankle!')).toMatchObject({ site: 'linkedin', kind: 'reply', ref: 'line 2', date: '2022-11-04T00:00:00.000Z' });
    for (const [text, m] of messages) expect(m.flagged).toEqual(expectedFlags(text, 'linkedin', 'reply'));
  });

  it('reads check --jsonl lines, with their id, site and kind', async () => {
    const r = await audit(join(FIXTURES, 'table/replies.jsonl'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Audited 3 messages');
    const [tom] = [...byMessage(r.rows).values()];
    expect(tom).toMatchObject({ site: 'x', kind: 'reply', ref: 'r2', date: '2021-06-01T10:00:00.000Z' });
  });

  it('says which column is missing', async () => {
    const r = await audit(join(FIXTURES, 'table/replies.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('replies.csv line 1: no "text" column (it has "Author", "Sent", "Body")');
  });

  it('exits 0 when nothing is risky', async () => {
    const file = join(tempDir(), 'clean.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'Our office will be closed on Monday for the holiday.' })}\n`);
    const r = await audit(file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No risky messages found.');
    expect(r.rows).toEqual([]);
  });
});

describe('bad input', () => {
  it('names the formats it knows for an unknown export', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const r = await replyrx(['audit', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not an export replyrx knows');
    for (const name of ['Facebook export', 'X archive', 'LinkedIn export', 'CSV / JSON Lines file']) expect(r.stderr).toContain(name);
  });

  it('tells a Facebook export downloaded as HTML to be downloaded as JSON', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'your_facebook_activity/posts'), { recursive: true });
    writeFileSync(join(dir, 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html'), '<html></html>');
    const r = await replyrx(['audit', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('This is a Facebook export in HTML format: download it again with Format: JSON.');
  });

  it('exits 2 on a missing path and on a file that is not a zip', async () => {
    const missing = await replyrx(['audit', '/no/such/export.zip']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /no/such/export.zip (no such file or folder)');

    const fake = join(tempDir(), 'export.zip');
    writeFileSync(fake, 'this is not a zip file at all');
    const r = await replyrx(['audit', fake]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a zip file or a damaged one');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a damaged file inside a zip and still audits the rest', async () => {
    const zip = await zipFolder(join(FIXTURES, 'x'));
    const bytes = readFileSync(zip);
    // Scramble the middle of tweets.js's compressed data (it follows its local header's name).
    const at = bytes.indexOf('data/tweets.js') + 'data/tweets.js'.length + 200;
    for (let i = at; i < at + 64; i++) bytes[i] ^= 0x5a;
    writeFileSync(zip, bytes);
    const r = await audit(zip);
    expect(r.stderr).toMatch(/replyrx: data\/tweets\.js: cannot read it: damaged or unreadable \(.+\)/);
    expect(r.code).toBe(1); // the direct messages were still audited, and one is risky
    expect(byMessage(r.rows).get('Your crown is ready, Mr. Patel. See you Thursday at 3pm for the fitting.')).toBeDefined();
  });

  it('reports a truncated JSON file with its line and audits the other files', async () => {
    const dir = copyFixture('facebook');
    const comments = join(dir, 'your_facebook_activity/comments_and_reactions/comments.json');
    const text = readFileSync(comments, 'utf8');
    truncateSync(comments, Math.floor(text.length / 2));
    const lines = readFileSync(comments, 'utf8').split('\n').length;
    const r = await audit(dir);
    expect(r.stderr).toContain(`replyrx: your_facebook_activity/comments_and_reactions/comments.json line ${lines}: not valid JSON: it ends too early`);
    expect(r.stdout).toContain('Audited 3 messages from 2 files');
    expect(r.stdout).toContain('1 part could not be read');
    expect(r.code).toBe(1); // José's post is still found
  });

  it('reports a bad CSV row with its line and audits the other rows', async () => {
    const dir = copyFixture('linkedin');
    const comments = join(dir, 'Comments.csv');
    const [header, ...rows] = readFileSync(comments, 'utf8').trimEnd().split('\n');
    writeFileSync(comments, [header, rows[0], '2024-02-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,"one",extra', rows[1], ''].join('\n'));
    const r = await audit(dir);
    expect(r.stderr).toContain('replyrx: Comments.csv line 3: row skipped: Invalid Record Length');
    expect(r.stdout).toContain('Audited 6 messages');
    expect(r.code).toBe(1);
  });

  it('exits 2 when nothing is risky but part of the export could not be read', async () => {
    const file = join(tempDir(), 'mixed.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'Sure, we are open Saturdays 9 to 1.' })}\n{"id": 2, "text": "cut sh\n`);
    const r = await audit(file);
    expect(r.stderr).toContain('mixed.jsonl line 2: not valid JSON; line skipped');
    expect(r.code).toBe(2);
  });

  it('rejects options of the other command', async () => {
    expect((await replyrx(['audit', '--json', join(FIXTURES, 'x')])).stderr).toContain('--json is for replyrx check');
    expect((await replyrx(['check', '--csv', 'out.csv', 'hello'])).stderr).toContain('--csv is for replyrx audit');
    const noPath = await replyrx(['audit']);
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toContain('missing PATH');
    const columns = await replyrx(['audit', '--text-column', 'Body', join(FIXTURES, 'x')]);
    expect(columns.code).toBe(2);
    expect(columns.stderr).toContain('--text-column and --date-column are for one CSV or JSON Lines file');
  });
});

describe('big exports', () => {
  it('gives the same rows on worker threads (the built command) as on one thread (in-process)', async () => {
    const dir = join(tempDir(), 'linkedin');
    await generateLinkedInExport(dir, 700, 3);
    const built = await audit(dir);
    const csv = join(tempDir(), 'inline.csv');
    const out = new PassThrough();
    out.resume();
    const code = await main(['audit', '--quiet', '--policy', POLICY_FILE, '--csv', csv, dir], { stdin: new PassThrough(), stdout: out, stderr: out });
    expect(built.code).toBe(code);
    expect(built.rows.length).toBeGreaterThan(100);
    expect(readCsvReport(csv)).toEqual(built.rows);
  });

  it('stops on Ctrl+C and still sums up and closes the reports', async () => {
    const dir = join(tempDir(), 'linkedin');
    await generateLinkedInExport(dir, 30_000);
    const csv = join(tempDir(), 'partial.csv');
    const child = spawn('node', [BIN, 'audit', '--quiet', '--csv', csv, dir]);
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const audited = Number(/Interrupted \(Ctrl\+C\) after auditing ([\d,]+) messages/.exec(stdout)?.[1].replace(/,/g, ''));
    expect(audited).toBeGreaterThan(0);
    expect(audited).toBeLessThan(30_000);
    expect(readCsvReport(csv).length).toBeGreaterThan(0); // complete rows only
  });
});

// `script` gives the command a terminal, the only place the progress bar is drawn.
describe.runIf(existsSync('/usr/bin/script'))('progress bar', () => {
  const onTerminal = (args: string[]) =>
    new Promise<string>((resolve) => {
      const command = ['node', BIN, 'audit', ...args].map((a) => `'${a}'`).join(' ');
      execFile('script', ['-qec', command, '/dev/null'], { maxBuffer: 64 << 20 }, (_error, stdout) => resolve(stdout));
    });

  it('is drawn on a terminal, and not with --quiet or when stderr is not a terminal', async () => {
    const dir = join(tempDir(), 'linkedin');
    await generateLinkedInExport(dir, 1000);
    const bar = /\r\x1b\[K\[#*\.*\] +\d+%  [\d,]+ messages, [\d,]+ risky/;
    expect(await onTerminal([dir])).toMatch(bar);
    expect(await onTerminal(['--quiet', dir])).not.toContain('\x1b[K');
    expect((await replyrx(['audit', dir])).stderr).toBe('');
  });
});

describe('HTML report', () => {
  it('escapes every text and loads nothing from outside', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'evil.jsonl');
    appendFileSync(file, `${JSON.stringify({ id: '<img src=x onerror=alert(1)>', text: 'Great seeing you Tuesday Maria <script>alert(1)</script>, keep icing that ankle!' })}\n`);
    const html = join(dir, 'report.html');
    const r = await replyrx(['audit', '--quiet', '--html', html, file]);
    expect(r.code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toMatch(/<mark class="warn"[^>]*>Maria<\/mark>/);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page).toContain("default-src 'none'");
  });
});
