// The hosts ReplyRx runs on, per site. The policy's `sites` switches are per site (facebook, x,
// linkedin); every host of a site follows its switch. The content scripts' matches, the options page
// and the popup all read this table, so adding a host here is the whole change.
import { SITES, type Site } from '@/rules/types';

export const SITE_NAME: Record<Site, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' };

/** Each host with the name people know it by. */
export const SITE_HOSTS: Record<Site, readonly { host: string; name: string }[]> = {
  facebook: [
    { host: 'www.facebook.com', name: 'Facebook' },
    { host: 'web.facebook.com', name: 'Facebook' },
    { host: 'm.facebook.com', name: 'Facebook' },
    { host: 'business.facebook.com', name: 'Meta Business Suite' },
    { host: 'www.messenger.com', name: 'Messenger' },
  ],
  x: [
    { host: 'x.com', name: 'X' },
    { host: 'twitter.com', name: 'X' },
    { host: 'pro.x.com', name: 'X Pro' },
  ],
  linkedin: [{ host: 'www.linkedin.com', name: 'LinkedIn' }],
};

/** Match patterns for the content scripts of these sites. */
export const matchesFor = (...sites: Site[]): string[] => sites.flatMap((site) => SITE_HOSTS[site].map(({ host }) => `https://${host}/*`));

/** The name of the product on a host (Meta Business Suite on business.facebook.com), or its site's name. */
export const hostName = (site: Site, host: string): string => SITE_HOSTS[site].find((h) => h.host === host)?.name ?? SITE_NAME[site];

/** A site's hosts in a sentence: "www.facebook.com, …, business.facebook.com (Meta Business Suite) and www.messenger.com (Messenger)". */
export function hostList(site: Site): string {
  const items = SITE_HOSTS[site].map(({ host, name }) => (name === SITE_NAME[site] ? host : `${host} (${name})`));
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0];
}

/** Every product name ReplyRx runs on, once each: "Facebook, Meta Business Suite, Messenger, X, X Pro and LinkedIn". */
export function allProducts(): string {
  const names = [...new Set(SITES.flatMap((site) => SITE_HOSTS[site].map((h) => h.name)))];
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
