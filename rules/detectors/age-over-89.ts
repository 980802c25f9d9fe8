// Ages over 89 identify people (HIPAA Safe Harbor groups them as "90 or older"). Only in a message
// about someone's care: "Happy 90th birthday" to a town founder is fine.
import { matchAll, quote, type Detector } from '../detector';
import type { Doc, MessageText } from '../doc';
import { sentenceAt } from '../text';
import { isCommonWord } from '../vocabulary';
import { CARE_HOME, FOND } from '../care-ties';
import { CLINICIAN_WORD } from './confirms-patient';
import { CARE_NOUNS } from '../possessed-care';

const AGE = '(?:9\\d|1[0-1]\\d)';
const OVER_89 = new RegExp(
  `(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9$.,])(?:${AGE}[- ]?(?:years?|yrs?)[- ]?(?:old|young)|${AGE}[- ]?(?:yo|y/o|y\\.o\\.)|${AGE}(?:st|nd|rd|th) birthday|happy (?:belated |early )?${AGE}(?:st|nd|rd|th)|(?<=[a-z]'s )${AGE}(?:st|nd|rd|th)(?! (?:anniversary|year|edition|season|annual|birthday party for (?:the|our)))|(?:at|age|aged|is|turned|turning|turns|now) ${AGE}(?![0-9%])(?! (?:percent|minutes|mins|seconds|days|weeks|patients|people|%))|(?<=(?<![a-z])(?:she|he)'s )${AGE}(?![0-9%])(?! (?:percent|minutes|mins|seconds|days|weeks|patients|people|%))|(?<=, )${AGE}(?=,)|${AGE} and (?:still|always)|in (?:his|her|their) (?:late |mid )?90s|${AGE} (?:años|anos|ans|lat|jahre|anni|oed|tuổi)|${AGE}\\. (?:urodzin|urodziny|geburtstag)|\\(${AGE}!?\\))(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9°])(?![/.]\\d)(?! ?(?:°|degrees|deg|percent|%|mmhg|lbs?|pounds|kg|mg|minutes|min|mph))`,
  'gu',
);

// Care named in a text: a health term, something of care, a clinician, a resident or ward, or the practice's own name.
// ("Happy 93rd birthday to our lovely Dorothy!": someone the practice calls its own who is not on its staff is in its care.)
function namesCareHere(doc: Doc, t: MessageText): boolean {
  return t.health.length > 0 || CARE_NOUNS.find(t.words).length > 0 || CLINICIAN_WORD.test(t.lower) || CARE_PLACE.test(t.lower) || CARE_HOME.test(t.lower) ||
    t.people.some((p) => p.role === 'patient' && p.kind === 'name' && OURS_BEFORE.test(t.lower.slice(Math.max(0, p.start - 30), p.start))) ||
    doc.known.practiceWords.some((w) => w.length >= 5 && !isCommonWord(w) && t.lower.includes(w));
}
// ("They got my 92 year old mother in the same day": a same-day appointment.)
const OURS_BEFORE = new RegExp(`(?<![a-z])our (?:${FOND} )?$`);
const CARE_PLACE = /(?<![a-z])(?:ward|clinic|staff|(?:whole|the) team|home visits?|surgery|practice|same[- ]day|front desk|reception)(?![a-z])/;

const GIVER = /(?<![a-z])(?:donat(?:ed|es|ing|ion)|volunteer(?:ed|s|ing)?|knitted|crocheted|fundrais\w*|raised (?:over |more than )?[$£€\d])(?![a-z])/;

export const rule: Detector = {
  id: 'age-over-89',
  detect(doc, facts) {
    // "Your gran is 96 and still the life of our singalong", to a comment about her care home; "93-year-old Walter,
    // first in the queue at today's flu clinic": someone's great age, where the message or the comment is about care here.
    const person = (at: number) => facts.anchors.some((a) => a.sentence === sentenceAt(doc.sentences, at));
    const ages = matchAll(doc, OVER_89);
    if (ages.length === 0 || (!facts.care && ![doc, doc.context].some((t) => namesCareHere(doc, t)))) return [];
    // "Mrs. Hargreaves, 92, from the quilting guild, who donated six quilts": a giver's age, not a patient's.
    // ("Mrs Vaughan (92!) who knitted 40 twiddle mitts": a "who" after the "!" goes on with the same person.)
    const giver = (at: number) => {
      const s = doc.sentences[sentenceAt(doc.sentences, at)];
      const goesOn = /^\W{0,3}(?:who|whose|that)(?![a-z])/.test(doc.lower.slice(s.end, s.end + 12));
      return GIVER.test(doc.lower.slice(s.start, goesOn ? s.end + 80 : s.end));
    };
    return ages.filter((m) => (facts.care || person(m.start)) && !giver(m.start)).map((m) => ({
      start: m.start,
      end: m.end,
      message: 'Gives an age over 89, which identifies a person.',
      why: `${quote(doc, m)} is an age over 89 in a message about care.`,
      redaction: '',
    }));
  },
};
