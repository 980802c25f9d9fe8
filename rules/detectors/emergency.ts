// A hint, not a risk: the comment or the reply describes emergency symptoms, so the safe reply is a
// 911 redirect. Quiet when the reply already sends them to 911 or the ER (the ED, A&E).
import { quote, type Detector } from '../detector';
import { EMERGENCY_NUMBERS } from '../vocabulary';
import { holdsInSentences } from '../required-words';

const REDIRECTED = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])(?:${EMERGENCY_NUMBERS}|988|emergency room|emergency department|the er|nearest er|the ed|nearest ed|a&e|a & e|accident and emergency|ambulance|poison control|crisis line|crisis text line|lifeline)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])`, 'u');

export const rule: Detector = {
  id: 'emergency',
  detect(doc) {
    // "i can't talk on this forum about individuals": the writer's own words, not a sign in someone.
    const inText = doc.phrases.emergencySigns.filter((p) => !/(?:^|[^a-z'])(?:i|we)\s+$/.test(doc.lower.slice(Math.max(0, p.start - 4), p.start)));
    const inContext = doc.context.phrases.emergencySigns;
    if ((inText.length === 0 && inContext.length === 0) || holdsInSentences(doc, REDIRECTED)) return [];
    const sign = inText[0] ? quote(doc, inText[0]) : quote(doc.context, inContext[0]);
    const span = inText[0] ?? { start: 0, end: Math.min(doc.text.length, Math.max(1, doc.text.search(/\s|$/))) };
    return [{
      ...span,
      message: 'This sounds like an emergency: tell them to call 911 now.',
      why: `${sign} ${inText[0] ? 'in your message' : 'in the comment'} is an emergency sign, and the reply does not mention 911 or the ER.`,
    }];
  },
};
