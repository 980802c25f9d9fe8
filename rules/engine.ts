// analyze(input, policy) → Finding[]: the whole engine, pure and synchronous. It never throws:
// bad input is coerced, a failing rule is reported as an engine finding, and offsets always
// point into the original text without splitting a surrogate pair.
import { personAnchors } from './anchors';
import type { Facts, Hit } from './detector';
import { ALL_RULES, CONTENT_RULES, HINT_RULES, IDENTIFIER_RULES } from './detectors';
import { buildDoc, type Doc } from './doc';
import { toOriginal } from './normalize';
import { rememberTests, sentences } from './text';
import { DEFAULT_POLICY, ruleSeverity, type Policy } from './policy';
import type { RuleId } from './rule-ids';
import { RULE_META } from './rule-meta';
import { secondOpinion } from './second-opinion';
import { safeReplies } from './suggestions';
import { KINDS, SITES, type AnalyzeInput, type Category, type Finding, type Severity, type Suggestion } from './types';

/** How sure the second opinion must be before the identifier rules read the message as being about care. */
const SURE_OF_CARE = 0.5;

/** Longer texts are analysed up to here (a word boundary) and a finding says so. */
export const MAX_ANALYZED_CHARS = 60_000;

const META = new Map(RULE_META.map((r) => [r.id, r]));
const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function analyze(rawInput: AnalyzeInput, policy: Policy = DEFAULT_POLICY): Finding[] {
  return analyzeWith(rawInput, policy, true);
}

/** The rules' findings without the learned second opinion: what the second opinion is trained and judged against. */
export function analyzeRulesAlone(rawInput: AnalyzeInput, policy: Policy = DEFAULT_POLICY): Finding[] {
  return analyzeWith(rawInput, policy, false);
}

function analyzeWith(rawInput: AnalyzeInput, policy: Policy, withSecondOpinion: boolean): Finding[] {
  const input = cleanInput(rawInput);
  const full = input.text;
  const truncated = full.length > MAX_ANALYZED_CHARS;
  if (truncated) input.text = full.slice(0, cutPoint(full));

  // Pieces of a long text recur from one check to the next (see remembered).
  rememberTests(input.text.length >= 1000);
  const doc = buildDoc(input, policy);
  const findings: Finding[] = [];
  const failed = (rule: RuleId, error: unknown) => findings.push(engineFinding(`The ${rule} check failed on this text and was skipped.`, error));
  const facts = readRules(doc, failed);
  // The learned second opinion reads what every rule found, so it comes last; it only adds a patient's
  // confirmation the confirms-patient rule missed.
  if (withSecondOpinion && !facts.hits['confirms-patient']?.length && ruleSeverity(policy, 'confirms-patient') !== 'off') {
    try {
      const hit = secondOpinion(doc, facts);
      if (hit) {
        facts.hits['confirms-patient'] = [hit];
        // Sure enough that the message is about someone's care: a name, number or date in it identifies them.
        if (!facts.care && hit.probability >= SURE_OF_CARE) {
          facts.care = true;
          runRules(IDENTIFIER_RULES, doc, facts, failed);
        }
      }
    } catch (error) {
      findings.push(engineFinding('The learned second opinion failed on this text and was skipped.', error));
    }
  }

  const allowed = allowedSpans(doc);
  for (const rule of ALL_RULES) {
    const setting = ruleSeverity(policy, rule.id);
    if (setting === 'off') continue;
    for (const hit of facts.hits[rule.id] ?? []) {
      if (allowed.some((a) => a.start <= hit.start && hit.end <= a.end)) continue;
      findings.push(toFinding(doc, rule.id, hit, (hit as Hit & { severity?: Severity }).severity ?? setting));
    }
  }
  if (truncated) {
    // A warning, not a note: a risk in the unchecked part must not pass as a clean text.
    findings.push({
      ...engineFinding(`The last ${(full.length - input.text.length).toLocaleString('en-US')} characters were not checked.`, null),
      severity: 'warn',
      start: input.text.length,
      end: full.length,
      why: `Only the first ${input.text.length.toLocaleString('en-US')} of ${full.length.toLocaleString('en-US')} characters are checked while you type, so the page stays responsive. Post the rest separately, or check the whole text with the replyrx command line.`,
    });
  }
  const replies = safeReplies(doc, findings);
  for (const f of findings) {
    if (!doc.addressed || f.category === 'jargon' || f.category === 'engine') continue;
    f.suggestions = [...replies, ...f.suggestions.filter((s) => !replies.some((r) => r.text === s.text))];
  }
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] || a.rule.localeCompare(b.rule));
}

/**
 * Every rule's hits on a document, without the learned second opinion (which reads them): content
 * rules first, since the identifier rules read whether the message is about care. A rule that
 * throws is reported to `failed` and skipped.
 */
export function readRules(doc: Doc, failed: (rule: RuleId, error: unknown) => void = () => undefined): Facts {
  const facts: Facts = { anchors: personAnchors(doc), hits: {}, care: false };
  runRules(CONTENT_RULES, doc, facts, failed);
  facts.care = CONTENT_RULES.some((r) => (facts.hits[r.id]?.length ?? 0) > 0);
  runRules(IDENTIFIER_RULES, doc, facts, failed);
  runRules(HINT_RULES, doc, facts, failed);
  return facts;
}

/** Runs the rules in order, each reading what the ones before found; a rule that throws is reported and skipped. */
function runRules(rules: typeof ALL_RULES, doc: Doc, facts: Facts, failed: (rule: RuleId, error: unknown) => void): void {
  for (const rule of rules) {
    let hits: Hit[];
    try {
      hits = rule.detect(doc, facts);
    } catch (error) {
      failed(rule.id, error);
      continue;
    }
    facts.hits[rule.id] = hits;
  }
}

/** Sentences of the chunk before carried into the next, so a pronoun still finds the person it refers to. */
const CARRIED_SENTENCES = 2;

/**
 * Checks a text of any length (the command line's audits): in chunks of at most MAX_ANALYZED_CHARS cut at
 * sentence ends, each chunk read with the two sentences before it, every offset into the whole text.
 */
export function analyzeLong(rawInput: AnalyzeInput, policy: Policy = DEFAULT_POLICY): Finding[] {
  const input = cleanInput(rawInput);
  if (input.text.length <= MAX_ANALYZED_CHARS) return analyze(input, policy);
  const ends = sentences(input.text).map((s) => s.end);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let from = 0; // start of the chunk's own part
  let lead = 0; // start of the carried sentences
  while (from < input.text.length) {
    const to = chunkEnd(input.text, ends, lead, from);
    for (const f of analyze({ ...input, text: input.text.slice(lead, to) }, policy)) {
      const start = f.start + lead;
      const end = f.end + lead;
      // Findings in the carried sentences belong to the chunk before.
      if (f.rule === 'engine' || end <= from) continue;
      const key = `${f.rule}:${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...f, start, end });
    }
    // The next chunk starts with the last sentences of this one, unless they are long.
    const inside = ends.filter((e) => e > from && e < to);
    const carryFrom = inside.length >= CARRIED_SENTENCES ? inside[inside.length - CARRIED_SENTENCES] : to;
    lead = to - carryFrom <= MAX_ANALYZED_CHARS / 8 ? carryFrom : to;
    from = to;
  }
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] || a.rule.localeCompare(b.rule));
}

/** Where the chunk starting at `lead` ends: the last sentence end that fits, else a word or code point boundary. */
function chunkEnd(text: string, ends: readonly number[], lead: number, from: number): number {
  const limit = lead + MAX_ANALYZED_CHARS;
  if (limit >= text.length) return text.length;
  let best = -1;
  for (const e of ends) {
    if (e > limit) break;
    if (e > from) best = e;
  }
  if (best > from + MAX_ANALYZED_CHARS / 4) return best;
  return lead + cutPoint(text.slice(lead));
}

function toFinding(doc: Doc, rule: RuleId, hit: Hit, severity: Severity): Finding {
  const meta = META.get(rule)!;
  const { start, end } = toOriginal(doc.norm, hit.start, hit.end);
  const suggestions: Suggestion[] = [];
  if (doc.input.kind === 'post' && hit.redaction !== undefined) {
    // Posts get a fix for the span; a reply is better replaced as a whole (see safeReplies).
    suggestions.push({ label: hit.redaction ? `Replace with "${hit.redaction}"` : 'Remove this', text: hit.redaction, scope: 'span' });
  }
  return { rule, category: meta.category as Category, severity, start, end, message: hit.message, why: hit.why, suggestions };
}

function engineFinding(message: string, error: unknown): Finding {
  return {
    rule: 'engine',
    category: 'engine',
    severity: 'info',
    start: 0,
    end: 0,
    message,
    why: error instanceof Error ? `Internal error: ${error.name}.` : '',
    suggestions: [],
  };
}

/** Spans of the practice's allow terms: findings inside them are dropped. */
function allowedSpans(doc: Doc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const term of doc.policy.customTerms.allow) {
    const t = term.toLowerCase();
    if (!t) continue;
    for (let i = doc.lower.indexOf(t); i >= 0; i = doc.lower.indexOf(t, i + t.length)) out.push({ start: i, end: i + t.length });
  }
  return out;
}

function cleanInput(raw: AnalyzeInput): AnalyzeInput {
  const r = (raw ?? {}) as Partial<AnalyzeInput>;
  return {
    text: typeof r.text === 'string' ? r.text : '',
    site: SITES.includes(r.site as never) ? r.site! : 'facebook',
    // An unknown kind ("comment") answering someone is a reply; on its own it is a post.
    kind: KINDS.includes(r.kind as never) ? r.kind! : typeof r.context === 'string' && r.context.trim() ? 'reply' : 'post',
    context: typeof r.context === 'string' ? r.context.slice(0, MAX_ANALYZED_CHARS) : undefined,
    hasMedia: r.hasMedia === true,
  };
}

/** Where to cut a long text: the last whitespace before the limit, never inside a surrogate pair. */
function cutPoint(text: string): number {
  const space = text.lastIndexOf(' ', MAX_ANALYZED_CHARS);
  let at = space > MAX_ANALYZED_CHARS - 200 ? space : MAX_ANALYZED_CHARS;
  if ((text.charCodeAt(at - 1) & 0xfc00) === 0xd800) at--;
  return at;
}
