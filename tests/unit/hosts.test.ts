// The hosts table drives the manifest's matches, the options page and the popup (sites/hosts.ts).
import { describe, expect, it } from 'vitest';
import { SITES } from '../../rules/types';
import { allProducts, hostList, hostName, matchesFor, SITE_HOSTS } from '../../sites/hosts';

describe('hosts', () => {
  it('covers the hosts issue 9 asks for, each once, under one site', () => {
    const hosts = SITES.flatMap((site) => SITE_HOSTS[site].map((h) => h.host));
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts.sort()).toEqual(['business.facebook.com', 'm.facebook.com', 'pro.x.com', 'twitter.com', 'web.facebook.com', 'www.facebook.com', 'www.linkedin.com', 'www.messenger.com', 'x.com']);
  });

  it('gives content-script match patterns per site', () => {
    expect(matchesFor('x')).toEqual(['https://x.com/*', 'https://twitter.com/*', 'https://pro.x.com/*']);
    expect(matchesFor('facebook', 'linkedin')).toHaveLength(6);
  });

  it('names hosts for people', () => {
    expect(hostName('facebook', 'business.facebook.com')).toBe('Meta Business Suite');
    expect(hostName('facebook', 'm.facebook.com')).toBe('Facebook');
    expect(hostList('x')).toBe('x.com, twitter.com and pro.x.com (X Pro)');
    expect(hostList('linkedin')).toBe('www.linkedin.com');
    expect(allProducts()).toBe('Facebook, Meta Business Suite, Messenger, X, X Pro and LinkedIn');
  });
});
