// Email addresses that are not the practice's, in a message about a person or their care.
import { matchAll, quote, type Detector } from '../detector';
import { aboutSomeone } from '../identifiers';

const EMAIL = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

const FREE_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|zoho|yandex|btinternet|sky|virginmedia|talktalk|comcast|verizon|att|sbcglobal)\./;

export const rule: Detector = {
  id: 'email-address',
  detect(doc, facts) {
    const own = new Set(doc.policy.practice.emails.map((e) => e.toLowerCase()));
    // Any address at the practice's own domain is a colleague's ("jane@ourpractice.com"); a free mail provider is nobody's domain.
    const site = doc.policy.practice.website.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
    const domains = new Set([site, ...[...own].map((e) => e.slice(e.indexOf('@') + 1))].filter((d) => d && !FREE_MAIL.test(d)));
    const practices = (address: string) => own.has(address) || own.has(address.replace(/^www\./, '')) || domains.has(address.slice(address.indexOf('@') + 1));
    return matchAll(doc, EMAIL)
      .filter((m) => !practices(m.match[0]) && aboutSomeone(doc, facts.anchors, facts.care, m.start))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: "Shows an email address that is not the practice's.",
        why: `${quote(doc, m)} is not one of the practice's addresses, and the message is about a person.`,
        redaction: doc.policy.practice.emails[0] ?? '',
      }));
  },
};
