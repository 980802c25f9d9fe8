// Email addresses that are not the practice's, in a message about a person or their care.
import { quote, type Detector } from '../detector';
import type { Doc } from '../doc';
import type { Span } from '../text';
import { aboutSomeone } from '../identifiers';

// Tried only where its "@" can be: scanning the whole text with it backtracked through every word (a fifth of a
// long post's re-check).
const EMAIL = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, 'uy');
const LOCAL_PART_MAX = 64;

/** The addresses a global search with EMAIL would find, left to right: each starts at most 64 characters before its "@". */
export function emailAddresses(lower: string): (Span & { match: RegExpMatchArray })[] {
  const out: (Span & { match: RegExpMatchArray })[] = [];
  let from = 0;
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', Math.max(at, from) + 1)) {
    for (let start = Math.max(from, at - LOCAL_PART_MAX); start < at; start++) {
      EMAIL.lastIndex = start;
      const match = EMAIL.exec(lower);
      if (!match) continue;
      out.push({ start: match.index, end: match.index + match[0].length, match });
      from = match.index + match[0].length;
      break;
    }
  }
  return out;
}

const FREE_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|zoho|yandex|btinternet|sky|virginmedia|talktalk|comcast|verizon|att|sbcglobal)\./;

/**
 * In a reply to one person, an address at a free mail provider, or one holding the name of someone the reply or
 * comment names ("Hi Rania … emailed it to rania.k@…"), is that person's own.
 */
function personalAddress(doc: Doc, address: string): boolean {
  if (!doc.addressed) return false;
  const [local, domain] = address.split('@');
  if (FREE_MAIL.test(domain)) return true;
  const names = [...doc.people, ...doc.context.people].filter((p) => p.role === 'patient' && p.kind === 'name').flatMap((p) => p.text.toLowerCase().split(/\s+/));
  return names.some((n) => n.length >= 3 && local.includes(n));
}

export const rule: Detector = {
  id: 'email-address',
  detect(doc, facts) {
    const own = new Set(doc.policy.practice.emails.map((e) => e.toLowerCase()));
    // Any address at the practice's own domain is a colleague's ("jane@ourpractice.com"); a free mail provider is nobody's domain.
    const site = doc.policy.practice.website.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
    const domains = new Set([site, ...[...own].map((e) => e.slice(e.indexOf('@') + 1))].filter((d) => d && !FREE_MAIL.test(d)));
    const practices = (address: string) => own.has(address) || own.has(address.replace(/^www\./, '')) || domains.has(address.slice(address.indexOf('@') + 1));
    return emailAddresses(doc.lower)
      .filter((m) => !practices(m.match[0]) && (aboutSomeone(doc, facts.anchors, facts.care, m.start) || personalAddress(doc, m.match[0])))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: "Shows an email address that is not the practice's.",
        why: `${quote(doc, m)} is not one of the practice's addresses, and the message is about a person.`,
        redaction: doc.policy.practice.emails[0] ?? '',
      }));
  },
};
