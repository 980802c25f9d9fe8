// A specific person's condition, symptom, treatment, medication, test result, pregnancy or recovery.
// A health word counts only when the same sentence points at one person (a name, "you" in a reply,
// "she", "a 44-year-old mechanic"); general education full of medical words stays quiet.
import type { Anchor } from '../anchors';
import { matchAll, quote, type Detector, type Hit } from '../detector';
import type { Doc } from '../doc';

// Phrases that are about one person by themselves: "6 weeks post-op", "recovering from", "7lb 3oz".
const SELF_ANCHORED =
  /(?<![\p{L}])(?:\d+\s*(?:days?|weeks?|wks?|months?|mos?)\s+post[- ]?op|post[- ]?op day \d+|day \d+ post[- ]?op|recovering from|recovery from|get well soon|\d+\s?(?:lbs?|pounds?)\s?,?\s?\d+\s?(?:oz|ounces?)|\d+ (?:weeks?|wks?) pregnant|(?:is|she's|i'm|you're) (?:expecting|pregnant)|\d+ (?:years?|yrs?|months?|days?) sober|(?:came|come|coming) back (?:benign|negative|positive|normal|clear|high|low)|(?:was|were|is) (?:negative|positive|benign|malignant)|no cavities)(?![\p{L}])/gu;

export const rule: Detector = {
  id: 'health-details',
  detect(doc, facts) {
    const hits: Hit[] = [];
    for (const h of doc.health) {
      const anchor = nearestAnchor(facts.anchors, h.sentence, h.start);
      if (!anchor) continue;
      hits.push({
        start: h.start,
        end: h.end,
        message: `Mentions a specific person's ${KIND_WORDS[h.kind]}.`,
        why: `${quote(doc, h)} is a ${KIND_WORDS[h.kind]}, and ${describe(doc, anchor)} in the same sentence points at one person.`,
        redaction: '',
      });
    }
    for (const m of matchAll(doc, SELF_ANCHORED)) {
      if (hits.some((x) => x.start < m.end && m.start < x.end)) continue;
      hits.push({
        start: m.start,
        end: m.end,
        message: "Mentions a specific person's recovery, pregnancy or results.",
        why: `${quote(doc, m)} describes one person's health.`,
        redaction: '',
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

const KIND_WORDS = { condition: 'condition', symptom: 'symptom', procedure: 'treatment or test', medication: 'medication' } as const;

function nearestAnchor(anchors: readonly Anchor[], sentence: number, at: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (a.sentence === sentence && (!best || Math.abs(a.start - at) < Math.abs(best.start - at))) best = a;
  return best;
}

export function describe(doc: Doc, a: Anchor): string {
  switch (a.kind) {
    case 'name':
      return `the name ${quote(doc, a)}`;
    case 'you':
      return `${quote(doc, a)} (a reply speaks to one person)`;
    default:
      return quote(doc, a);
  }
}
