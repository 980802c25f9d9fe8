import { describe, expect, it } from 'vitest';
import {
  COUNTERS,
  DraftTally,
  addCounts,
  lastDays,
  localDay,
  readStats,
  statsCsv,
  ruleTotals,
  statsRecorder,
  type Counter,
} from '../../sites/stats';
import type { Category } from '../../rules/types';
import { STATS_KEY } from '../../sites/storage-keys';

// Local-time dates: the tests hold in any time zone the suite runs in.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('localDay', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(localDay(at(2026, 3, 7))).toBe('2026-03-07');
    expect(localDay(at(2026, 12, 31, 23))).toBe('2026-12-31');
    expect(localDay(at(2027, 1, 1, 0))).toBe('2027-01-01');
  });

  it('buckets counts by the local day they happen on', () => {
    let stats = addCounts(undefined, ['jargon'], at(2026, 3, 7, 23));
    stats = addCounts(stats, ['jargon'], at(2026, 3, 8, 0));
    expect(stats).toEqual({ '2026-03-07': { jargon: 1 }, '2026-03-08': { jargon: 1 } });
  });
});

describe('lastDays', () => {
  it('is 30 consecutive days ending today, oldest first, across month and year ends', () => {
    const days = lastDays(at(2026, 1, 10));
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2025-12-12');
    expect(days[29]).toBe('2026-01-10');
    expect(new Set(days).size).toBe(30);
  });
});

describe('addCounts', () => {
  it('adds one per counter to today and keeps the other days', () => {
    const now = at(2026, 5, 20);
    const before = { '2026-05-19': { 'medical-advice': 2 }, '2026-05-20': { 'medical-advice': 1 } };
    expect(addCounts(before, ['medical-advice', 'health-details', 'sends-held'], now)).toEqual({
      '2026-05-19': { 'medical-advice': 2 },
      '2026-05-20': { 'medical-advice': 2, 'health-details': 1, 'sends-held': 1 },
    });
  });

  it('drops days older than 30 days on every write', () => {
    const now = at(2026, 5, 20);
    const before = { '2026-04-20': { jargon: 5 }, '2026-04-21': { jargon: 4 }, '2025-05-20': { jargon: 1 } };
    expect(Object.keys(addCounts(before, ['jargon'], now)).sort()).toEqual(['2026-04-21', '2026-05-20']);
  });

  it('starts over from damaged storage and keeps only known counters with whole positive counts', () => {
    const now = at(2026, 5, 20);
    for (const raw of [undefined, null, 'x', 42, []]) expect(addCounts(raw, ['jargon'], now)).toEqual({ '2026-05-20': { jargon: 1 } });
    const damaged = { '2026-05-19': { jargon: -1, emergency: 1.5, 'custom-term': '3', 'health-details': 2, secret: 9 }, 'not a day': { jargon: 1 } };
    expect(readStats(damaged, now)).toEqual({ '2026-05-19': { 'health-details': 2 } });
  });
});

describe('DraftTally', () => {
  // A finding as the tally sees it: its category and rule.
  const hit = (category: Category, rule = 'health-details') => ({ category, rule });

  it('counts each category and each rule once per draft, when it first appears, whatever the keystrokes', () => {
    const tally = new DraftTally();
    expect(tally.add([hit('health-details')])).toEqual(['health-details', 'shown:health-details']);
    expect(tally.add([hit('health-details'), hit('health-details')])).toEqual([]);
    expect(tally.add([hit('health-details'), hit('medical-advice', 'medical-advice'), hit('patient-identifier', 'person-name'), hit('patient-identifier', 'care-date')])).toEqual([
      'medical-advice',
      'shown:medical-advice',
      'patient-identifier',
      'shown:person-name',
      'shown:care-date',
    ]);
    // Gone and back in the same draft: still the one count.
    expect(tally.add([])).toEqual([]);
    expect(tally.add([hit('medical-advice', 'medical-advice')])).toEqual([]);
  });

  it('counts again after the draft ends (emptied, sent)', () => {
    const tally = new DraftTally();
    tally.add([hit('jargon', 'jargon')]);
    tally.dismiss(['jargon']);
    tally.end();
    expect(tally.add([hit('jargon', 'jargon')])).toEqual(['jargon', 'shown:jargon']);
    expect(tally.dismiss(['jargon'])).toEqual(['dismissed:jargon']);
  });

  it('counts a rule dismissed once per draft, however many of its phrases are dismissed, so dismissed never exceeds shown', () => {
    const tally = new DraftTally();
    tally.add([hit('patient-identifier', 'person-name'), hit('patient-identifier', 'person-name')]);
    expect(tally.dismiss(['person-name'])).toEqual(['dismissed:person-name']);
    expect(tally.dismiss(['person-name', 'person-name'])).toEqual([]);
    expect(tally.dismiss(['care-date', 'person-name'])).toEqual(['dismissed:care-date']);
  });

  it('does not count engine notes or unknown rules', () => {
    expect(new DraftTally().add([hit('engine', 'engine'), hit('emergency', 'emergency')])).toEqual(['emergency', 'shown:emergency']);
    expect(new DraftTally().dismiss(['engine', 'bogus'])).toEqual([]);
  });
});

describe('ruleTotals', () => {
  it("sums each rule's shown and dismissed counts over the last 30 days, ignoring older days", () => {
    const now = at(2026, 5, 20);
    const stats = {
      '2026-05-20': { 'shown:person-name': 3, 'dismissed:person-name': 2, jargon: 1 },
      '2026-05-02': { 'shown:person-name': 1, 'shown:jargon': 4 },
      '2026-04-01': { 'shown:person-name': 50, 'dismissed:person-name': 50 },
    };
    const totals = ruleTotals(stats, now);
    expect(totals.get('person-name')).toEqual({ shown: 4, dismissed: 2 });
    expect(totals.get('jargon')).toEqual({ shown: 4, dismissed: 0 });
    expect(totals.get('care-date')).toEqual({ shown: 0, dismissed: 0 });
  });
});

describe('statsCsv', () => {
  it('has the header, then one row per day for the last 30 days with zeros where nothing happened', () => {
    const now = at(2026, 5, 20);
    const csv = statsCsv({ '2026-05-20': { 'health-details': 3, 'safe-replies-used': 1, 'shown:jargon': 2, 'dismissed:jargon': 1 }, '2026-05-01': { jargon: 2 } }, now);
    const lines = csv.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 12).join(',')).toBe(
      'date,patient-identifier,patient-relationship,health-details,medical-advice,patient-media,emergency,jargon,custom-term,safe-replies-used,sends-held,posted-anyway',
    );
    // Then each rule's shown and dismissed, side by side.
    expect(header.slice(12, 16)).toEqual(['shown:person-name', 'dismissed:person-name', 'shown:social-handle', 'dismissed:social-handle']);
    expect(header).toHaveLength(1 + COUNTERS.length);
    expect(lines).toHaveLength(31);
    const cells = (day: string) => {
      const row = lines.find((l) => l.startsWith(day))!.split(',');
      return Object.fromEntries(header.map((h, i) => [h, row[i]]).filter(([h, v]) => h !== 'date' && v !== '0'));
    };
    expect(lines[1]).toBe(`2026-04-21${',0'.repeat(COUNTERS.length)}`);
    expect(cells('2026-05-01')).toEqual({ jargon: '2' });
    expect(cells('2026-05-20')).toEqual({ 'health-details': '3', 'safe-replies-used': '1', 'shown:jargon': '2', 'dismissed:jargon': '1' });
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('needs no escaping: every cell is a date or a whole number, whatever storage holds', () => {
    const now = at(2026, 5, 20);
    const hostile = { '2026-05-20': { jargon: '=HYPERLINK("x")', 'health-details': 'a,b', emergency: '"1"', 'x,y': 4 }, '=cmd|x': { jargon: 1 } };
    const csv = statsCsv(hostile, now);
    for (const line of csv.trimEnd().split('\n').slice(1)) expect(line).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}(,\\d+){${COUNTERS.length}}$`));
    expect(csv).not.toMatch(/["=|]/);
  });
});

describe('statsRecorder', () => {
  /** A storage area whose reads and writes each take a turn of the event loop, like chrome.storage. */
  function fakeArea() {
    let stored: Record<string, unknown> = {};
    const tick = () => new Promise((r) => setTimeout(r, 0));
    return {
      get: async (key: string) => (await tick(), { [key]: structuredClone(stored[key]) }),
      set: async (items: Record<string, unknown>) => {
        await tick();
        stored = { ...stored, ...structuredClone(items) };
      },
      read: () => stored,
    };
  }

  it('keeps every count when increments from several tabs arrive together', async () => {
    const area = fakeArea();
    const now = at(2026, 5, 20);
    const record = statsRecorder(area, () => now);
    const batches: Counter[][] = Array.from({ length: 20 }, (_, i) => (i % 2 ? ['jargon'] : ['jargon', 'sends-held']));
    await Promise.all(batches.map((b) => record(b)));
    expect(area.read()[STATS_KEY]).toEqual({ '2026-05-20': { jargon: 20, 'sends-held': 10 } });
  });

  it('goes on after a failed write', async () => {
    const area = fakeArea();
    let fail = true;
    const flaky = {
      get: area.get,
      set: async (items: Record<string, unknown>) => {
        if (!fail) return area.set(items);
        fail = false;
        throw new Error('quota');
      },
    };
    const record = statsRecorder(flaky, () => at(2026, 5, 20));
    await expect(record(['jargon'])).rejects.toThrow('quota');
    await record(['emergency']);
    expect(area.read()[STATS_KEY]).toEqual({ '2026-05-20': { emergency: 1 } });
  });

  it('stores only counter names and numbers', async () => {
    const area = fakeArea();
    const record = statsRecorder(area, () => at(2026, 5, 20));
    await record(COUNTERS);
    const json = JSON.stringify(area.read());
    expect(json).toMatch(/^\{"stats":\{"2026-05-20":\{("[a-z0-9:-]+":1,?)+\}\}\}$/);
  });
});
