// The safe replies offered for a reply or a direct message: a whole new text from the practice's
// templates, chosen by what the comment was about.
import type { Doc } from './doc';
import { templateFor, type TemplateId } from './templates';
import type { Finding, Suggestion } from './types';
import { holds } from './required-words';

const COMPLAINT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:rude|waited|waiting|wait time|ridiculous|terrible|awful|worst|never again|1 star|one star|billed|charged|overcharged|disappointed|unprofessional|nobody|no one|doesn't anyone|does anyone there|didn't|unacceptable|complain\p{L}*)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');
const LABELS: Record<TemplateId, string> = {
  thanks: 'Safe reply: thank them',
  question: 'Safe reply: invite them to call',
  complaint: 'Safe reply: take it offline',
  emergency: 'Safe reply: send them to 911',
  private: 'Safe reply: move it to the phone',
};

export function safeReplies(doc: Doc, findings: readonly Finding[]): Suggestion[] {
  if (!doc.addressed || findings.length === 0) return [];
  const ids: TemplateId[] = [];
  const context = doc.context.lower;
  if (findings.some((f) => f.category === 'emergency')) ids.push('emergency');
  if (doc.input.kind === 'message') ids.push('private');
  if (holds(COMPLAINT, context)) ids.push('complaint');
  if (context.includes('?') || findings.some((f) => f.category === 'medical-advice' || f.category === 'health-details')) ids.push('question');
  ids.push('thanks');
  return [...new Set(ids)].slice(0, 2).map((id) => ({ label: LABELS[id], text: templateFor(id, doc.policy), scope: 'all' as const }));
}
