// Email addresses that are not the practice's, in a message about a person or their care.
import { matchAll, quote, type Detector } from '../detector';
import { aboutSomeone } from '../identifiers';

const EMAIL = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export const rule: Detector = {
  id: 'email-address',
  detect(doc, facts) {
    const own = new Set(doc.policy.practice.emails.map((e) => e.toLowerCase()));
    const site = doc.policy.practice.website.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
    return matchAll(doc, EMAIL)
      .filter((m) => !own.has(m.match[0]) && !(site && m.match[0].endsWith(`@${site}`)) && aboutSomeone(doc, facts.anchors, facts.care, m.start))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: "Shows an email address that is not the practice's.",
        why: `${quote(doc, m)} is not one of the practice's addresses, and the message is about a person.`,
        redaction: doc.policy.practice.emails[0] ?? '',
      }));
  },
};
