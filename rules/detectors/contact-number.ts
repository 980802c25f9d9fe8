// Phone and fax numbers that are not the practice's, in a message about a person or their care, or given as the
// number of the person answered ("we'll call you on 07700 900218", a number their comment gave).
import { quote, type Detector, type Hit } from '../detector';
import { aboutSomeone, isPracticePhone, isTollFree, phoneNumbers } from '../identifiers';

export const rule: Detector = {
  id: 'contact-number',
  detect(doc, facts) {
    const numbers = phoneNumbers(doc).filter((p) => !isPracticePhone(doc, p.digits) && !isTollFree(p.digits));
    if (numbers.length === 0) return [];
    // The comment's own numbers are read only when the message has a number to compare.
    const given = new Set(doc.input.kind === 'post' ? [] : phoneNumbers(doc.context).map((p) => p.digits));
    const hits: Hit[] = [];
    for (const p of numbers) {
      const before = doc.lower.slice(Math.max(0, p.start - 40), p.start);
      const theirs = (given.has(p.digits) && !OURS_BEFORE.test(before)) || THEIR_NUMBER_BEFORE.test(before);
      if (!theirs && !aboutSomeone(doc, facts.anchors, facts.care, p.start)) continue;
      hits.push({
        start: p.start,
        end: p.end,
        message: "Shows a phone number that is not the practice's.",
        why: theirs
          ? `${quote(doc, p)} is the number of the person this message answers, not one of the practice's.`
          : `${quote(doc, p)} is not one of the practice's numbers, and the message is about a person.`,
        redaction: doc.policy.practice.phones[0] ?? '',
      });
    }
    return hits;
  },
};

// "we'll ring you back on", "your mobile number:", "text her at": the number that follows is theirs.
const THEIR_NUMBER_BEFORE = /(?:(?:call|ring|text|phone|reach|contact|message|whatsapp|try) (?:you|u|him|her|them)(?: back)?(?: (?:today|tomorrow|later|shortly|this (?:morning|afternoon)))? (?:on|at)|(?:your|ur|his|her|their) (?:mobile|cell|phone|number|home phone|landline|contact number|mobile number|cell number|phone number)(?: is| as| of| ending)?:?) $/;
// "call us on", "our direct line is": a number the practice gives as its own, even when the comment had it too.
const OURS_BEFORE = /(?:(?:call|ring|text|phone|reach|contact|message) us|(?:our|the practice's|the clinic's|the office's) (?:[a-z-]+ )?(?:number|line|phone|office|desk|team|mobile))(?: directly| direct)?(?: is| on| at)?:? $/;
