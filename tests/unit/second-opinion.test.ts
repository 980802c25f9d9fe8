// The learned second opinion (rules/second-opinion.ts): after the rules, a reply in which the
// confirms-patient rule found nothing may still read as confirming a patient to the model trained on
// practices' replies. Fresh sentences (no corpus row), with the shipped model and with a small model
// written here, so the mechanics are checked apart from what the weights happen to be.
import { describe, expect, it } from 'vitest';
import { analyze, loadPolicy, type Finding } from '../../rules';
import { isSecondOpinion, secondOpinion, type ShippedOpinion } from '../../rules/second-opinion';
import { ruleFacts } from '../../scripts/second-opinion-lib';
import SHIPPED from '../../rules/models/second-opinion.json';

const POLICY = loadPolicy({ practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'] } }).policy;
const reply = (text: string, context: string, policy = POLICY) => analyze({ text, context, site: 'facebook', kind: 'reply' }, policy);
const byModel = (findings: Finding[]) => findings.filter(isSecondOpinion);

describe('the shipped second opinion', () => {
  it('is small, and speaks only above the threshold chosen in training', () => {
    expect(Buffer.byteLength(JSON.stringify(SHIPPED))).toBeLessThan(300 * 1024);
    expect(SHIPPED.threshold).toBeGreaterThan(0);
    expect(SHIPPED.threshold).toBeLessThan(1);
  });

  it.each([
    ['Mia was so brave on Monday, the whole team is proud of her!', 'My daughter had her first filling'],
    ["We're so proud of Jack, back on the pitch already!", 'Physio got my son back playing in 4 weeks'],
  ])('flags a reply the rules read as clean: %s', (text, context) => {
    const findings = reply(text, context);
    const [found] = byModel(findings);
    expect(found).toMatchObject({ category: 'patient-relationship', severity: 'warn', message: 'Confirms that someone is a patient of the practice.' });
    // Its why shows the features that weighed most, in plain words, and how sure it is.
    expect(found.why).toMatch(/\(\d+% likely\)\. What weighed most: [^;]+; [^;]+; [^;]+\./);
    expect(text.slice(found.start, found.end)).toBe(text.trim());
    // A reply that confirms a patient gets the safe replies, as the rules' findings do.
    expect(found.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ['Thanks so much for the lovely words, Priya! The whole team loved reading this.', 'Fantastic dentist, friendly staff'],
    ['Thank you! We hope you enjoy your summer holidays.', 'Friendly practice'],
    ['Our team works hard to keep waiting times short, and we appreciate your patience.', 'Waited 20 min'],
  ])('leaves a safe reply alone: %s', (text, context) => {
    expect(reply(text, context)).toEqual([]);
  });

  it('when it is sure (50% or more), the name in the reply is then read as an identifier too', () => {
    const findings = reply('Mia was so brave on Monday, the whole team is proud of her!', 'My daughter had her first filling');
    expect(byModel(findings)).toHaveLength(1);
    expect(findings.filter((f) => f.rule === 'person-name').map((f) => f.start)).toEqual([0]);
  });

  it("adds nothing where the rules already found the confirmation (no second finding on the same reply)", () => {
    const findings = reply('Great seeing you Tuesday, Tom, see you at your next check-up!', 'Great cleaning');
    expect(findings.some((f) => f.rule === 'confirms-patient')).toBe(true);
    expect(byModel(findings)).toEqual([]);
  });

  it("follows the manager's setting for confirms-patient: off means no finding, block means block", () => {
    const text = 'Mia was so brave on Monday, the whole team is proud of her!';
    const context = 'My daughter had her first filling';
    const off = loadPolicy({ practice: { name: 'Harbor Point Family Health' }, rules: { 'confirms-patient': 'off' } }).policy;
    const block = loadPolicy({ practice: { name: 'Harbor Point Family Health' }, rules: { 'confirms-patient': 'block' } }).policy;
    expect(byModel(reply(text, context, off))).toEqual([]);
    expect(byModel(reply(text, context, block))[0]?.severity).toBe('block');
  });
});

describe('secondOpinion with a model of our own', () => {
  const text = 'Thanks for the review. Lovely to see Mia on Friday!';
  const { doc, facts } = ruleFacts({ id: 'x', site: 'facebook', kind: 'reply', context: 'Great visit', text, labels: [] }, POLICY);
  const model = (weights: Record<string, number>, bias = -1, threshold = 0.5): ShippedOpinion => ({ threshold, model: { target: 'patient-relationship', bias, weights } });

  it('spans the sentence of its strongest feature and names the top three, strongest first', () => {
    const hit = secondOpinion(doc, facts, model({ 'anchor:name': 3, 'w:friday': 1, 'w:thanks': 0.5, 'w:review': 0.2, 'w:lovely': -0.1 }));
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe('Lovely to see Mia on Friday!');
    expect(hit!.why).toContain("What weighed most: points at a specific person (name); the word 'friday'; the word 'thanks'.");
    expect(hit!.why).toContain('(97% likely)');
  });

  it('says nothing at or below its threshold, or when no feature raised it', () => {
    expect(secondOpinion(doc, facts, model({ 'anchor:name': 1 }, -1, 0.5))).toBeUndefined(); // exactly 50%
    expect(secondOpinion(doc, facts, model({ 'anchor:name': -2 }, 5, 0.5))).toBeUndefined();
    expect(secondOpinion(doc, facts, model({ 'anchor:name': 1.2 }, -1, 0.5))).toBeDefined();
  });

  it('says nothing when only words raised it, however sure: no reason about someone to show', () => {
    expect(secondOpinion(doc, facts, model({ 'w:friday': 4, 'w:lovely': 3, 'b:see <name>': 2 }))).toBeUndefined();
    expect(secondOpinion(doc, facts, model({ 'w:friday': 4, 'w:lovely': 3, 'people:patient-name': 0.5 }))).toBeDefined();
  });

  it('says nothing to thanks by name when neither the reply (or post) nor the review names anything of care', () => {
    const sure = model({ 'anchor:name': 6, 'people:addressee-name': 3 });
    const read = (text: string, context: string, kind: 'reply' | 'post' = 'reply') => ruleFacts({ id: 'x', site: 'facebook', kind, context, text, labels: [] }, POLICY);
    const parking = read('Thanks Odile, we fought the council for those bays, so we are glad you noticed!', 'Friendly team, easy parking.');
    expect(secondOpinion(parking.doc, parking.facts, sure)).toBeUndefined();
    // A post is held to the same test: a name and pride name nobody's care.
    const proud = read('So proud of Odile today!', '', 'post');
    expect(secondOpinion(proud.doc, proud.facts, sure)).toBeUndefined();
    // The same thanks to a review of care, to a review of a clinician, or a post that names care, is the model's to judge.
    for (const [text, context, kind] of [
      ['Thanks Odile, we are glad you noticed!', 'My filling was done in ten minutes.', 'reply'],
      ['Thanks Odile, we are glad you noticed!', 'The nurses here are lovely.', 'reply'],
      ['So proud of Odile, back walking after her treatment!', '', 'post'],
    ] as const) {
      const r = read(text, context, kind);
      expect(secondOpinion(r.doc, r.facts, sure), `${context || kind}`).toBeDefined();
    }
  });
});

describe('the second opinion on replies that confirm nothing', () => {
  // Sure of any named person: only the gates below can keep it quiet.
  const sure = { threshold: 0.5, model: { target: 'patient-relationship' as const, bias: -1, weights: { 'anchor:name': 6, 'people:addressee-name': 3, 'people:patient-name': 3 } } };
  const read = (text: string, context: string) => ruleFacts({ id: 'x', site: 'facebook', kind: 'reply', context, text, labels: [] }, POLICY);

  it("says nothing when the reply says it will not discuss anyone's care: that reply has chosen not to confirm", () => {
    for (const text of [
      "Odile, we're so sorry to read this. We can't discuss anyone's treatment online, but please call our patient coordinator.",
      'Odile, we are sorry. We are unable to comment on individual cases here; please ring our practice manager.',
      'Odile, thank you. Patient confidentiality rules mean we cannot say more here.',
    ]) {
      const r = read(text, 'They cancelled my scan the night before. Awful.');
      expect(secondOpinion(r.doc, r.facts, sure), text).toBeUndefined();
    }
    // Without the statement, the same apology is the model's to judge.
    const r = read("Odile, we're so sorry to read this. Please call our patient coordinator.", 'They cancelled my scan the night before. Awful.');
    expect(secondOpinion(r.doc, r.facts, sure)).toBeDefined();
  });

  it('says nothing to a reply that only thanks the reviewer, whatever the review says of their care', () => {
    for (const text of ['Thanks for the shout-out, Odile! 💨', 'Cheers Odile, thank you for the kind review!', 'Odile, many thanks for the 5-star review.']) {
      const r = read(text, 'The respiratory clinic switched my inhaler and I can finally breathe');
      expect(secondOpinion(r.doc, r.facts, sure), text).toBeUndefined();
    }
    // Thanks that go on to anything else are the model's to judge.
    const r = read('Thanks for the shout-out, Odile! Breathe easy 💨', 'The respiratory clinic switched my inhaler and I can finally breathe');
    expect(secondOpinion(r.doc, r.facts, sure)).toBeDefined();
  });

  it('says nothing to congratulations on a wedding or good wishes that touch no care', () => {
    const r = read('Congratulations on your wedding, Odile! Wishing you both a lifetime of happiness 💐', 'Dr. Lee did my crown last week and got me ready for my wedding!');
    expect(secondOpinion(r.doc, r.facts, sure)).toBeUndefined();
  });

  it('says nothing to a reply about a job, a placement or shadowing: the person would work here', () => {
    for (const [text, context] of [
      ['Hi Odile! We would love that. Send your CV and availability to Dr. Lee and she will be in touch about shadowing days.', "I'm a nursing student, could I shadow at your clinic this summer?"],
      ['Odile, brilliant! Send your resume to the practice manager and Nurse Kim will be in touch.', 'Reply to our post "We are hiring a treatment-room nurse": would love to apply!'],
    ]) {
      const r = read(text, context);
      expect(secondOpinion(r.doc, r.facts, sure), text).toBeUndefined();
    }
    // The same welcome to someone who asked about their own care is the model's to judge.
    const r = read('Hi Odile! We would love that. Send your referral letter to Dr. Lee and she will be in touch about your first visit.', 'Could Dr. Lee see me about my back this summer?');
    expect(secondOpinion(r.doc, r.facts, sure)).toBeDefined();
  });
});
