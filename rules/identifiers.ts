// Helpers the identifier rules share: digits of numbers written with any separators, and the practice's own.
import type { Doc } from './doc';
import { sentenceAt, type Span } from './text';
import { matchAll } from './detector';

/** The digits of a string ("(555) 201-4400" → "5552014400"). */
export const digitsOf = (s: string) => s.replace(/\D/g, '');

const PHONE_SHAPED = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9(])(?:\+|\()?(?:\d[\s.()\-]{0,3}){9,11}\d?(?![0-9])/gu;

/** Phone-shaped runs: 10 to 12 digits with optional separators, even one per digit ("5 5 5 . 3 1 8 …"). */
export function phoneNumbers(doc: { text: string; lower: string; sentences: readonly Span[] }): (Span & { digits: string })[] {
  const out: (Span & { digits: string })[] = [];
  // (Read in the lower-cased text, which has the same digits and marks: a long post re-reads only the sentences that changed.)
  for (const { match: m, start } of matchAll(doc, PHONE_SHAPED)) {
    let raw = m[0].replace(/[\s.()\-]+$/, '');
    const digits = digitsOf(raw);
    // US and Canadian (10, or 11 after a 1), UK (11 from a 0, or 12 after 44), Irish and Australian international forms.
    if (!(digits.length === 10 || (digits.length === 11 && /^[10]/.test(digits)) || (digits.length === 11 && digits.startsWith('61')) || (digits.length === 12 && /^(?:44|353)/.test(digits)))) continue;
    if (/^\d{4}[\s.-]\d{4}$/.test(raw)) continue; // years or ranges, not a phone
    if (/^0(?:800|808|300|330|34[345]|37[01]|845|870)/.test(digits)) continue; // UK freephone and organisation lines
    out.push({ start, end: start + raw.length, digits: digits.slice(-10) });
  }
  return out;
}

/** The practice's own phone numbers, emails, address and website are never identifiers. */
export function isPracticePhone(doc: Doc, digits: string): boolean {
  return doc.policy.practice.phones.some((p) => digitsOf(p).slice(-10) === digits);
}

// Toll-free numbers belong to organisations (poison control, insurers), not to patients: North American 800, 833…,
// Australian 1800 and 1300 (NZ 0800 and UK organisation lines are dropped in phoneNumbers).
export const isTollFree = (digits: string) => /^(?:8(?:00|33|44|55|66|77|88)|1[38]00)/.test(digits);

/** Whether the sentence at `at` has a specific person in it, or the message is about someone's care. */
export function aboutSomeone(doc: Doc, anchors: readonly { sentence: number; kind: string }[], care: boolean, at: number): boolean {
  const sentence = sentenceAt(doc.sentences, at);
  return care || anchors.some((a) => a.sentence === sentence && a.kind !== 'you');
}
