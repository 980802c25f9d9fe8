// Which tab the popup is about, and which site ReplyRx runs on there. No `tabs` permission needed:
// the active tab's id comes without it, and only ReplyRx's own content script can answer.
import browser from 'webextension-polyfill';
import { SITES } from '@/rules/types';
import type { StatusRequest, StatusResponse } from '@/sites/messages';

/**
 * Opened from the toolbar, the popup is about the active tab of its window. `popup.html?tab=<id>`
 * names the tab instead: a popup opened as an ordinary tab (as the browser tests do) would
 * otherwise be its own active tab.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The site (and host) whose content script runs in the tab, or null when none answers: a page ReplyRx does not run on. */
export async function siteInTab(tabId: number | undefined): Promise<StatusResponse | null> {
  if (tabId === undefined) return null;
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'replyrx:status' } satisfies StatusRequest)) as StatusResponse | undefined;
    return answer && SITES.includes(answer.site) && typeof answer.host === 'string' ? { site: answer.site, host: answer.host } : null;
  } catch {
    return null;
  }
}
