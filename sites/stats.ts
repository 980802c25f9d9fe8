// Local warning counts for the popup and the CSV export: per local day, how many drafts showed each
// kind of warning, and what staff did about them. Counts only: no text, no site, no time of day.
// Pure, apart from the recorder, which is handed its storage area.
import type { Category } from '@/rules/types';
import { STATS_KEY } from './storage-keys';

/** The categories counted, in the order the popup and the CSV list them ('engine' notes are not warnings). */
export const COUNTED_CATEGORIES = [
  'patient-identifier',
  'patient-relationship',
  'health-details',
  'medical-advice',
  'patient-media',
  'emergency',
  'jargon',
  'custom-term',
] as const satisfies readonly Category[];
export type CountedCategory = (typeof COUNTED_CATEGORIES)[number];

/** What staff did: Replace put in a safe reply, the send guard held a send, "Post anyway" sent it. */
export const ACTIONS = ['safe-replies-used', 'sends-held', 'posted-anyway'] as const;
export type Action = (typeof ACTIONS)[number];

export type Counter = CountedCategory | Action;
export const COUNTERS: readonly Counter[] = [...COUNTED_CATEGORIES, ...ACTIONS];

export type DayCounts = Partial<Record<Counter, number>>;
/** Counts by local day, `YYYY-MM-DD`. */
export type Stats = Record<string, DayCounts>;

export const KEEP_DAYS = 30;

export const isCounter = (value: unknown): value is Counter => (COUNTERS as readonly unknown[]).includes(value);

/** The date in the user's own time zone, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `KEEP_DAYS` local days up to `now`, oldest first. setDate steps whole calendar days across DST changes. */
export function lastDays(now: Date): string[] {
  return Array.from({ length: KEEP_DAYS }, (_, i) => {
    const d = new Date(now);
    d.setDate(d.getDate() - (KEEP_DAYS - 1 - i));
    return localDay(d);
  });
}

/** Stored counts, keeping only the last 30 days and whole non-negative counts (storage can hold anything). */
export function readStats(raw: unknown, now: Date): Stats {
  const out: Stats = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const day of lastDays(now)) {
    const counts = (raw as Record<string, unknown>)[day];
    if (typeof counts !== 'object' || counts === null) continue;
    const kept: DayCounts = {};
    for (const counter of COUNTERS) {
      const n = (counts as Record<string, unknown>)[counter];
      if (Number.isSafeInteger(n) && (n as number) > 0) kept[counter] = n as number;
    }
    if (Object.keys(kept).length) out[day] = kept;
  }
  return out;
}

/** The stats with one more of each counter today; days older than 30 are dropped. */
export function addCounts(raw: unknown, counters: readonly Counter[], now: Date): Stats {
  const stats = readStats(raw, now);
  const day = localDay(now);
  const today = { ...stats[day] };
  for (const counter of counters) today[counter] = (today[counter] ?? 0) + 1;
  return { ...stats, [day]: today };
}

/** One header line, then one row per day for the last 30 days, oldest first (days without counts are zeros). */
export function statsCsv(raw: unknown, now: Date): string {
  const stats = readStats(raw, now);
  const rows = lastDays(now).map((day) => [day, ...COUNTERS.map((c) => stats[day]?.[c] ?? 0)].join(','));
  return `${['date', ...COUNTERS].join(',')}\n${rows.join('\n')}\n`;
}

/** The categories of one draft already counted: each counts once, when it first appears in the draft. */
export class DraftTally {
  private readonly seen = new Set<CountedCategory>();

  /** The categories among `categories` that are new to this draft (now marked as counted). */
  add(categories: Iterable<Category>): CountedCategory[] {
    const fresh: CountedCategory[] = [];
    for (const c of categories) {
      if (!(COUNTED_CATEGORIES as readonly Category[]).includes(c) || this.seen.has(c as CountedCategory)) continue;
      this.seen.add(c as CountedCategory);
      fresh.push(c as CountedCategory);
    }
    return fresh;
  }

  /** The composer was emptied or sent: the next text is a new draft. */
  end(): void {
    this.seen.clear();
  }
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Adds counts to `area` one batch at a time: a read-modify-write per batch, chained, so that batches
 * arriving together from several tabs cannot overwrite each other's counts.
 */
export function statsRecorder(area: StorageArea, now: () => Date = () => new Date()): (counters: readonly Counter[]) => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return (counters) => {
    last = last.catch(() => undefined).then(async () => {
      const at = now();
      await area.set({ [STATS_KEY]: addCounts((await area.get(STATS_KEY))[STATS_KEY], counters, at) });
    });
    return last;
  };
}
