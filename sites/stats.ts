// Local warning counts for the popup and the CSV export: per local day, how many drafts showed each
// kind of warning, and what staff did about them; per rule, how many drafts showed it and in how
// many staff dismissed it ("Not a risk here"), so the manager sees which rules cry wolf. Counts
// only: no text, no site, no time of day. Pure, apart from the recorder, which is handed its storage area.
import { RULE_IDS, type RuleId } from '@/rules/rule-ids';
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

/** Per rule: `shown:<rule>` drafts that showed it, `dismissed:<rule>` drafts where staff dismissed it. */
export type RuleCounter = `shown:${RuleId}` | `dismissed:${RuleId}`;
export const shownCounter = (rule: RuleId): RuleCounter => `shown:${rule}`;
export const dismissedCounter = (rule: RuleId): RuleCounter => `dismissed:${rule}`;
const RULE_COUNTERS: readonly RuleCounter[] = RULE_IDS.flatMap((rule) => [shownCounter(rule), dismissedCounter(rule)]);

export type Counter = CountedCategory | Action | RuleCounter;
export const COUNTERS: readonly Counter[] = [...COUNTED_CATEGORIES, ...ACTIONS, ...RULE_COUNTERS];

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

const isRuleId = (rule: string): rule is RuleId => (RULE_IDS as readonly string[]).includes(rule);

/**
 * What one draft has counted already: each category and each rule counts once per draft, when it
 * first appears, and each rule's dismissal once per draft (so dismissed never exceeds shown).
 */
export class DraftTally {
  private readonly seen = new Set<Counter>();

  /** The counters for `findings` that are new to this draft (now marked as counted). */
  add(findings: Iterable<{ category: Category; rule: string }>): Counter[] {
    const counters: Counter[] = [];
    for (const { category, rule } of findings) {
      if ((COUNTED_CATEGORIES as readonly Category[]).includes(category)) counters.push(category as CountedCategory);
      if (isRuleId(rule)) counters.push(shownCounter(rule));
    }
    return this.fresh(counters);
  }

  /** The dismissal counters for `rules` that are new to this draft. */
  dismiss(rules: Iterable<string>): Counter[] {
    return this.fresh([...rules].filter(isRuleId).map(dismissedCounter));
  }

  private fresh(counters: Counter[]): Counter[] {
    const out = [...new Set(counters)].filter((c) => !this.seen.has(c));
    out.forEach((c) => this.seen.add(c));
    return out;
  }

  /** The composer was emptied or sent: the next text is a new draft. */
  end(): void {
    this.seen.clear();
  }
}

/** Each rule's shown and dismissed counts summed over the stored days (the last 30). */
export function ruleTotals(raw: unknown, now: Date): Map<RuleId, { shown: number; dismissed: number }> {
  const days = Object.values(readStats(raw, now));
  const sum = (counter: Counter) => days.reduce((n, day) => n + (day[counter] ?? 0), 0);
  return new Map(RULE_IDS.map((rule) => [rule, { shown: sum(shownCounter(rule)), dismissed: sum(dismissedCounter(rule)) }]));
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
