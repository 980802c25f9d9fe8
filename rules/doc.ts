// Everything the detectors read about one message, computed once per analyze() call.
// Per-sentence work (words, health terms, names) is cached by sentence text, so re-analysing a long
// post after a one-character edit re-reads only the sentence that changed.
import { lowerSameLength, normalize, type Normalized } from './normalize';
import { findPeople, knownNames, type KnownNames, type PersonMention } from './people';
import type { Policy } from './policy';
import { SentenceCache, sentences, startsUpper, unicode, words, type Span, type Word } from './text';
import type { AnalyzeInput } from './types';
import { BODY_PARTS, EMERGENCY_SIGNS, HEALTH_LISTS, JARGON, MEDIA_WORDS, type HealthKind } from './vocabulary';
import { holds } from './required-words';

export interface HealthTerm extends Span {
  kind: HealthKind;
  term: string;
  sentence: number;
}

export interface MessageText {
  norm: Normalized;
  /** Normalized text, and the same lower-cased (same length, shared offsets). */
  text: string;
  lower: string;
  sentences: Span[];
  words: Word[];
  health: HealthTerm[];
  people: PersonMention[];
  /** Body parts, media words, jargon and emergency signs (word-list matches, cached per sentence). */
  phrases: Record<PhraseKind, Span[]>;
}

/** The word lists matched per sentence besides the health terms. */
const PHRASE_LISTS = { bodyParts: BODY_PARTS, mediaWords: MEDIA_WORDS, jargon: JARGON, emergencySigns: EMERGENCY_SIGNS };
export type PhraseKind = keyof typeof PHRASE_LISTS;
const PHRASE_KINDS = Object.keys(PHRASE_LISTS) as PhraseKind[];
// "head of service", "the heart of the community", "hand in your forms": body words in other senses.
const NOT_THE_BODY = /^(?:head (?:of|teacher|office|nurse|start|count|line|lines|quarters|receptionist)|(?:eye|ear|skin|foot|heart|bone) (?:casualty|clinic|clinics|hospital|department|unit|service|team|centre|center|specialists?)|heart of|hand (?:in|over|out)|hands-on|face-to-face|face to face|back (?:office|to|in|on|up))(?![a-z])/;

export interface Doc extends MessageText {
  input: AnalyzeInput;
  policy: Policy;
  known: KnownNames;
  /** The comment or message being answered, read the same way (empty when there is none). */
  context: MessageText;
  /** Replies, direct messages and posts that greet someone by name speak to one identifiable person. */
  addressed: boolean;
}

interface SentenceFacts {
  words: Word[];
  health: HealthTerm[];
  people: PersonMention[];
  phrases: Record<PhraseKind, Span[]>;
}

const sentenceCache = new SentenceCache<SentenceFacts>();
const knownCache = new WeakMap<Policy, KnownNames>();

export function buildDoc(input: AnalyzeInput, policy: Policy): Doc {
  let known = knownCache.get(policy);
  if (!known) {
    known = knownNames([...policy.allowNames, ...policy.customTerms.allow], policy.practice.name, policy.practice.website, policy.practice.address, policy.practice.emails);
    knownCache.set(policy, known);
  }
  const context = readText(input.context ?? '', known);
  const message = namedInComment(readText(input.text, known), context, known);
  return {
    ...message,
    input,
    policy,
    known,
    context,
    // A post that greets a person by name ("Great seeing you, Maria!") speaks to them like a reply.
    addressed: (input.kind !== 'post' && !answersEveryone(message, context)) || message.people.some((p) => p.addressee && p.role === 'patient'),
  };
}

// A reply to a general question ("What do I do if I get stung by a jellyfish?", "best thing for a sprained
// ankle?") that sends readers to public guidance, or answers for most people, speaks to every reader, as a post does.
const GENERAL_ASK = /(?:^|[^a-z])(?:what (?:do|should|can) (?:i|you|we|people|one) do (?:if|when|about)|what(?:'s| is) (?:actually )?the difference|is it true|how long (?:after|does|do|should|can|is)|(?:best|right|usual) (?:thing|way|treatment|remedy|advice) (?:for|to)|how (?:do|can|should) (?:i|you|we|people|one) (?:treat|prevent|avoid|stop|tell|know)|is it (?:ok|okay|safe|true|normal|bad|good)(?: that| to| for| if| (?:you|u|people) )|does anyone know)/;
const PERSONAL_ASK = /(?:^|[^a-z'])(?:my|mine|i've|ive|i'm|im|i have|i had|i got|i was|i am|me|we've|our)(?![a-z])/;
const PUBLIC_GUIDANCE = /nhs\.uk|cdc\.gov|\.gov(?![a-z])|\.org(?![a-z])|nhs (?:guidance|website|advice)|(?:official|public|national) (?:guidance|advice)|(?:is|are) the (?:usual|standard|general) advice|for most (?:people|cases|[a-z]+s)(?![a-z])|(?:^|[^a-z])(?:most|many) (?:people|adults|children|kids|patients|dentists|doctors|gps|pharmacists|experts|guidelines)(?![a-z])|(?:^|[^a-z])(?:in general|generally|typically|usually(?! (?:it's|its|it is|that's|this is|just|means))|tends? to|the evidence|studies|(?:the )?(?:who|cdc|fda|mhra|nice|nhs) (?:says?|recommends?|advises?|all recommend|reviewed))(?![a-z])/;
// "wait until your baby's 6 months": the reply speaks of their own family after all.
const THEIR_OWN = /(?:^|[^a-z])(?:your|ur) (?:baby|babies|son|daughter|child|kid|kids|little one|husband|wife|partner|mum|mom|dad|mother|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents)(?![a-z])/;
// "Does bleach kill norovirus?", "What's the best melatonin dose for adults?": a question about a thing, asked of
// nobody's case, is answered for everyone who reads it.
// Not when the asker is in it ("I", "anyone else", "is it normal to…", "this rash [photo]"), and not when the reply
// turns to them ("Tasha, congrats…", "your repeat went to…").
const ABOUT_A_THING = /^(?:[^a-z]*)(?:does|do|is|are|can|could|should|what|what's|whats|how|why|which|when|will|would)(?![a-z'])/;
// ("@clinic what's the max tylenol per day for adults": a question without its question mark.)
const BARE_QUESTION = /^(?:what's|whats|what is|how (?:much|many|long|often))(?![a-z'])/;
// ("what time is Vedika's ortho appointment?": someone's own booking.)
// ("…for a 40 lb 5 year old?": one child, by weight or age; "Which case shaped your thinking?": asks for someone's case.)
const ASKER_IN_IT = /(?<![a-z'])(?:i|i'd|i'll|myself|us|we|we'd|we'll|anyone else|\d+(?:\.\d+)? ?(?:lb|lbs|kg|kgs|pounds?|kilos?)|\d+[- ](?:months?|years?|weeks?|yrs?|mos?)[- ]old|(?:which|what|a|any) (?:[a-z-]+ )?(?:case|story)|[a-z]+'s (?:[a-z-]+ )?(?:appointment|appt|results?|prescription|script|referral|booking|scan|surgery|op|operation|check-?up|jab|vaccine|meds|medication)|is it (?:normal|safe|ok|okay|bad|fine)|is it (?:[a-z-]+ ){1,3}or|(?:this|these|that) (?!(?:practice|surgery|clinic|office|page|post|chart|video|article|campaign|service)(?![a-z]))[a-z]+|photo|pic|picture)(?![a-z'])/;
// ("since you had hep A with us in 2019": their care here.)
const THEIR_CARE = /(?:^|[^a-z])(?:(?:you|u)(?: had|'ve had| have had| got) (?:[a-z0-9-]+ ){1,3}?(?:with|from) us|(?:saved|booked|got|put|fit|squeezed|pencilled|penciled) (?:you|u) (?:a spot|a slot|in|down)|see (?:you|u) (?:then|tomorrow|on|at|next)|your (?:[a-z-]+ )?(?:repeat|prescription|appointment|appt|results?|records?|referral|account|bill|booking|scan|test|dose|meds|medication|due date|treatment|implant|fillings?|crown|shot|jab|follow-up|check-?up|procedure|surgery)|(?:from|in|on) your (?:earlier |last |other )?(?:post|comment|message|photo|pic)|(?:hope|sorry|glad) (?:you|u)|book (?:you|u)|(?:we|i) (?:remember|recall)|last time you|since your (?:[a-z-]+ )?(?:check|check-?up|visit|appointment|op|operation|surgery|treatment|delivery|birth|stay|scan)|(?:at|in|for) your (?:[a-z-]+ )?(?:review|check-?up|consultation|visit|session|clinic) (?:next|on|this|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?![a-z])/;
// "For most uncomplicated pregnancies, yes.", "With most antibiotics…", "In many provinces you can", "Every 2 years is
// right for most adults", "It depends on…": an answer that opens with who it holds for is written for every reader,
// even when the question said "I" ("Can I drink alcohol on antibiotics?"). ("Usually it's gingivitis" is a guess.)
const GENERAL_OPENING = /^\W*(?:(?:for|in|with) (?:most|many|some|all)(?![a-z])|(?:healthy )?(?:adults|children|kids|babies|teens|people|anyone|everyone)(?: (?:over|under|aged|from) [a-z0-9-]+(?: [a-z]+)?)? (?:can|should|may|need to|are advised to|are usually)(?![a-z])|most (?:people|adults|children|kids|babies|women|men|patients|pharmacies|of us)(?![a-z])|many (?:people|adults|children|kids|pharmacies|airlines|provinces|states|areas|places)(?![a-z])|every \d+ (?:years|months) is|it depends on(?![a-z])|the (?:usual|standard|general|typical) (?:advice|guidance|rule|recommendation) is(?![a-z]))/;
// "…so she's probably fine", "for you, I'd go with 12", "…, but if it's ever made your wheezing worse, stick with…":
// the answer turns to their case after all.
const TURNS_TO_THEM = /(?<![a-z'])(?:he|she|him|her|his|he's|she's|for you|in your case|i'd|i would|but (?:if |since |as )?(?:[a-z']+ ){0,5}?(?:your|you've|you're))(?![a-z'])/;
function opensGenerally(message: MessageText): boolean {
  const first = message.sentences.map((s) => message.lower.slice(s.start, s.end)).find((t) => t.trim().split(/\s+/).length >= 4);
  return first !== undefined && GENERAL_OPENING.test(first);
}
// 'Facebook comment on our page — Ray S.: "Is urgent care or the ER better for chest pain?"': the comment itself.
const QUOTED_COMMENT = /["“]([^"“”]+)["”]\s*$/;
// "Comment on norovirus post — Sean G.: Does hand sanitiser work against it?", "DM: …": the words after the label.
const LABELLED_COMMENT = /^[^:?!"“]{0,90}?:\s+([^]+)$/;
// "The family I saw on Monday with 4-month-old twins refused everything": the answer tells of one case.
const TELLS_A_CASE = /(?<![a-z])(?:(?:the|a|one|this) (?:[a-z-]+ ){0,2}?(?:family|patient|woman|man|mum|mom|dad|child|kid|couple|gentleman|lady|teen|boy|girl) (?:i|we) (?:saw|treated|met|had|looked after)|(?:i|we) (?:saw|treated|met|examined|scanned|admitted|vaccinated) (?:a|an|one|this) (?:[a-z-]+ ){0,3}?(?:on|last|yesterday|this (?:morning|week)|today|earlier))(?![a-z])/;
function answersEveryone(message: MessageText, context: MessageText): boolean {
  // The comment's own words, after a label. (Not after the @handles a comment opens with, nor "anyone know if…": read as
  // questions about a thing, they cost catches on text nobody tuned on.)
  const asked = QUOTED_COMMENT.exec(context.lower)?.[1] ?? LABELLED_COMMENT.exec(context.lower)?.[1] ?? context.lower;
  if ((!context.text.includes('?') && !BARE_QUESTION.test(asked)) || THEIR_OWN.test(message.lower) || TELLS_A_CASE.test(message.lower)) return false;
  if (opensGenerally(message) && !TURNS_TO_THEM.test(message.lower) && !holds(THEIR_CARE, message.lower) && !message.people.some((p) => p.addressee && p.role === 'patient')) return true;
  if (PERSONAL_ASK.test(asked)) return false;
  if (holds(GENERAL_ASK, context.lower) && holds(PUBLIC_GUIDANCE, message.lower) && !TURNS_TO_THEM.test(message.lower)) return true;
  return ABOUT_A_THING.test(asked) && !ASKER_IN_IT.test(asked) && !holds(THEIR_CARE, message.lower) && !message.people.some((p) => p.addressee && p.role === 'patient');
}

export function readText(original: string, known: KnownNames): MessageText {
  const norm = normalize(original);
  const text = norm.text;
  const lower = lowerSameLength(text);
  const spans = sentences(text);
  const out: MessageText = { norm, text, lower, sentences: spans, words: [], health: [], people: [], phrases: { bodyParts: [], mediaWords: [], jargon: [], emergencySigns: [] } };
  spans.forEach((span, index) => {
    const sentenceText = text.slice(span.start, span.end);
    const facts = sentenceCache.get(known, `${index === 0 ? 1 : 0}${sentenceText}`, () => readSentence(sentenceText, index === 0, known));
    // (Words and health terms, the most numerous, are built field by field: spreading each word cost a quarter of
    // re-reading a long post whose sentences were all read before.)
    const at = span.start;
    for (const w of facts.words) out.words.push({ start: w.start + at, end: w.end + at, text: w.text, lower: w.lower, sentence: index, joined: w.joined, listed: w.listed });
    for (const h of facts.health) out.health.push({ start: h.start + at, end: h.end + at, kind: h.kind, term: h.term, sentence: index });
    for (const p of facts.people) out.people.push({ ...p, start: p.start + at, end: p.end + at, sentence: index });
    for (const kind of PHRASE_KINDS) for (const x of facts.phrases[kind]) out.phrases[kind].push({ start: x.start + at, end: x.end + at });
  });
  return publicEverywhere(out);
}

/**
 * "My dad Frank Miller has been waiting an hour" → "Frank is next in with Dr. Lindqvist": a first name the comment gave
 * for a person, said in the reply, is that person, even where the word alone ("Frank", "Grace") would not be read as a name.
 * (Not a town the practice has a site in: "Thank you Yuma!" thanks the Yuma clinic.)
 */
function namedInComment(m: MessageText, context: MessageText, known: KnownNames): MessageText {
  const given = new Set(context.people.filter((p) => p.role === 'patient' && p.kind === 'name').map((p) => p.text.split(/\s+/)[0].toLowerCase().replace(/'s$/, '')).filter((w) => w.length > 2 && !known.staff.has(w) && !known.places.has(w)));
  if (given.size === 0) return m;
  const extra = m.words.filter((w) => startsUpper(w.text) && given.has(w.lower.replace(/'s$/, '')) && !m.people.some((p) => p.start <= w.start && w.end <= p.end));
  if (extra.length === 0) return m;
  const people = [...m.people, ...extra.map((w) => ({ start: w.start, end: w.end, kind: 'name' as const, text: w.text.replace(/'s$/i, ''), role: 'patient' as const, how: `"${w.text.replace(/'s$/i, '')}", the name the comment gave`, sentence: w.sentence }))];
  return { ...m, people: people.sort((a, b) => a.start - b.start) };
}

/** "Prince George … little George": once a name is a public figure's, every mention of it is. */
function publicEverywhere(m: MessageText): MessageText {
  const publicWords = new Set(m.people.filter((p) => p.role === 'public').flatMap((p) => p.text.toLowerCase().split(/\s+/).slice(-1)));
  if (publicWords.size === 0) return m;
  m.people = m.people.map((p) => (p.role === 'patient' && p.kind === 'name' && p.text.toLowerCase().split(/\s+/).some((w) => publicWords.has(w.replace(/'s$/, ''))) ? { ...p, role: 'public' } : p));
  return m;
}

// ("She can book a menopause review", "book an asthma review with Nurse Tamsin": the service, whoever books it.)
const SERVICE = /(?:access to|we (?:now )?(?:offer|do|provide)|now offering|specializ(?:e|ing) in|book with our|(?:free|complimentary) (?:consults?|consultations?) for|(?:can|please|to|just) book (?:a|an|in for a|in for an)) (?:[a-z-]+ )?$/;
// "Sorry for the confusion", "to avoid any confusion": office courtesy, not a symptom.
const STOCK_FEELING = /^(?:confusion|discomfort|distress|pain|upset|frustration|trouble|anxiety|stress|worry|worries|inconvenience|delay|delays|fatigue|exhaustion|tiredness|confusions?)$/;
const STOCK_PHRASE = /(?:sorry (?:for|about)|apologi[sz]e for|to avoid|clear up|cleared up|(?:understand|get|appreciate|hear)) (?:the|any|all the|some|your) $/;

// British practices call the practice itself "the surgery": "contact the surgery", "requested through the surgery", "our branch surgery",
// "the surgery's reception". An operation is "his surgery", "after surgery", "the surgery went well".
const SURGERY_PLACE_BEFORE = /(?:(?:^|[^a-z])(?:gp|branch|doctors'?|doctor's|local|village|main|our|this|new)|(?:contact|call|ring|phone|email|visit|attend|attended|attending|to|into|at|from|outside|inside|within|around|across|in|through|via|by|with|make|makes|making|made|keep|keeping|leave|left|leaving|reach|enter|entered|(?:contact|touch|registered|register|registration) (?:with|at)|(?:experience|experiences) (?:of|at|with|in)|than) the|(?:your|my|their) (?:gp|local|registered)|(?:find|finding|join|joining|choose|choosing) a|(?:at|to|with|from|concern|concerns|registered with|moved to) (?:another|a different|the other|a new)) $/;
const SURGERY_PLACE_AFTER = /^(?:'s)? (?:on \(?\+?\d|(?:will|can|would|could)(?: also| now| soon| no longer| not)? (?:release|offer|open|close|reopen|send|text|email|reply|respond|issue|accept|introduce|launch|host|publish|post|update)|reception|receptionists?|team|staff|building|car park|parking|premises|phones?|telephone|number|website|doors?|entrance|manager|opening|hours|(?:is|will be) (?:open|closed)|(?:is|will be) (?:moving|switching|changing|introducing|launching|getting|joining|merging)|(?:has|have) (?:moved|switched|changed|introduced|launched|joined|merged)|opens|closes|closed|reopens|directly|in person|endeavou?rs?|aims?|strives?|offers?|provides?|operates?|runs|uses|employs|(?:is|are) (?:unable|not able|committed|currently|now|part of|registered|a training|an? [a-z]+ practice)|does not|doesn't|cannot|can't|will not|won't|would like)(?![a-z])/;
// A hospital discharge, not a symptom: "your discharge was delayed", "the discharge lounge".
const DISCHARGE_PROCESS = /^ (?:was|is|has been|had been|lounge|letter|summary|date|plan|planning|process|papers|paperwork|team|delay|delayed|home|from)(?![a-z])/;
// "within 48 hours of discharge", "after discharge": leaving hospital, not a symptom.
const DISCHARGE_EVENT_BEFORE = /(?:^|[^a-z])(?:of|after|on|at|before|upon|until|since|following|post|for|hospital) $/;
const CAUSE_NAME_AFTER = new RegExp(String.raw`^ (?:Trust|Foundation|Society|Association|Alliance|UK|Research|Network|Charity|Action|Care|Awareness|Institute|Council|Federation|Support Group)(?![\p{L}])`, 'u');
function practiceSurgery(lower: string, start: number, end: number): boolean {
  return holds(SURGERY_PLACE_BEFORE, lower.slice(Math.max(0, start - 30), start)) || holds(SURGERY_PLACE_AFTER, lower.slice(end, end + 20));
}

function readSentence(sentence: string, first: boolean, known: KnownNames): SentenceFacts {
  const lower = lowerSameLength(sentence);
  const ws = words(sentence, lower);
  const health: HealthTerm[] = [];
  for (const [kind, list] of Object.entries(HEALTH_LISTS) as [HealthKind, (typeof HEALTH_LISTS)[HealthKind]][]) {
    for (const m of list.find(ws)) {
      // "sorry for any confusion": a stock apology's feeling, not a symptom ("sorry about the headaches" still is one).
      if (STOCK_PHRASE.test(lower.slice(Math.max(0, m.start - 24), m.start)) && STOCK_FEELING.test(lower.slice(m.start, m.end))) continue;
      if (/^[ -](?:dogs?|animals?|pets?|horses?)(?![a-z])/.test(lower.slice(m.end, m.end + 9))) continue; // "therapy dog"
      // "our PT team", "access to physical therapy", "we now offer Botox": a service the practice offers, not someone's care.
      if (/^ (?:team|department|dept|staff|services?|program|clinics?|sessions|suite|room|schedule|hours|waitlist|office|reception|building|garden|shop|volunteers|website|helpline|phone line)(?![a-z])/.test(lower.slice(m.end, m.end + 12))) continue;
      if (SERVICE.test(lower.slice(Math.max(0, m.start - 28), m.start))) continue;
      // "the eczema basics post pinned to our page": the name of something the practice published.
      if (/(?:^|[^a-z])(?:the|our|this|that|latest|pinned|new) $/.test(lower.slice(Math.max(0, m.start - 8), m.start)) && /^(?: [a-z-]+)? (?:posts?|guides?|articles?|leaflets?|handouts?|factsheets?|infographics?|blogs?)(?![a-z])/.test(lower.slice(m.end, m.end + 24))) continue;
      // "a sick visit", "sick leave", "sick notes": a kind of appointment, absence or paperwork, nobody's symptom.
      if (lower.slice(m.start, m.end) === 'sick' && /^ (?:visits?|days?|notes?|leave|pay|bay|calls?|slots?|appointments?|certificates?|lines?)(?![a-z])/.test(lower.slice(m.end, m.end + 14))) continue;
      // "our physios would assess it": the practice's clinicians, not someone's therapy.
      if (/^(?:physios?|physiotherapists?|chiros?|chiropractors?|pts)$/.test(lower.slice(m.start, m.end)) && (/(?:^|[^a-z])(?:our|a|an|the) $|(?:gp|nurse|pharmacist|doctor|dentist|midwife|optician|clinician)s?,? (?:or |and |& )?$/.test(lower.slice(Math.max(0, m.start - 16), m.start)) || /^ (?:will|can|may|would|could|is|who) /.test(lower.slice(m.end, m.end + 8)))) continue;
      // "Harbourline Hospice", "Meridian Vale Dermatology": a site of the practice, named after what it does.
      // "NHS Talking Therapies": a named NHS service.
      if (startsUpper(sentence.slice(m.start)) && /(?:^|[^a-z])nhs (?:[a-z]+ )?$/.test(lower.slice(Math.max(0, m.start - 16), m.start))) continue;
      if (startsUpper(sentence.slice(m.start)) && known.practiceWords.includes(unicode`([\p{L}]+)\s+$`.exec(lower.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? '')) continue;
      // "The Migraine Trust", "Asthma UK", "Diabetes Awareness Week": an organisation or campaign named after it.
      if (startsUpper(sentence.slice(m.start)) && CAUSE_NAME_AFTER.test(sentence.slice(m.end, m.end + 16))) continue;
      // "healthsite.example/fever": part of a web address, not a word of the message.
      if (/[/.@_]/.test(lower[m.start - 1] ?? '') || /^[/.@_][a-z0-9]/.test(lower.slice(m.end, m.end + 2))) continue;
      // "Thank you Yasmin!": a brand of medicine that is also a first name, greeted.
      // ("Thank you for the lovely review, Yasmin!": set off by a comma at the end of a sentence, the person addressed.)
      if (kind === 'medication' && startsUpper(sentence.slice(m.start)) && (/(?:^|[^a-z])(?:thanks|thank you|thx|hi|hello|hey|dear|congrats|congratulations|welcome|cheers),? $/.test(lower.slice(Math.max(0, m.start - 16), m.start)) || (/, $/.test(lower.slice(m.start - 2, m.start)) && /^\s*(?:[!.?]|$)/.test(lower.slice(m.end, m.end + 3))))) continue;
      if (/^surgery(?:'s)?$/.test(lower.slice(m.start, m.end)) && practiceSurgery(lower, m.start, m.start + 7)) continue;
      if (lower.slice(m.start, m.end) === 'discharge' && (DISCHARGE_PROCESS.test(lower.slice(m.end, m.end + 14)) || DISCHARGE_EVENT_BEFORE.test(lower.slice(Math.max(0, m.start - 12), m.start)))) continue;
      health.push({ start: m.start, end: m.end, kind, term: lower.slice(m.start, m.end), sentence: 0 });
    }
  }
  health.sort((a, b) => a.start - b.start);
  const phrases = Object.fromEntries(PHRASE_KINDS.map((kind) => [kind, PHRASE_LISTS[kind].find(ws).map(({ start, end }) => ({ start, end }))])) as Record<PhraseKind, Span[]>;
  phrases.bodyParts = phrases.bodyParts.filter((b) => !holds(NOT_THE_BODY, lower.slice(b.start, b.start + 24)));
  const terms = dropOverlaps(health);
  // "Braxton Hicks", "Ramsay Hunt": a name inside a health term is the term's, not a person's.
  const people = findPeople(sentence, ws, known, { replyStart: first }).filter((p) => !terms.some((h) => h.start <= p.start && p.end <= h.end));
  // "Dr Hemi Walker", "Nurse Kate Bell's": a word of a staff member's name is the name's, not a walking aid or a palsy.
  const named = terms.filter((h) => !people.some((p) => (p.role === 'staff' || p.role === 'provider') && p.start <= h.start && h.end <= p.end && (p.start < h.start || h.end < p.end)));
  return { words: ws, health: named, people, phrases };
}

/** Keeps the longest of overlapping spans (e.g. "strep throat" over "throat"). */
export function dropOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end - s.start > last.end - last.start) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  return out;
}
