// The engine's public surface, for the CLI, the service worker, the options page and the tests.
export { analyze, analyzeLong, MAX_ANALYZED_CHARS } from './engine';
export { DEFAULT_POLICY, loadPolicy, readPartialPolicy, ruleSeverity, policyJsonSchema, type PartialPolicy, type Policy, type PolicyProblem } from './policy';
export * from './managed';
export { RULE_IDS, type RuleId } from './rule-ids';
export { RULE_META, type RuleMeta } from './rule-meta';
export { DEFAULT_TEMPLATES, TEMPLATE_IDS, renderTemplate, templateFor, type TemplateId } from './templates';
export * from './types';
