// The safe replies ReplyRx offers must pass its own checks: after Replace, the warnings go away.
import { describe, expect, it } from 'vitest';
import { analyze, TEMPLATE_IDS, templateFor } from '../../rules';
import { DEV_POLICY } from '../rules/rule-tester';

const CONTEXTS = [
  'My son has a fever of 102 and a sore throat, should I give him Tylenol?',
  'Thank you Dr. Lee for getting my kiddo through his first asthma attack!',
  '1 star. Waited 45 minutes past my appointment and nobody apologized.',
  'My chest has been hurting all morning and my left arm is numb',
  'Hi, this is Tanya Brooks, DOB 4/9/1988. Are my lab results back?',
];

describe('default safe replies', () => {
  for (const id of TEMPLATE_IDS) {
    for (const kind of ['reply', 'message'] as const) {
      it(`"${id}" as a ${kind} raises no warning in any context`, () => {
        const text = templateFor(id, DEV_POLICY);
        for (const context of CONTEXTS) {
          const risky = analyze({ text, site: 'facebook', kind, context }, DEV_POLICY).filter((f) => f.severity !== 'info');
          expect(risky.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), context).toEqual([]);
        }
      });
    }
  }
});
