// Shared types of the rule engine. Pure data: no DOM, no browser APIs.

export const SITES = ['facebook', 'x', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

export const KINDS = ['post', 'reply', 'message'] as const;
export type Kind = (typeof KINDS)[number];

export const SEVERITIES = ['info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the policy may set for a rule: a severity, or off. */
export const RULE_SETTINGS = ['off', ...SEVERITIES] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** The risk categories of tests/corpus/LABELING.md, plus the two hints and the policy's own terms. */
export const RISK_CATEGORIES = [
  'patient-identifier',
  'patient-relationship',
  'health-details',
  'medical-advice',
  'patient-media',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export type Category = RiskCategory | 'emergency' | 'jargon' | 'custom-term' | 'engine';

export interface AnalyzeInput {
  text: string;
  site: Site;
  kind: Kind;
  /** The comment, review or message being replied to, when the page shows it. */
  context?: string;
  /** The composer holds an attached photo or video. */
  hasMedia?: boolean;
}

export interface Suggestion {
  /** Short button label, e.g. "Safe reply" or "Remove the name". */
  label: string;
  /** The replacement text. */
  text: string;
  /** 'all' replaces the whole composer text; 'span' replaces only the finding's span. */
  scope: 'all' | 'span';
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the original text, half-open. */
  start: number;
  end: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** Which pattern and which context words fired, in plain words. */
  why: string;
  suggestions: Suggestion[];
}
