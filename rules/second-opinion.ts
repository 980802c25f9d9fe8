// The learned second opinion (issue 8, item 3): after the rules, a message in which they found no
// confirmation of a patient is read as a set of named, binary features, most of them the engine's own
// reading: which rules fired, who is addressed, whether a care word or a health term sits in the same
// sentence as the person answered, which care-tie families matched, what the comment describes; plus a
// small, frequency-pruned set of words and word pairs. A logistic regression trained offline
// (scripts/train-second-opinion.ts → models/second-opinion.json) weighs them; scoring is a sum. It was
// kept because on blind4, written after it was built and never tuned on, it caught 8 more of 202 risky
// messages for no new false alarm (docs/second-opinion.md).
import type { Facts, Hit } from './detector';
import type { Doc } from './doc';
import SHIPPED from './models/second-opinion.json';
import { careTies, learnerAnswered, PRIVACY_STATEMENT, RELATIVES } from './care-ties';
import { CLINICIAN_WORD, CONFIRMS_PATIENT, reviewOfCare } from './detectors/confirms-patient';
import { CARE_NOUNS, possessedCare } from './possessed-care';
import { isStaffHealth } from './detectors/health-details';
import type { RuleId } from './rule-ids';
import { SentenceCache, sentenceAt, type Word } from './text';
import { holds, holdsInSentences } from './required-words';

/** A feature and the sentence it was first seen in (-1: the whole message or its context). */
export type Features = Map<string, number>;

export interface SecondOpinionModel {
  /** What the model predicts, e.g. "patient-relationship". */
  target: string;
  bias: number;
  /** Feature → weight, keys sorted. */
  weights: Record<string, number>;
}

/** The rules whose hits the features read (every rule but the practice's custom terms). */
const RULES_READ: readonly RuleId[] = [
  'person-name', 'social-handle', 'care-date', 'contact-number', 'email-address', 'street-address', 'record-number', 'age-over-89',
  'confirms-patient', 'health-details', 'medical-advice', 'patient-media', 'emergency', 'jargon',
];

const NUMBER = /^\d/;
const stripQuotes = (why: string) => why.replace(/"[^"]*"/g, '…').replace(/\s+/g, ' ').trim().slice(0, 80);

export function secondOpinionFeatures(doc: Doc, facts: Facts): Features {
  const f: Features = new Map();
  const add = (name: string, sentence = -1) => {
    if (!f.has(name)) f.set(name, sentence);
  };
  const sentenceOf = (at: number) => sentenceAt(doc.sentences, at);

  add(`kind:${doc.input.kind}`);
  if (doc.addressed) add('addressed');

  // What the rules found, and the shape of their reasons (quotes stripped).
  for (const id of RULES_READ) {
    const hits = facts.hits[id] ?? [];
    if (hits.length === 0) continue;
    add(`rule:${id}`, sentenceOf(hits[0].start));
    if (id === 'confirms-patient' || id === 'medical-advice' || id === 'health-details') for (const h of hits) add(`why:${id}:${stripQuotes(h.why)}`, sentenceOf(h.start));
  }
  if (!facts.care) add('rules:no-content-finding');
  for (const t of careTies(doc)) add(`tie:${stripQuotes(t.why)}`, sentenceOf(t.start));

  // Who is addressed or described.
  for (const a of facts.anchors) {
    add(`anchor:${a.kind}`, a.sentence);
    if (a.kind === 'described' && /^(?:your|ur) /i.test(a.text) && RELATIVES.has(a.text.toLowerCase().split(/\s+/).pop()!.replace(/'s$/, ''))) add('anchor:your-relative', a.sentence);
  }
  for (const p of doc.people) {
    if (p.role === 'staff' || p.role === 'provider') add('people:staff', p.sentence);
    else if (p.role === 'patient') add(p.addressee ? 'people:addressee-name' : 'people:patient-name', p.sentence);
  }
  for (const s of possessedCare(doc, facts.anchors)) {
    const i = sentenceOf(s.start);
    add('your-care', i);
    add(`your-care:${doc.lower.slice(s.start, s.end).split(/\s+/).pop()}`, i);
  }

  // Sentence by sentence: the person answered, or a person described, next to care, health and staff.
  const bySentence: Word[][] = doc.sentences.map(() => []);
  for (const w of doc.words) bySentence[w.sentence]?.push(w);
  doc.sentences.forEach((_, i) => {
    const anchors = facts.anchors.filter((a) => a.sentence === i);
    const you = anchors.some((a) => a.kind === 'you');
    const person = anchors.some((a) => a.kind !== 'you');
    if (!you && !person) return;
    const who = you ? ['you'] : [];
    if (person) who.push('person');
    const care = CARE_NOUNS.find(bySentence[i]).map((m) => bySentence[i].slice(m.first, m.last + 1).map((w) => w.lower).join(' '));
    const health = doc.health.filter((h) => h.sentence === i).map((h) => h.kind);
    const staff = doc.people.some((p) => p.sentence === i && (p.role === 'staff' || p.role === 'provider'));
    const body = doc.phrases.bodyParts.some((b) => b.start >= doc.sentences[i].start && b.end <= doc.sentences[i].end);
    for (const w of who) {
      if (care.length) add(`${w}+care`, i);
      for (const c of care) add(`${w}+care:${c}`, i);
      for (const h of health) add(`${w}+health:${h}`, i);
      if (staff) add(`${w}+staff`, i);
      if (body) add(`${w}+body`, i);
    }
    // The words said in the same sentence as the person answered.
    if (you) for (const t of tokensOf(doc, i, bySentence[i]).said) add(t, i);
  });

  // The comment or review being answered.
  if (doc.context.text.trim()) {
    add('ctx');
    if (reviewOfCare(doc)) add('ctx:review-of-care');
    for (const h of doc.context.health) add(`ctx:health:${h.kind}`);
    if (doc.context.people.some((p) => p.role === 'staff' || p.role === 'provider')) add('ctx:staff');
    if (doc.context.text.includes('?')) add('ctx:question');
  }

  // Words and word pairs, names and numbers as placeholders.
  bySentence.forEach((ws, i) => {
    const { words, pairs } = tokensOf(doc, i, ws);
    words.forEach((t, j) => {
      add(t, i);
      if (j > 0) add(pairs[j - 1], i);
    });
  });
  return f;
}

/** One sentence's words as features: alone ("w:"), in pairs ("b:"), and as said to the person answered ("yw:"). */
interface SentenceTokens {
  words: string[];
  pairs: string[];
  said: string[];
}

// A sentence's tokens depend only on its text, whether it opens the message (names read there as a greeting)
// and the practice's names: cached like the doc's own reading of sentences, so an edit re-reads one sentence.
const tokenCache = new SentenceCache<SentenceTokens>();

function tokensOf(doc: Doc, sentence: number, ws: readonly Word[]): SentenceTokens {
  const span = doc.sentences[sentence];
  return tokenCache.get(doc.known, `${sentence === 0 ? 1 : 0}${doc.text.slice(span.start, span.end)}`, () => {
    const people = doc.people.filter((p) => p.sentence === sentence);
    const tokens = ws.map((w) => token(people, w));
    return { words: tokens.map((t) => `w:${t}`), pairs: tokens.slice(1).map((t, j) => `b:${tokens[j]} ${t}`), said: tokens.map((t) => `yw:${t}`) };
  });
}

/** A word as a feature: a name is "<name>" (or "<staff>"), a number "<num>". */
function token(people: Doc['people'], w: Word): string {
  const p = people.find((p) => p.start <= w.start && w.end <= p.end);
  if (p) return p.role === 'staff' || p.role === 'provider' ? '<staff>' : '<name>';
  if (NUMBER.test(w.lower)) return '<num>';
  return w.lower;
}

export interface Opinion {
  probability: number;
  /** The features that raised it most, strongest first, with their weights. */
  top: { feature: string; weight: number; sentence: number }[];
}

// A model's weights as a Map: looking a fresh string up in an object with thousands of keys is slower.
const weightMaps = new WeakMap<SecondOpinionModel['weights'], Map<string, number>>();
function weightsOf(model: SecondOpinionModel): Map<string, number> {
  let weights = weightMaps.get(model.weights);
  if (!weights) weightMaps.set(model.weights, (weights = new Map(Object.entries(model.weights))));
  return weights;
}

export function score(model: SecondOpinionModel, features: Features, topN = 3): Opinion {
  let z = model.bias;
  const used: Opinion['top'] = [];
  const weights = weightsOf(model);
  for (const [feature, sentence] of features) {
    const w = weights.get(feature);
    if (w === undefined) continue;
    z += w;
    if (w > 0) used.push({ feature, weight: w, sentence });
  }
  used.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return { probability: 1 / (1 + Math.exp(-z)), top: used.slice(0, topN) };
}

/** A feature in plain words, for a finding's `why`. */
export function describeFeature(feature: string): string {
  const [kind, ...rest] = feature.split(':');
  const value = rest.join(':');
  const who = (w: string) => (w === 'you' ? "'you'" : 'a person it describes');
  const m = /^(you|person)\+(care|health|staff|body)$/.exec(kind);
  if (m) {
    if (m[2] === 'care') return value ? `ties ${who(m[1])} to '${value}'` : `ties ${who(m[1])} to a care word`;
    if (m[2] === 'health') return `puts ${who(m[1])} next to a ${value}`;
    if (m[2] === 'staff') return `names staff in the same sentence as ${who(m[1])}`;
    return `puts ${who(m[1])} next to a body part`;
  }
  switch (kind) {
    case 'kind': return `is a ${value}`;
    case 'addressed': return 'speaks to one person';
    case 'rule': return `the ${value} check found something`;
    case 'why': return `the ${rest[0]} check: ${rest.slice(1).join(':')}`;
    case 'tie': return `care tie: ${value}`;
    case 'anchor': return value === 'your-relative' ? "speaks of 'your' relative" : `points at a specific person (${value})`;
    case 'people': return value === 'staff' ? 'names a staff member' : value === 'addressee-name' ? 'greets the person by name' : 'names someone';
    case 'your-care': return value ? `says 'your ${value}'` : "speaks of 'your' care";
    case 'yw': return `says '${value}' to the person answered`;
    case 'ctx': return value === 'review-of-care' ? 'the review describes care here' : value.startsWith('health') ? `the comment names a ${rest[1]}` : value === 'staff' ? 'the comment names staff' : value === 'question' ? 'the comment asks a question' : 'answers a comment';
    case 'w': return `the word '${value}'`;
    case 'b': return `the words '${value}'`;
    default: return feature;
  }
}

/**
 * Features that say who the message is about: a person it names, points at or ties to care. Words alone
 * ("again" in "flu shots are due again every autumn") are no reason a manager could act on, so the model
 * speaks only when one of these is among its three strongest reasons.
 */
const ABOUT_SOMEONE = /^(?:anchor|people|your-care|you\+|person\+|tie|rule|why):?/;

/**
 * Whether a reply, or the review it answers, names anything of care: a care word, a health term, a body part,
 * a clinician, a relative or a care verb. "Thanks Olusegun - the parking was a hard-won battle" to a review of
 * the parking names none; the guide calls thanks to a named reviewer that do not touch care safe, and the
 * model, which weighs a greeted name heavily, must not read such a reply as a confirmation. A post is held to the
 * same test ("So proud of Leo today!" names nobody's care).
 */
const CARE_SIGNAL = /(?<![a-z])(?:symptoms?|brought in|bringing in|came in|admitted|ambulance|mrn|nhs number|member id|patient id|billing|insurance|insurer|card|dressings?|induction|flush(?:es)?|looking after|look after|looked after|treat(?:ed|ing|ment)?|cared|caring|recover\w*|better|well done|brave|diagnos\w*|birthday|resident|ward|home|bed|baby|babies|kids?|children|son|daughter|mum|mom|dad|wife|husband|partner|nan|gran\w*|ortho\w*|dental|dentistry|p(?:a)?ediatric\w*|chiro\w*|derm\w*|optom\w*|audiolog\w*|podiatr\w*|counsell?ing|therapy)(?![a-z])/;
function namesCare(doc: Doc): boolean {
  return [doc, doc.context].some(
    (t) => t.health.length > 0 || t.phrases.bodyParts.length > 0 || CARE_NOUNS.find(t.words).length > 0 || CLINICIAN_WORD.test(t.lower) || holds(CARE_SIGNAL, t.lower) || t.people.some((p) => p.role === 'provider' || /^(?:dr|nurse)\b/i.test(p.text)),
  );
}

/** A staff member's own health ("after three months of chemotherapy our practice manager is back") is the only health found: no patient. */
const staffHealthOnly = (facts: Facts) => {
  const health = facts.hits['health-details'] ?? [];
  return health.length > 0 && health.every(isStaffHealth);
};

/**
 * "@mags_obi Thanks for the shout-out! 💨", "Congratulations on your wedding, Ngoc!", "Congratulations on the new arrival! Good luck
 * with your next one": thanks or good wishes and nothing
 * else. The guide calls a generic thank-you safe whatever the review says, so the model does not read the name in it as
 * a patient.
 */
const THANKS_ONLY = /^(?:(?:hi|hey|hello|aw+|wow|legend|cheers|thanks|thank you|thankyou|ty|many thanks|huge thanks|big thanks)(?: so much| very much| again)?(?: for (?:the|your|this) (?:kind |lovely |great |amazing |wonderful |brilliant |5[- ]star |five[- ]star |positive |glowing )*(?:review|shout-?out|feedback|words|message|comment|stars|rating|post))?[\s!.,:;-]*|congrat(?:ulation)?s on (?:your|the) (?:wedding|engagement|graduation|new job|promotion|retirement|anniversary|new home|new house|new arrival|new baby|little one)[\s!.,:;-]*|good luck with (?:your|the) (?:[a-z]+ )?(?:next one|adventure|chapter|journey|move|exams?)(?:,? whenever that (?:may be|is))?[\s!.,:;-]*|wishing you (?:both |all )?(?:a lifetime of happiness|all the best|the very best|every happiness)[\s!.,:;-]*)+$/;
function thanksOnly(doc: Doc): boolean {
  let rest = doc.lower;
  for (const p of [...doc.people].sort((a, b) => b.start - a.start)) rest = rest.slice(0, p.start) + rest.slice(p.end);
  rest = rest.replace(/@[\w.]+/g, '');
  // Dropping emoji and trimming leave every printable ASCII character: a long post is known too long before its emoji are read.
  if (printableAscii(rest, 120) >= 120) return false;
  rest = rest.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim();
  return rest.length > 0 && rest.length < 120 && holds(THANKS_ONLY, rest);
}

/** How many printable ASCII characters (no spaces) the text holds, counted up to `most`. */
function printableAscii(text: string, most: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < most; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) n++;
  }
  return n;
}

/**
 * "We're hiring a practice nurse" → "Send your CV to…", "could I shadow at your gym?" → "We'd love that": a job, a
 * placement or shadowing, asked about or offered. The person answered would work here, not be cared for.
 */
const JOB = /(?<![a-z])(?:resume|résumé|cv|hiring|vacanc(?:y|ies)|job|jobs|careers?|recruit\w*|shadow(?:ing)?|work experience|internship)(?![a-z])/;
const aboutAJob = (doc: Doc) => holdsInSentences(doc, JOB) && (JOB.test(doc.context.lower) || /(?<![a-z])(?:apply|applying|application)(?![a-z])/.test(doc.context.lower + ' ' + doc.lower));

const WHY_OPENING = "A model trained on practices' real replies reads this as confirming a patient";

/** Whether a finding is the second opinion's (training reads the rules' own verdict without it). */
export const isSecondOpinion = (finding: { rule: string; why: string }) => finding.rule === 'confirms-patient' && finding.why.startsWith(WHY_OPENING);

/** The shipped model and the probability above which it speaks. */
export interface ShippedOpinion {
  threshold: number;
  model: SecondOpinionModel;
}

/**
 * A confirms-patient hit for a message the rules found none in, when the model reads it as confirming a
 * patient for a reason about someone: on the sentence of its strongest feature, its why naming the three
 * features that weighed most.
 */
export function secondOpinion(doc: Doc, facts: Facts, shipped: ShippedOpinion = SHIPPED): (Hit & { probability: number }) | undefined {
  const opinion = score(shipped.model, secondOpinionFeatures(doc, facts));
  if (opinion.probability <= shipped.threshold || !opinion.top.some((t) => ABOUT_SOMEONE.test(t.feature)) || !namesCare(doc) || staffHealthOnly(facts) || holdsInSentences(doc, PRIVACY_STATEMENT) || thanksOnly(doc) || aboutAJob(doc) || learnerAnswered(doc)) return undefined;
  const where = doc.sentences[Math.max(0, opinion.top.find((t) => t.sentence >= 0)?.sentence ?? 0)] ?? { start: 0, end: doc.text.length };
  const sentence = doc.text.slice(where.start, where.end);
  const start = where.start + sentence.length - sentence.trimStart().length;
  const end = where.start + sentence.trimEnd().length;
  if (end <= start) return undefined;
  const reasons = opinion.top.map((t) => describeFeature(t.feature)).join('; ');
  const likely = Math.round(opinion.probability * 100);
  return {
    probability: opinion.probability,
    start,
    end,
    message: CONFIRMS_PATIENT,
    why: `${WHY_OPENING} (${likely}% likely). What weighed most: ${reasons}. Check it says nothing about their visit or their care here.`,
    redaction: '',
  };
}