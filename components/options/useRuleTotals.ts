// Each rule's shown and dismissed counts over the last 30 days, kept current while the page is open.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ruleTotals } from '@/sites/stats';
import { STATS_KEY } from '@/sites/storage-keys';

type Totals = ReturnType<typeof ruleTotals>;
const read = async (): Promise<Totals> => ruleTotals((await browser.storage.local.get(STATS_KEY))[STATS_KEY], new Date());

export function useRuleTotals(): Totals {
  const [totals, setTotals] = useState<Totals>(new Map());
  useEffect(() => {
    void read().then(setTotals);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) void read().then(setTotals);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return totals;
}
