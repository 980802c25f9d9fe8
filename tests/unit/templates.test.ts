import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, loadPolicy, type Policy } from '../../rules/policy';
import {
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  TEMPLATE_IDS,
  renderTemplate,
  templateFor,
  unknownPlaceholders,
} from '../../rules/templates';

function policyWith(practice: Record<string, unknown>, templates: Record<string, string> = {}): Policy {
  const { policy, problems } = loadPolicy({ practice, templates });
  expect(problems).toEqual([]);
  return policy;
}

const full = policyWith({
  name: 'Harbor Point Family Health',
  phones: ['(555) 201-4400', '555-201-4401'],
  emails: ['hello@harborpointhealth.example', 'billing@harborpointhealth.example'],
  address: '1200 Harbor Point Blvd, Bayview',
  website: 'harborpointhealth.example',
});

/** What a reply must never contain: leftover braces, double spaces, a space before punctuation, a dangling "at". */
function expectClean(text: string) {
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/ [,.!?;]/);
  expect(text).not.toMatch(/\b(at|to|on|via|from|by|of)\s*([,.!?;]|$)/i);
  expect(text).toBe(text.trim());
}

describe('default templates', () => {
  it('cover every template id and use only known placeholders', () => {
    expect(Object.keys(DEFAULT_TEMPLATES)).toEqual([...TEMPLATE_IDS]);
    for (const id of TEMPLATE_IDS) expect(unknownPlaceholders(DEFAULT_TEMPLATES[id])).toEqual([]);
  });

  it('render with the practice phone and name', () => {
    expect(templateFor('question', full)).toBe(
      "Thank you for reaching out! We can't give medical advice here, but please call our office at (555) 201-4400 so we can help.",
    );
    expect(templateFor('thanks', full)).toBe(
      'Thank you so much for taking the time to share this! It means a lot to our whole team at Harbor Point Family Health.',
    );
    expect(templateFor('emergency', full)).toBe(
      'If this is an emergency, please call 911 now. For anything else, call our office at (555) 201-4400.',
    );
  });

  it('read naturally without a phone or a name', () => {
    expect(templateFor('question', DEFAULT_POLICY)).toBe(
      "Thank you for reaching out! We can't give medical advice here, but please call our office so we can help.",
    );
    expect(templateFor('thanks', DEFAULT_POLICY)).toBe(
      'Thank you so much for taking the time to share this! It means a lot to our whole team.',
    );
    expect(templateFor('private', DEFAULT_POLICY)).toBe(
      "Thanks for your message! To protect your privacy, we can't discuss health details here. Please call our office.",
    );
    for (const id of TEMPLATE_IDS) {
      expectClean(templateFor(id, DEFAULT_POLICY));
      expectClean(templateFor(id, full));
    }
  });
});

describe('renderTemplate', () => {
  it('fills every placeholder, using the first phone and email', () => {
    const text = renderTemplate('{practiceName}: call {phone}, email {email}, visit {website} or come to {address}.', full);
    expect(text).toBe(
      'Harbor Point Family Health: call (555) 201-4400, email hello@harborpointhealth.example, ' +
        'visit harborpointhealth.example or come to 1200 Harbor Point Blvd, Bayview.',
    );
  });

  it('removes an empty placeholder with its linking word and tidies the spacing', () => {
    const noEmail = policyWith({ name: 'Bay Clinic', phones: ['555-0100'] });
    expect(renderTemplate('Call us at {phone} or write to {email} .', noEmail)).toBe('Call us at 555-0100 or write.');
    expect(renderTemplate('Hello from {practiceName}!', DEFAULT_POLICY)).toBe('Hello!');
    expect(renderTemplate('Hi {practiceName}, thanks!', DEFAULT_POLICY)).toBe('Hi, thanks!');
    expect(renderTemplate('Reach us At {phone}.', DEFAULT_POLICY)).toBe('Reach us.');
  });

  it('keeps line breaks', () => {
    expect(renderTemplate('Thanks!\nCall {phone}.', full)).toBe('Thanks!\nCall (555) 201-4400.');
    expect(renderTemplate('Thanks!\n\nThe team at {practiceName}', DEFAULT_POLICY)).toBe('Thanks!\n\nThe team');
  });

  it('does not expand placeholders inside values', () => {
    const odd = policyWith({ name: '{phone} Clinic', phones: ['555-0100'] });
    expect(renderTemplate('Thanks from {practiceName}', odd)).toBe('Thanks from {phone} Clinic');
  });

  it('leaves unknown placeholders as written', () => {
    expect(renderTemplate('Call {phon} at {phone}', full)).toBe('Call {phon} at (555) 201-4400');
  });

  it('never leaves a known placeholder, a double space or a space before punctuation', () => {
    const word = fc.constantFrom('Thanks', 'call', 'us', 'at', 'to', 'the', 'team', 'office', '!', '.', ',');
    const piece = fc.oneof(word, fc.constantFrom(...PLACEHOLDERS).map((p) => `{${p}}`));
    const policies = [DEFAULT_POLICY, full, policyWith({ phones: ['555-0100'] })];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom(...policies), (pieces, policy) => {
        const text = renderTemplate(pieces.join(' '), policy);
        expect(text).not.toMatch(/\{(practiceName|phone|email|website|address)\}/);
        expect(text).not.toMatch(/ {2}| [,.!?;]/);
      }),
    );
  });
});

describe('unknownPlaceholders', () => {
  it('counts anything in braces: misspelt, miscased and spaced names, once each', () => {
    expect(unknownPlaceholders('Call {phon} or {phon}, {Phone}, { phone } or {}')).toEqual(['phon', 'Phone', ' phone ', '']);
  });

  it('accepts known placeholders and unpaired braces', () => {
    expect(unknownPlaceholders('{practiceName} {phone} {email} {website} {address}')).toEqual([]);
    expect(unknownPlaceholders('so sad :-{')).toEqual([]);
    expect(unknownPlaceholders('a } b { c')).toEqual([]);
  });
});

describe('policy templates', () => {
  it('templateFor uses the practice template when it has one', () => {
    const policy = policyWith({ name: 'Bay Clinic' }, { thanks: 'Thanks from all of us at {practiceName}!' });
    expect(templateFor('thanks', policy)).toBe('Thanks from all of us at Bay Clinic!');
    expect(templateFor('complaint', policy)).toBe(renderTemplate(DEFAULT_TEMPLATES.complaint, policy));
  });

  it('a template with an unknown placeholder is a problem and falls back to the default', () => {
    const { policy, problems } = loadPolicy({
      practice: { phones: ['555-0100'] },
      templates: { question: 'Please call {phon}.', private: 'Call us at {phone}.' },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('templates.question');
    expect(problems[0].message).toContain('{phon}');
    expect(policy.templates).toEqual({ private: 'Call us at {phone}.' });
    expect(templateFor('question', policy)).toBe(renderTemplate(DEFAULT_TEMPLATES.question, policy));
    expect(templateFor('private', policy)).toBe('Call us at 555-0100.');
  });
});
