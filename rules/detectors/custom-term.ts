// The practice's own deny terms from the policy, each with its own severity and message.
// The severity in the finding comes from the term, not from the rule setting (which can only turn it off).
import type { Detector, Hit } from '../detector';

export const rule: Detector = {
  id: 'custom-term',
  detect(doc) {
    const hits: (Hit & { severity: 'info' | 'warn' | 'block' })[] = [];
    for (const deny of doc.policy.customTerms.deny) {
      const term = deny.term.toLowerCase();
      if (!term) continue;
      const re = new RegExp(`(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'gu');
      for (const m of doc.lower.matchAll(re)) {
        hits.push({
          start: m.index!,
          end: m.index! + m[0].length,
          message: deny.message || 'Uses a term your practice asked staff not to post.',
          why: `"${deny.term}" is on your practice's list of terms not to post.`,
          redaction: '',
          severity: deny.severity,
        });
      }
    }
    return hits;
  },
};
