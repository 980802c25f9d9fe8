// Dates of birth and exact dates of care ("your March 4 visit", "born March 3", "on the 14th at 4").
// Event dates (a flu clinic on Oct 11) and relative days ("Tuesday") are not identifiers.
import { matchAll, quote, type Detector, type Hit } from '../detector';
import { sentenceAt } from '../text';
import { holds } from '../required-words';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(
  `(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9/])(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? \\d{4})?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|the \\d{1,2}(?:st|nd|rd|th)(?! (?:birthday|grade|time|dose|floor|century|percentile|week|day|month|year|trimester|round|place|anniversary)))(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9/])`,
  'gu',
);
const BIRTH_LABEL = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|birthday is)(?:[\s:,–—-]|is |as |was |(?:listed|recorded|on file|down) as )*$/u;
// Words that make a date part of someone's care, in the same sentence.
const CARE_WORDS = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:born|visit|appointment|appt|came in|came to|come in|seen|saw|see you|your|ur|his|her|delivered|we(?:'ve| have)? checked|cancell?ed|rebooked|surgery|procedure|admitted|discharged|diagnosed|treated|checked in|follow-?up|session|consult|dob|birthday|meet you)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// Said of one person's own care: no event wording makes such a date public ("a free review appointment … on 5/3").
const OWN_CARE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:our records|records show|(?:your|his|her|their) (?:treatment|visit|appointment|procedure|surgery|consultation|referral|test|scan|delivery|admission|discharge)|with you on|(?:you|he|she|they) (?:was|were) (?:seen|offered|treated|referred|admitted|discharged))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// Words that make a date an event or office notice.
const EVENT_WORDS = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:closed|open|opening|(?<!\d )hours(?! (?:early|late|before|after|later|earlier))|clinic day|class|talk|event|festival|fair|parade|drive|sign up|register|join us|meeting|conference|webinar|deadline|holiday|starting|reopens?|walk-?ins|booth|free|screenings?|fundraiser|race|5k|open house|celebrat\p{L}*)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');

/** Whether the date at `at` follows a date-of-birth label ("DOB:", "date of birth is"). */
const afterBirthLabel = (lower: string, at: number) => BIRTH_LABEL.test(lower.slice(Math.max(0, at - 20), at));

const isDayAndMonth = (a: number, b: number) => a > 0 && b > 0 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));

export const rule: Detector = {
  id: 'care-date',
  detect(doc, facts) {
    const hits: Hit[] = [];
    // "Great, my DOB is 14/02/1961" → "I've noted 14/02/1961 on the bag": the date the comment gave as a birth date.
    const birthDatesTold = new Set<string>();
    if (/\d/.test(doc.context.lower)) for (const m of matchAll(doc.context, DATE)) if (afterBirthLabel(doc.context.lower, m.start)) birthDatesTold.add(m.match[0]);
    for (const m of matchAll(doc, DATE)) {
      if (/^\d{1,2}[/.-]\d{1,2}$/.test(m.match[0]) && !/\//.test(m.match[0])) continue; // "9-3" is opening hours
      // "96/62" is a blood pressure, not a date: numeric dates need a real month and day, either way round (US 7/22, UK 22/7).
      const numeric = /^(\d{1,2})[/.-](\d{1,2})/.exec(m.match[0]);
      if (numeric && !isDayAndMonth(Number(numeric[1]), Number(numeric[2]))) continue;
      const told = birthDatesTold.has(m.match[0]);
      const labelled = told || afterBirthLabel(doc.lower, m.start);
      const sentence = doc.sentences[sentenceAt(doc.sentences, m.start)];
      const text = doc.lower.slice(sentence.start, sentence.end);
      const care = facts.care && (holds(OWN_CARE, text) || (holds(CARE_WORDS, text) && !holds(EVENT_WORDS, text)));
      if (!labelled && !care) continue;
      hits.push({
        start: m.start,
        end: m.end,
        message: labelled ? 'Shows a date of birth.' : 'Shows the exact date of someone\'s care.',
        why: told ? `${quote(doc, m)} is the date of birth the comment gave.` : labelled ? `${quote(doc, m)} follows a date-of-birth label.` : `${quote(doc, m)} is a calendar date in a sentence about someone's care.`,
        redaction: '',
      });
    }
    return hits;
  },
};
