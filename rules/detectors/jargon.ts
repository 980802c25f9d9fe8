// A hint on Facebook and X, where most readers are not clinicians: dense clinical jargon and
// abbreviations read as cold or confusing. On LinkedIn the audience is professional, so it is quiet.
import { matchAll, quote, type Detector } from '../detector';
import { dropOverlaps } from '../doc';
import { JARGON_SYMBOLS } from '../vocabulary';

// Obstetric shorthand and lab-style values are jargon whatever the word list says ("G4P3", "OD -2.25").
const SHORTHAND = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])(?:g\d+p\d+|o[ds] [-+]\d+\.\d+|q\d+h|\d+\/\d+ (?:mmhg))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gu;
const MIN_TERMS = 2;
// Chart shorthand written with a slash or ampersand ("c/o", "r/o", "a&o") is matched as text, not words.
const SLASHED = new RegExp(`(?<![a-z0-9/&])(?:${JARGON_SYMBOLS.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![a-z0-9/&])`, 'gu');

export const rule: Detector = {
  id: 'jargon',
  detect(doc) {
    if (doc.input.site === 'linkedin') return [];
    // A term on the list that is also shorthand ("q8h") is reported once.
    const terms = dropOverlaps([...doc.phrases.jargon, ...matchAll(doc, SHORTHAND), ...matchAll(doc, SLASHED)]);
    if (terms.length < MIN_TERMS) return [];
    const list = terms.map((t) => quote(doc, t)).join(', ');
    return terms.map((t) => ({
      start: t.start,
      end: t.end,
      message: 'Clinical jargon: most people on this site will not understand it.',
      why: `${quote(doc, t)} is clinical shorthand; the message uses ${terms.length} such terms (${list}).`,
    }));
  },
};
