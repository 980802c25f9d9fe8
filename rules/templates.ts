// Safe reply templates. They never name the person, never confirm a visit and never
// discuss health details; they move the conversation to the phone.
// Only the Policy *type* comes from policy.ts, so there is no runtime import cycle.
import type { Policy } from './policy';

export const TEMPLATE_IDS = ['thanks', 'question', 'complaint', 'emergency', 'private'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const PLACEHOLDERS = ['practiceName', 'phone', 'email', 'website', 'address'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

// Each placeholder follows a small word ("at", "to"...) so that, when the practice has
// no such value, dropping the pair still leaves a natural sentence.
export const DEFAULT_TEMPLATES: Record<TemplateId, string> = {
  thanks:
    'Thank you so much for taking the time to share this! It means a lot to our whole team at {practiceName}.',
  question:
    "Thank you for reaching out! We can't give medical advice here, but please call our office at {phone} so we can help.",
  complaint:
    "We're sorry to hear this and want to make it right. Please call our office at {phone} so we can help.",
  emergency:
    'If this is an emergency, please call 911 now. For anything else, call our office at {phone}.',
  private:
    "Thanks for your message! To protect your privacy, we can't discuss health details here. Please call our office at {phone}.",
};

/** Anything in braces counts as a placeholder, so a typo such as `{phon}` is caught, not posted. */
const BRACES = /\{([^{}]*)\}/g;

// A placeholder with the whitespace and the linking word before it, which go when the value is empty.
const PLACEHOLDER_WITH_LEAD = /(\s*\b(?:at|on|to|via|from|by|of)\s+|\s*)\{([^{}]*)\}/gi;

/** The placeholder names in `template` that renderTemplate does not know, without braces, once each. */
export function unknownPlaceholders(template: string): string[] {
  const known: readonly string[] = PLACEHOLDERS;
  const names = [...template.matchAll(BRACES)].map((m) => m[1]);
  return [...new Set(names.filter((name) => !known.includes(name)))];
}

function placeholderValues(policy: Policy): Record<Placeholder, string> {
  const { practice } = policy;
  return {
    practiceName: practice.name,
    phone: practice.phones[0] ?? '',
    email: practice.emails[0] ?? '',
    website: practice.website,
    address: practice.address,
  };
}

/**
 * Fills the placeholders from the policy. An empty value removes its placeholder together
 * with the linking word before it (" at {phone}" disappears), then spacing is tidied.
 * Unknown placeholders are left as written (loadPolicy never lets one through).
 */
export function renderTemplate(template: string, policy: Policy): string {
  const values: Record<string, string> = placeholderValues(policy);
  return template
    .replace(PLACEHOLDER_WITH_LEAD, (match, lead: string, name: string) => {
      if (!Object.hasOwn(values, name)) return match;
      return values[name] ? lead + values[name] : '';
    })
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.!?;])/g, '$1')
    .trim();
}

/** The practice's template for `id` if it set one, otherwise the default, rendered. */
export function templateFor(id: TemplateId, policy: Policy): string {
  return renderTemplate(policy.templates[id] ?? DEFAULT_TEMPLATES[id], policy);
}
