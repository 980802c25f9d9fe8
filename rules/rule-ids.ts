// Every configurable rule id, in the engine's order. The policy validates its `rules` keys against this list;
// each id has a file in rules/detectors/, and rule-meta.ts describes each one (a unit test keeps the two in step).
export const RULE_IDS = [
  'person-name', 'social-handle', 'care-date', 'contact-number', 'email-address', 'street-address', 'record-number', 'age-over-89',
  'confirms-patient', 'health-details', 'medical-advice', 'patient-media', 'emergency', 'jargon', 'custom-term',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
