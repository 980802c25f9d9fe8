// Ages over 89 identify people (HIPAA Safe Harbor groups them as "90 or older"). Only in a message
// about someone's care: "Happy 90th birthday" to a town founder is fine.
import { matchAll, quote, type Detector } from '../detector';

const AGE = '(?:9\\d|1[0-1]\\d)';
const OVER_89 = new RegExp(
  `(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9$.,])(?:${AGE}[- ]?(?:years?|yrs?)[- ]?old|${AGE}[- ]?(?:yo|y/o|y\\.o\\.)|${AGE}(?:st|nd|rd|th) birthday|happy ${AGE}(?:st|nd|rd|th)|(?:at|age|aged|is|turned|turning|turns|now) ${AGE}(?![0-9%])(?! (?:percent|minutes|mins|seconds|days|weeks|patients|people|%))|(?<=, )${AGE}(?=,)|^${AGE} and still|${AGE} and still)(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9°])(?![/.]\\d)(?! ?(?:°|degrees|deg|percent|%|mmhg|lbs?|pounds|kg|mg|minutes|min|mph))`,
  'gu',
);

export const rule: Detector = {
  id: 'age-over-89',
  detect(doc, facts) {
    if (!facts.care) return [];
    return matchAll(doc, OVER_89).map((m) => ({
      start: m.start,
      end: m.end,
      message: 'Gives an age over 89, which identifies a person.',
      why: `${quote(doc, m)} is an age over 89 in a message about care.`,
      redaction: '',
    }));
  },
};
