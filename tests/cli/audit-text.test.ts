// The text quirks the export readers undo, on their own.
import { describe, expect, it } from 'vitest';
import { unwrapCommentary } from '../../cli/audit/linkedin';
import { fixMojibake, parseJson, toDate } from '../../cli/audit/text';

const mojibake = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

describe('fixMojibake (Facebook)', () => {
  it('decodes UTF-8 bytes written as \\u00XX escapes', () => {
    for (const s of ['José', 'Zoë Müller', 'Thanks 👍🏽', '日本語', 'naïve café — “quoted”']) expect(fixMojibake(mojibake(s))).toBe(s);
  });

  it('leaves ASCII, text that is already right, and Latin-1 that is not UTF-8 alone', () => {
    expect(fixMojibake('plain text')).toBe('plain text');
    expect(fixMojibake('José 👍')).toBe('José 👍'); // has a character above U+00FF: not mojibake
    expect(fixMojibake('café')).toBe('café'); // "é" alone is not a valid UTF-8 sequence
  });
});

describe('unwrapCommentary (LinkedIn Shares.csv)', () => {
  it('undoes the second round of quoting, line by line', () => {
    expect(unwrapCommentary('"He said ""hi"""\n"Second line"')).toBe('He said "hi"\nSecond line');
    expect(unwrapCommentary('"One line"')).toBe('One line');
  });

  it('leaves a value that was quoted once alone', () => {
    expect(unwrapCommentary('Plain post')).toBe('Plain post');
    expect(unwrapCommentary('"')).toBe('"');
  });
});

describe('toDate', () => {
  it('reads the platforms’ date forms as UTC', () => {
    expect(toDate(1687255200)?.toISOString()).toBe('2023-06-20T10:00:00.000Z'); // Facebook, seconds
    expect(toDate('Wed Nov 08 09:30:00 +0000 2023')?.toISOString()).toBe('2023-11-08T09:30:00.000Z'); // X
    expect(toDate('2024-02-01T16:20:00.000Z')?.toISOString()).toBe('2024-02-01T16:20:00.000Z'); // X direct messages
    expect(toDate('2024-05-02 10:11:12 UTC')?.toISOString()).toBe('2024-05-02T10:11:12.000Z'); // LinkedIn messages
    expect(toDate('2023-02-01 09:15:00')?.toISOString()).toBe('2023-02-01T09:15:00.000Z'); // LinkedIn shares
    expect(toDate('1687255200000')?.toISOString()).toBe('2023-06-20T10:00:00.000Z');
  });

  it('gives undefined for what is not a date', () => {
    for (const v of ['', 'soon', undefined, null, NaN, {}]) expect(toDate(v)).toBeUndefined();
  });
});

describe('parseJson', () => {
  it('says where a file ends too early, without quoting its text', () => {
    expect(() => parseJson('[\n  {"a": "secret patient words"},\n  {"b": 1')).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringContaining('ends too early') }),
    );
    expect(() => parseJson('{"a": "secret patient words" "b": 2}')).toThrow(
      expect.objectContaining({ line: 1, message: expect.not.stringContaining('secret') }),
    );
  });
});
