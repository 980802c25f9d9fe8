// Medical-record, account, insurance, social-security, licence, plate ("reg KM19 XRT"), claim and device numbers.
// These never belong in a post, so they are flagged whatever the rest of the message says.
import { matchAll, quote, type Detector, type Hit } from '../detector';

const LABEL =
  'mrn|medical record(?: number| no\\.?| #)?|record (?:number|no\\.?|#)|chart (?:number|no\\.?|#)|patient id|account(?: number| no\\.?| #)?|acct\\.?(?: #| no\\.?)?|member id|member (?:number|no\\.?|#)|subscriber id|policy (?:number|no\\.?|#)|insurance (?:id|number|no\\.?|#)|group (?:number|no\\.?|#)|medicaid (?:id|number|#)|medicare (?:id|number|#)|ssn|social security(?: number| no\\.?| #)?|licen[cs]e(?: plate)?(?: number| no\\.?| #)?|driver\'?s licen[cs]e|dl ?#|plate(?: number| no\\.?| #)?|number plate|registration plate|(?:car|vehicle) registration|reg|rego|tag number|vin|serial (?:number|no\\.?|#)|device id|claim(?: (?:number|no\\.?|#|id))?|rx (?:number|no\\.?|#)|prescription (?:number|no\\.?|#)|case (?:number|no\\.?|#)|auth(?:orization|orisation)?(?: number| no\\.?| #| code|#)|(?:prior )?auth #|reference (?:number|no\\.?|#)|ref(?:\\.|erence)? ?#|(?:card|id|account|policy) ending(?: in| with)?' +
  // National and hospital patient numbers: the NHS and Scotland's CHI number, New Zealand's NHI, a Canadian health card
  // (OHIP in Ontario), an Australian Medicare card, a hospital or patient number.
  '|nhs (?:number|no\\.?|#)|nhi(?: number| no\\.?| #)?|chi (?:number|no\\.?|#)|health (?:card|insurance)(?: number| no\\.?| #)?|ohip(?: card)?(?: number| no\\.?| #)?|medicare card(?: number| no\\.?| #)?|(?:hospital|patient|unit) (?:number|no\\.?|#)' +
  // Identity cards and passports: Singapore's NRIC and FIN, Malaysia's MyKad ("IC no."), a passport number.
  '|nric(?: number| no\\.?| #)?|fin (?:number|no\\.?|#)|ic (?:number|no\\.?|#)|i\\.c\\. (?:number|no\\.?|#)|mykad(?: number| no\\.?| #)?|passport (?:number|no\\.?|#)';
// A code after a label ("the NHS number on the form is …", "your NHI (ZHA4821)"): letters and digits joined by dots or dashes ("HP-0077341"), or digits split by
// spaces or dots to dodge a filter ("0 0 4 8 2 9 1 3"); never the words after it.
const LABELLED = new RegExp(`(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])(?:${LABEL})(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])(?: (?:on|from|in) (?:the|your|his|her|their) (?:form|letter|card|file|records?|referral|chart|system))?\\s*(?:#|no\\.?|number|:|is|was|=|(?:ending|ends)(?: in| with)?)?\\s*\\(?(\\d(?:[ .]\\d){3,19}|\\d{2,}(?: \\d{2,}){1,3}(?![ .-]?[a-z])|[A-Za-z]{2}\\d{2} [A-Za-z]{3}|[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+){0,4})(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'gu');
// A bare social-security number, with the SSA's never-issued ranges left out.
const SSN = /(?<![0-9-])(?!000|666|9\d\d)\d{3}[- .](?!00)\d{2}[- .](?!0000)\d{4}(?![0-9-])/gu;

// A bare identity-card number: Singapore's NRIC or FIN ("S7612345B"), or Malaysia's MyKad ("760412-14-5678": a birth date,
// a place code and four digits).
const ID_CARD = /(?<![a-z0-9])[stfgm]\d{7}[a-z](?![a-z0-9])|(?<![0-9-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}(?![0-9-])/g;

const BARE_NUMBERS: [RegExp, string, string][] = [
  [SSN, 'Shows what looks like a social-security number.', 'an SSN (3-2-4 digits)'],
  [ID_CARD, 'Shows what looks like an identity-card number.', 'a Singapore NRIC or a Malaysian MyKad number'],
];

export const rule: Detector = {
  id: 'record-number',
  detect(doc) {
    const hits: Hit[] = [];
    // Read in the lower-cased text (sentence by sentence in a long post, so one keystroke re-reads one sentence); the
    // code is quoted as written.
    for (const { match: m, start: at } of matchAll(doc, LABELLED)) {
      const codeAt = at + m[0].length - m[1].length;
      const code = doc.text.slice(codeAt, codeAt + m[1].length).replace(/[\s.]+$/, '');
      const digits = code.replace(/\D/g, '').length;
      // A real identifier has several digits; "plate of food" or "account for" do not.
      // The last digits of a card ("health card number ending in 447", "your NHS number ends 4471") are enough to find the person.
      const lastDigits = /ending|ends/.test(m[0]) && digits >= 3;
      if (digits < 4 && !lastDigits && !(digits >= 2 && /[A-Za-z]/.test(code) && code.replace(/[\s.-]/g, '').length >= 5)) continue;
      const span = { start: codeAt, end: codeAt + code.length };
      hits.push({ ...span, message: 'Shows a record, account, insurance or ID number.', why: `${quote(doc, span)} follows ${quote(doc, { start: at, end: codeAt })}.`, redaction: '' });
    }
    // Numbers known by their shape alone, where no label already found them.
    for (const [pattern, message, shape] of BARE_NUMBERS) {
      for (const { start, end } of matchAll(doc, pattern)) {
        const span = { start, end };
        if (hits.some((h) => h.start < span.end && span.start < h.end)) continue;
        hits.push({ ...span, message, why: `${quote(doc, span)} has the shape of ${shape}.`, redaction: '' });
      }
    }
    return hits;
  },
};
