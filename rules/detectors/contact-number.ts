// Phone and fax numbers that are not the practice's, in a message about a person or their care.
import { quote, type Detector } from '../detector';
import { aboutSomeone, isPracticePhone, isTollFree, phoneNumbers } from '../identifiers';

export const rule: Detector = {
  id: 'contact-number',
  detect(doc, facts) {
    return phoneNumbers(doc)
      .filter((p) => !isPracticePhone(doc, p.digits) && !isTollFree(p.digits) && aboutSomeone(doc, facts.anchors, facts.care, p.start))
      .map((p) => ({
        start: p.start,
        end: p.end,
        message: "Shows a phone number that is not the practice's.",
        why: `${quote(doc, p)} is not one of the practice's numbers, and the message is about a person.`,
        redaction: doc.policy.practice.phones[0] ?? '',
      }));
  },
};
