// A person's @handle works like their name: tied to care, it identifies a patient.
import type { Detector } from '../detector';

export const rule: Detector = {
  id: 'social-handle',
  detect(doc, facts) {
    if (!facts.care) return [];
    return doc.people
      .filter((p) => p.kind === 'handle' && p.role === 'patient')
      .map((p) => ({
        start: p.start,
        end: p.end,
        message: "Uses a person's @handle in a message about their care.",
        why: `${p.text} is a personal handle, and the message is about care.`,
        redaction: '',
      }));
  },
};
