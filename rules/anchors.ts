// Words that point at one specific person, so that a health word nearby is about that person and
// not general education: a patient's name, "you" in a reply, "she", "your son", "a 44-year-old mechanic".
import type { Doc, MessageText } from './doc';
import type { PersonMention } from './people';
import { NOT_FOUND } from './care-ties';
import { sentenceAt, tests, unicode, type Span } from './text';
import { holds, matchAllWhole, testWhole } from './required-words';
import { PERSON_NOUN } from './vocabulary';
import { matchAll } from './detector';

export interface Anchor extends Span {
  kind: 'name' | 'you' | 'pronoun' | 'described' | 'age';
  text: string;
  sentence: number;
}

const YOU = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])(?:you|your|you're|youre|you've|you'll|you'd|yours|yourself|u|ur|ya)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])/gu;
const PRONOUN = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])(?:he|she|him|her|his|hers|himself|herself|he's|she's|he'll|she'll|he'd|she'd)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])/gu;
// Nouns after "patient" or "baby" that make it a modifier ("patient portal", "baby shower", "the infant RSV antibody"), not a
// person.
const ATTRIBUTIVE = 'feedback|complaints?|concerns|comments|reports?|representatives?|colic|reflux|mortality|development|nutrition|feeding|portal|education|experience|safety|satisfaction|forms?|intake|privacy|records?|advocates?|advocacy|engagement|communication|flow|care|callbacks?|outcomes?|survey|handouts?|population|volume|centered|centred|information|access|services|coordinator|navigator|relations|smile|line|shower|steps|teeth|food|formula|shark|boomers?|health|body|athletes?|advisory|council|government|union|loans?|housing|section|team|group|services|program|home|clinic|advice|liaison|leaflets?|booklets?|factsheets?|guides?|charter|apps?|forums?|resources?|newsletters?|panel|participation|rights|transport|parking|registration|physio|physiotherapist|nurse|doctor|dentist|hygienist|manager|receptionist|practitioner|therapist|pharmacist|consultant|clinician|lecturer|partner|associate|one|ones|version|bottle|strength|suspension|syrup|drops|range|dose|doses|paracetamol|ibuprofen|rsv|antibody|antibodies|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|seats?|carriers?|milk|cereal|sunscreen|dosing|cpr|first aid|sleep';
// "this sweet girl", "a young mom", "your son", "our littlest patient", "today's skateboarder", "one of our Whyalla steelworkers".
const DESCRIBED = new RegExp(
  `(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF-])(a|an|this|that|(?<!(?<![a-z])one of )our|the|today's|my|your|his|her|(?<!(?<![a-z])(?:every|each|any) )one of our)\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,3}?(?:${PERSON_NOUN})(?:'s|(?<=one of our\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,3}?[\\p{L}-]+)s)?(?!['a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF-])(?!'s\\s+(?:office|clinic|practice))(?!\\s+(?:${ATTRIBUTIVE})(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]))`,
  'gu',
);
// "a toddler from our Owensboro practice", "a family of five from Bluefield", "an Owensboro family": someone from a named
// place is a real person, and so is a family from one (read in the original text: the place has a capital).
const OF_N_FROM_A_PLACE = ' (?:of (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) )?from (?:our )?\\p{Lu}';
const FROM_A_PLACE = new RegExp(`^${OF_N_FROM_A_PLACE}`, 'u');
const FAMILY_FROM_A_PLACE = new RegExp(String.raw`(?<![\p{L}-])(?:[Aa]n?|[Oo]ne|[Tt]he) (?:(?:[\p{L}\p{N}'-]+ ){0,2}?famil(?:y|ies)(?=${OF_N_FROM_A_PLACE})|(?!(?:Royal|First|Holy|Addams|Brady|Partridge|Simpsons?)(?![\p{L}]))\p{Lu}[\p{L}-]+ famil(?:y|ies)(?=\s*(?:[^\p{L}\s]|$)|\s(?:who|whose|that|on|of|from|brought|came|has|have|had|was|were|is|are|and|in|at|all|with)(?![\p{L}])))`, 'gu');
// "a 44-year-old", "58-year-old female", "a 94-yo", "4yo" (read in the lower-cased text).
const AGE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])\d{1,3}[- ]?(?:year|yr|month|mo|week|wk)s?[- ]?old(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])\d{1,3}[- ]?(?:yo|y\/o|y\.o\.)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;
// Case shorthand for age and sex: "52M", "34 F" (capitals only: "52m" is 52 metres or million; one digit is a name like
// "3M" or "5G" more often than an age).
const CASE_AGE = /(?<![A-Za-z0-9])\d{2,3} ?[MF](?![A-Za-z0-9])/g;
// Statements about everyone: "1 in 8 women", "any temp", "if your child…" make "her" or "a baby" generic in a post.
// ("The guy in our 10:15 slot today asked if he…": an indirect question, no condition on anyone.)
const GENERIC_POST = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:\d+ in \d+|(?:after|before|once|until|till) the (?:baby|newborn) (?:is born|arrives|comes)|one in \d+|any (?:temp|temperature|fever|child|baby|kid|infant|toddler|adult|person|one|parent|patient|woman|man)|every parent|whoever|(?<!(?<![a-z])(?:asked|asks|wondered|wondering) )if (?:you|your|a|an|he|she|they|the (?:baby|child|kid|infant|toddler|newborn|person|casualty))|when (?:you|your|a|an)|(?:most|many) (?:people|adults|kids|children|patients|parents|babies|women|men|of)|all (?:children|kids|babies|adults|patients|people|women|men|infants|toddlers|teens|ages)|(?:children|kids|adults|anyone|everyone|people|babies|infants) (?:from|aged|ages|over|under|between|older than|younger than)|from \d+ (?:months?|years?|weeks?) (?:to|until|through|up to)|by the time (?:a|an|the|your|my)|(?:whenever|every time) (?:a|an|your)|ages? \d+ ?(?:to|-|–|through) ?\d+|myth|fact)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// In a reply, "most people…" speaks of everyone, even with "you" in the sentence.
const GENERIC_REPLY = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:most|many|lots of|some|plenty of) (?:people|folks|patients|kids|children|adults|parents)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// A reply that turns to every reader: "For anyone nervous about needles: you can ask…", "A reminder for everyone:",
// "If anyone reading is struggling…", "Travellers: we recommend…", "…at your next visit, everyone!". Its "you" is whoever reads it.
const TO_EVERY_READER = /(?:^|[^a-z])(?:(?:for|to|if|when|should) (?:anyone|everyone|everybody|all of you|all our (?:readers|followers|patients)|all (?:parents|families|mums|moms|dads|carers|caregivers|readers|followers))|anyone (?:reading|else|who|nervous|worried|struggling|thinking|planning|travell?ing|living with|with|in the same)|^\W*(?:travell?ers|parents|carers|caregivers|runners|athletes|folks|everyone|friends|ladies|gents|all|coaches|students|new parents|parents-to-be)\s*[:—–-](?=\s)|(?<=[,—–-] ?)(?:everyone|everybody|folks|y'all|you all)(?= ?[,!.?:]|\s*$))(?![a-z])/;
// The commenter speaks of themselves: "I", "my", "is it safe to…".
const OWN = "i|i'm|im|i've|ive|my|me|mine|is it (?:safe|normal|ok|okay|bad|fine) (?:to|if|while)";
export const OWN_WORDS = new RegExp(`(?:^|[^a-z'])(?:${OWN})(?![a-z'])`);
/** OWN_WORDS, or a family speaking of itself ("We missed the 14-week vaccines, he's now 5 months"). */
export const OWN_OR_FAMILY_WORDS = new RegExp(`(?:^|[^a-z'])(?:we|we're|we've|${OWN})(?![a-z'])`);
// "What SPF should kids wear?", "Any tips for toddlers who hate brushing?", "Do you do sedation for adults?",
// "Is it normal for a baby to have a fever after vaccines?", "What's the max ibuprofen an adult can take?".
// ("Can you catch the flu from the flu jab?", "Does the vaccine give you flu?": "you" is anyone.)
const GROUP_QUESTION = /(?:^|[^a-z])(?:(?:can|could|do|does|will) (?:you|u) (?:catch|get|spread|pass on) (?:the |a |an )?[a-z-]+(?: [a-z-]+)? from|(?:does|can|will|do) (?:the |a |an )?[a-z-]+(?: [a-z-]+){0,2} (?:give|gives) (?:you|u) )|(?:^|[^a-z])(?:should|do|does|can|could|are|is|must|need|for|tips for|advice for|ideas for|suggestions for|help for) (?:all |most |young |older |little |new |pregnant |picky |fussy )?(?:kids|children|babies|toddlers|infants|teens|teenagers|adults|people|men|women|mums|moms|parents|everyone|anyone(?! (?:know|knows|have|has|had|else|tried|got|been|ever))|seniors|athletes|students|folks|residents|locals|readers|viewers|listeners|families|travell?ers|(?:the|our) (?:public|community|elderly)|older people|(?:a|an) (?:baby|child|kid|toddler|newborn|infant|teen|teenager|adult|person|woman|man|pregnant woman))(?![a-z])|(?:^|[^a-z])(?:an?|the average|any) (?:adult|child|kid|baby|toddler|teen|teenager|person|woman|man|pregnant woman) (?:can|could|should|may|is (?:allowed|able) to|needs? to) (?:safely )?(?:take|have|use|give|get|drink|eat)(?![a-z])/;
/** A question about a group, not about the asker: its answer is for everyone who asks it, so its "you" is anyone. */
// "How do I remove a tick?", "What should I put in a first aid kit?", "Any tips for exam stress?": a how-to anyone might ask,
// unless the asker tells of their own case ("my", "I've got").
const HOW_TO_QUESTION = /(?:^|[^a-z])(?:how (?:do|should|can|would) (?:i|we|you|one|people) (?:safely |best |properly )?(?:remove|treat|prevent|know|tell|choose|pick|store|clean|get rid of|stop|help|support|spot|recogni[sz]e)|what (?:should|do) (?:i|we|you) (?:put|pack|keep|buy|have|look for|know) (?:in|for|about|when)|any tips (?:for|on)|tips (?:for|on))(?![a-z])/;
const TELLS_OWN_CASE = /(?:^|[^a-z'])(?:my|me|mine|our|we|us|i'm|im|i've|ive|i have|i had|i got|got|i was|i am)(?![a-z'])/;
// "what's a normal blood sugar?", "How many units is a pint?", "Are ear candles safe?": a question that names nobody (no
// "I", "my", "he", "son", no reading or age of theirs) is asked about anyone ("your" is the practice's: "does your
// physio team use…?"; "this heat", "work against it", "is it true…?" point at the topic, not at a person; "is it safe
// to…?" is asked for themselves, as OWN_WORDS reads it).
const NAMES_SOMEONE = /(?:^|[^a-z'])(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|myself|we|we're|we've|our|ours|us|he|he's|hes|she|she's|shes|him|her|hers|his|they're|their|them|hubby|husband|wife|partner|son|daughter|mum|mom|mam|dad|nan|gran|grandma|grandad|grandpa|baby|bub|toddler|kids?|child|boy|girl|case|story|patient|is it (?:safe|normal|ok|okay|bad|fine) (?:to|if|while))(?![a-z'])|\d/
const ASKS_IN_GENERAL = /^\W*(?:what|what's|whats|how|who|who's|whos|which|when|why|where|is|are|does|do|can|could|should|will|would)(?![a-z'])[^?]*\?\W*$/;
export const asksAboutAGroup = (context: MessageText): boolean =>
  /\?/.test(context.text) && ((GROUP_QUESTION.test(context.lower) && !OWN_WORDS.test(context.lower)) || (HOW_TO_QUESTION.test(context.lower) && !TELLS_OWN_CASE.test(context.lower)) || ASKED_IN_GENERAL.test(context.lower) || FOR_TEACHING.test(context.lower));
/** A group question, or one that names nobody ("How long does a cough last after a cold?"): its answer is for anyone
 * who asks it, in health details and in advice (unless the answer gives them a condition of their own). */
export const asksInGeneral = (context: MessageText): boolean => {
  if (asksAboutAGroup(context)) return true;
  if (!/\?/.test(context.text)) return false;
  const question = questionOf(context.lower);
  return ASKS_IN_GENERAL.test(question) && !NAMES_SOMEONE.test(question);
};
// "Can I take paracetamol with blood pressure tablets in general?": the asker says the question is general.
// "(asking for a first aid course I'm writing)": the asker teaches or writes for others; the answer is for them all.
const FOR_TEACHING = /(?<![a-z])for (?:a|an|my|our|the) (?:[a-z-]+ ){0,3}?(?:course|class|lesson|article|blog(?: post)?|essay|assignment|project|presentation|talk|newsletter|quiz|leaflet|handout|training|module|workshop) (?:i'm|i am|we're|we are|i'm currently|i am currently) (?:writing|teaching|running|giving|preparing|putting together|delivering|planning)(?![a-z])/;
// "Keep it under 200 mg a day while you're trying": a reply that gives the asker a state of their own answers them, not
// anyone who might ask.
const GIVES_A_STATE = /(?<![a-z])(?:while|since|now that|as|because) (?:you're|you are|youre|you've been) [a-z]/;
export const givesThemAState = (lower: string): boolean => GIVES_A_STATE.test(lower);
// The commenter's words: after "— Name:" or "Name:" that heads the context.
const COMMENTER_HEADING = /^[^:]{0,120}?(?:—|–|-)\s*[^:]{1,60}:\s*|^[^:?]{1,60}:\s*/;
const questionOf = (lower: string) => lower.replace(COMMENTER_HEADING, '');
const ASKED_IN_GENERAL = /(?<![a-z])(?:in general|generally|as a (?:general )?rule|in principle)(?![a-z])[^.!?]{0,60}\?/;
/** A sentence of a reply that speaks to every reader, not to the person answered. */
/** The @handle that opens a reply: the person it answers, not someone it tells of. */
export const opensReply = (doc: { text: string }, a: { start: number; text: string }): boolean =>
  a.text.startsWith('@') && a.start === doc.text.length - doc.text.trimStart().length;
export const toEveryReader = (sentence: string): boolean => testWhole(TO_EVERY_READER, sentence);
// "anyone's records", "any patient's injury", "people's notes": whoever's, nobody's in particular ("a patient's" may be one).
const WHOEVERS = "(?:anyone|anybody|everyone|everybody|someone|somebody|any patient|people|patients|one person)(?:'s|s'|')";
/** A whoever's possessive opens the text ("anyone's records are…"). */
export const WHOEVERS_AT_START = new RegExp(`^${WHOEVERS} `);
/** A whoever's possessive, and perhaps one word, ends the text ("…can't look at anyone's [own] …"). */
export const WHOEVERS_BEFORE = new RegExp(`(?<![a-z])${WHOEVERS} (?:[a-z-]+ )?$`);
// Pets: "Our therapy dog Biscuit… his own dental cleaning".
const PET = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:dog|dogs|puppy|pup|cat|kitten|pet|pets|bunny|rabbit|hamster|horse|parrot)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// An indefinite "a mom" in a post is a real person only when something happened to them.
const EVENT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?<!(?<![a-z])(?:any|every|each|no|most|some) )\p{L}+ed(?<!(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:need|bed|red|feed|seed|speed|breed|weed|shed|wed|fed|bleed|proceed|exceed|succeed|embed|steed|greed))|came|come|saw|seen|had|got|went|ran|took|brought|found|told|said|was|were|is|rushed|walked|swallowed|fell|broke|lost|made|met|today|yesterday|tonight|this (?:morning|week|fall|spring|summer|winter|month)|last (?:week|month|night|year|\p{L}+day)|spotted|(?:i|we) have|there's|there is|i've got|we've got)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');
const EVENT_ALL = new RegExp(EVENT.source, 'gu');
// "a worried mum", "the infected area", "feel bloated", "with cracked skin", "should be seen": a participle after a
// determiner, an intensifier, a linking verb or a preposition describes; it tells of nothing that happened.
const DESCRIBES_BEFORE = /(?<![a-z'])(?:a|an|the|this|that|these|those|your|their|his|her|my|our|its|any|some|many|very|so|too|more|most|less|really|quite|feel|feels|feeling|look|looks|looking|seem|seems|become|becomes|becoming|get|gets|getting|be|being|are|am|with|without|for|of|from|into) $/;
/** Something happened in the sentence: a past verb, a named day, "there's". */
function toldEvent(text: string): boolean {
  if (!holds(EVENT, text)) return false;
  for (const x of text.matchAll(EVENT_ALL)) {
    if (!(x[0].endsWith('ed') || x[0] === 'seen') || !DESCRIBES_BEFORE.test(text.slice(Math.max(0, x.index! - 12), x.index!))) return true;
  }
  return false;
}
const SMALL_GROUP = new RegExp(`(?<![\\p{L}])(?:the|these|those|our) (?:[2-9]|two|three|four|five|six|seven|eight|nine) (?:[\\p{L}-]+ ){0,2}?(?:${PERSON_NOUN})s(?= (?:who|from|that)(?![\\p{L}]))`, 'gu');
// A teaching case that says it is invented describes no real person, in any of its sentences.
const FICTIONAL = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:fictional|fictitious|hypothetical|composite|made-up|imaginary|invented) (?:teaching )?(?:case|patient|scenario|example|vignette)|(?:case|patient|scenario|example|vignette) (?:is |are )?(?:fictional|fictitious|hypothetical|made up|invented)|\((?:an? )?(?:fictional|hypothetical|composite)|not a real (?:patient|person|case)|teaching (?:vignette|scenario|exercise)|case (?:quiz|challenge)|(?:resuscitation |training |cpr |simulation |practice )?(?:mannequin|manikin)|simulated patient|(?:quiz|question) for (?:our )?(?:students|residents|readers|trainees)|pop quiz|quiz time|what would you (?:do|suspect)|what is the diagnosis|(?:is it|is this) most likely to be|(?:identifying|identifiable|personal) details (?:have been |were |are )?(?:changed|altered|removed)|de-?identified (?:teaching )?(?:case|example|story|vignette))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// A quick look for the words FICTIONAL needs before the full pattern runs.
const FICTIONAL_WORD = /fictio|hypothetic|composite|made.up|imaginary|invented|teaching|quiz|case challenge|mannequin|manikin|simulated|details (?:ha|we|ar|ch|al|re)|identified|would you (?:do|suspect)|the diagnosis|most likely to be/g;
/** A teaching case that says it is invented ("Composite case (details invented, not a real patient): 'Sam'…"): its names and people are nobody. */
export const inventedCase = (m: MessageText): boolean => {
  let found = INVENTED.get(m);
  if (found === undefined) INVENTED.set(m, (found = matchAll(m, FICTIONAL_WORD).length > 0 && holds(FICTIONAL, m.lower)));
  return found;
};
// Read once per text: the anchors and the person-name rule both ask.
const INVENTED = new WeakMap<MessageText, boolean>();
const ELIDED_SUBJECT = /(?:came|walked|showed|limped|hobbled|rolled|rushed|had|got|broke|tore|fell|needed|brought|left|went)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/uy;
// A public figure talking about their own health in public is not a patient disclosure.
// "the Princess of Wales", "the Duke of Sussex": a public figure named by title.
const ROYAL_TITLE = /(?<![a-z])the (?:(?:princess|prince|duke|duchess|earl|countess) of [a-z]+|king|queen)(?![a-z])/;
const PUBLIC_DISCLOSURE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:publicly|openly|candidly|shared that|announced that|revealed that|public about|in public|on national tv|on tv|press conference|told reporters|in an interview|psa|campaign|on live tv|on (?:national |local |live |breakfast )?radio|telling fans|told fans|opened up|went public|(?:shared|sharing) (?:his|her|their) (?:story|journey|diagnosis)|on (?:ig|instagram|tiktok|youtube|twitter|x|(?:his|her|their) (?:podcast|show|channel|blog))|memoir|op-ed|gazette|newspaper|documentary)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;

/** The text before a word ends "…spoke on breakfast TV about": what follows is the speaker's own, told in public. */
export const spokeInPublicAbout = (before: string): boolean => SPOKE_ABOUT.test(before);
const SPOKE_ABOUT = /(?:spoke|spoken|speaks|talked|talks|wrote|written|writes|opened up)(?![a-z])[^.!?]{0,40}?(?:on (?:[a-z]+ )?(?:radio|tv|television|telly|air)|publicly|openly|in an? (?:interview|podcast|documentary|memoir|column)|on (?:his|her|their) (?:podcast|show|channel|blog))[^.!?]{0,40}(?:about|of) (?:(?:his|her|their) (?:[a-z-]+ ){0,2})?$/;

const NON_PATIENT_ROLES = new Set(['staff', 'provider', 'public', 'organisation']);

export function isPatientMention(p: PersonMention): boolean {
  return !NON_PATIENT_ROLES.has(p.role);
}

/** All anchors of the message, after dropping generic, staff and public-figure references. */
export function personAnchors(doc: Doc): Anchor[] {
  // "Didn't King Charles have prostate problems?" — "He said publicly…": the pronoun is the public figure's.
  // "Does Dr. Ferrante do root canals?" → "Yes he does": asked about a staff member and nobody else, "he" is them.
  const staffAsked = doc.context.people.some((p) => p.role === 'staff' || p.role === 'provider') && !doc.context.people.some(isPatientMention) && !holds(OTHER_PERSON, doc.context.lower);
  // "What's the best moisturiser for babies with eczema?" → "whichever a child tolerates": a question about nobody in
  // particular is answered about anyone.
  const generalAsk = doc.input.kind !== 'post' && doc.context.text.includes('?') && !tests(ASKER_OWN, doc.context.lower);
  return findAnchors(doc, { addressed: doc.addressed, post: doc.input.kind === 'post', publicInContext: doc.context.people.some((p) => p.role === 'public'), staffAsked, generalAsk });
}
const ASKER_OWN = /(?<![a-z'])(?:i|i'm|im|i've|ive|i'd|my|me|mine|we|we're|our|us)(?![a-z'])/;
const OTHER_PERSON = /(?<![a-z])(?:my|our|his|her|their) (?:[a-z]+ )?(?:son|sons|daughter|daughters|kids?|child|children|boy|girl|baby|twins|toddler|teen|mum|mom|mother|dad|father|wife|husband|partner|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|aunt|uncle|friend|neighbou?r)(?![a-z])|(?<![a-z])(?:he|she|him|her)(?![a-z])/;

/** What the conversation says about who may be meant, beside the message's own words. */
interface AnchorSetting {
  addressed: boolean;
  post: boolean;
  /** The comment names a public figure: a pronoun may be theirs. */
  publicInContext: boolean;
  /** The comment asks about a staff member and nobody else: "he" or "she" is them. */
  staffAsked: boolean;
  /** The comment asks a question about nobody in particular: "a child" is anyone. */
  generalAsk: boolean;
}

function findAnchors(m: MessageText, { addressed, post, publicInContext, staffAsked, generalAsk }: AnchorSetting): Anchor[] {
  const out: Anchor[] = [];
  const sentenceOf = (at: number) => sentenceAt(m.sentences, at);
  const sentenceText = (i: number) => (i < 0 ? '' : m.lower.slice(m.sentences[i].start, m.sentences[i].end));
  const publicSentence = (i: number) => holds(PUBLIC_DISCLOSURE, sentenceText(i)) || holds(PUBLIC_DISCLOSURE, sentenceText(i - 1));

  for (const p of m.people) if (isPatientMention(p)) out.push({ start: p.start, end: p.end, kind: 'name', text: p.text, sentence: p.sentence });
  // (Read with matchAll: in a long post each pattern re-reads only the sentences a keystroke changed.)
  if (addressed) for (const x of matchAll(m, YOU)) out.push(at(x, 'you'));

  // People nobody can identify: every reader's child in a post, "a baby" to whom nothing happened.
  // A pronoun that refers back to one of them is as generic as they are.
  const generic: Anchor[] = [];
  // The sentence without the described person's own words: "a sleepy or unsettled baby" tells of no event.
  const withoutAnchor = (a: Anchor) => {
    const s = m.sentences[a.sentence];
    return m.lower.slice(s.start, a.start) + m.lower.slice(a.end, s.end);
  };
  for (const { match: x, ...found } of matchAll(m, DESCRIBED)) {
    const a = at(found, 'described');
    // "it may appear that your child…": the conjunction "that" before a possessive is not the determiner.
    // "a talk with your child": the determiner nearest the noun is the one that counts.
    const det = /^(?:this|that|the|a|an)\s+(your|my|his|her|our)\s/.exec(x[0])?.[1] ?? LAST_DETERMINER.exec(x[0].slice(x[1].length))?.[1] ?? x[1];
    // "For an individual player, book a review": any one of them.
    if (/^an individual\s/.test(x[0])) continue;
    // "since she was a child", "as a teen": a stage of someone's life, not another person.
    if ((det === 'a' || det === 'an') && /^an? (?:child|kid|baby|toddler|teen|teenager|tween|boy|girl)$/.test(x[0]) && /(?:^|\s)(?:was|were|as)\s$/.test(m.lower.slice(Math.max(0, a.start - 6), a.start))) continue;
    // "This month every member of our team": a quantifier nearer the noun makes it everyone, whatever came before.
    if (/\s(?:every|each|all|any|no)\s/.test(x[0])) continue;
    // "we don't have a registered patient with your name": nobody.
    if (/(?:not|never|no|(?:don't|do not|does not|doesn't|did not|didn't) have) $/.test(m.lower.slice(Math.max(0, a.start - 16), a.start))) continue;
    // "our urology partner", "our partner pharmacy": a business partner, not a relative.
    if (/^our (?:[a-z-]+ ){0,2}?partners?$/.test(x[0]) && (!/^our partners?$/.test(x[0]) || BUSINESS_AFTER.test(m.lower.slice(a.end, a.end + 20)))) continue;
    // "we have not been able to identify you as a patient here": the person the practice could not find.
    if (/ as $/.test(m.lower.slice(a.start - 4, a.start)) && NOT_FOUND.test(m.lower.slice(m.sentences[a.sentence].start, a.start))) continue;
    // "A patient asked us last week whether…", "a patient told me last month that…": the opening of a general point,
    // nobody's case (unless it happened today: "A teen told me today she's been vaping").
    if (post && (det === 'a' || det === 'an') && !FROM_A_PLACE.test(m.text.slice(a.end, a.end + 40)) && (anyoneItFits(m, a, sentenceText(a.sentence)) || HYPOTHETICAL.test(sentenceText(a.sentence)) || !toldEvent(withoutAnchor(a)) || QUESTION_FRAME.test(m.lower.slice(a.end, a.end + 40)))) generic.push(a);
    else if (generalAsk && (det === 'a' || det === 'an') && !PAST_DAY.test(sentenceText(a.sentence)) && !NAMED_TIME.test(sentenceText(a.sentence)) && !SOMEONE_THERE_BEFORE.test(m.lower.slice(Math.max(0, a.start - 12), a.start))) generic.push(a);
    else if (post && det === 'your') generic.push(a); // "your child's clinician" in a post speaks to every reader
    // "Prince George … this charming little boy": a description that points back at a public figure.
    else if (/^(?:this|that|the)$/.test(det) && publicBefore(m, a)) continue;
    else out.push(a);
  }
  for (const x of matchAllWhole(m.text, FAMILY_FROM_A_PLACE)) out.push(at({ start: x.index!, end: x.index! + x[0].length }, 'described'));
  // "To the 3 guys from the dairy crew who came to the van today", "the 5 veterans who joined our new PTSD group": a small
  // group counted and told of something that happened is as identifiable as one person.
  for (const x of matchAll(m, SMALL_GROUP)) {
    const a = at(x, 'described');
    if (toldEvent(sentenceText(a.sentence))) out.push(a);
  }
  // ("under 12 weeks old", "over 65 years old": anyone that age.)
  for (const x of matchAll(m, AGE)) {
    if (/(?:under|over|younger than|older than|below|above|aged) $/.test(m.lower.slice(Math.max(0, x.start - 14), x.start))) continue;
    // ("babies can't be fully vaccinated until they're 6 months old": whoever reaches that age.)
    if (/(?:^|[^a-z])(?:until|till|before|once|by the time) (?:they(?:'re| are)|(?:babies|kids|children|toddlers) are|(?:your|the|a|their) (?:baby|child|kid|toddler|little one) is|he's|she's|it's) $/.test(m.lower.slice(Math.max(0, x.start - 40), x.start))) continue;
    const a = at(x, 'age');
    // "Imagine a 45-year-old who ignores chest pain": a case made up to teach, in a post.
    if (post && HYPOTHETICAL.test(sentenceText(a.sentence))) generic.push(a);
    else out.push(a);
  }
  for (const x of m.text.matchAll(CASE_AGE)) out.push(at({ start: x.index!, end: x.index! + x[0].length }, 'age'));
  if (post) {
    for (const { match: x, ...found } of matchAll(m, GENERIC_PERSON)) {
      const a = at(found, 'described');
      // "someone in our 2:30 slot today asked…" is one real person, and so is "one of our PT patients".
      if (/^(?:someone|somebody|a person)$/.test(x[0]) && toldEvent(sentenceText(a.sentence))) continue;
      if (ONE_OF.test(m.lower.slice(Math.max(0, a.start - 30), a.start))) continue;
      generic.push(a);
    }
  }
  // Each sentence is tested once, however many anchors it holds.
  const perSentence = (test: (text: string) => boolean) => {
    const memo = new Map<number, boolean>();
    return (i: number) => memo.get(i) ?? memo.set(i, test(sentenceText(i))).get(i)!;
  };
  // Care at this practice in the sentence: a public figure told of there is a patient too.
  const careHere = perSentence((t) => CARE_HERE.test(t));
  // The people a pronoun may refer back to, in text order, each marked generic or not.
  const referents = post ? [...out.filter((a) => a.kind !== 'you').map((a) => ({ a, generic: false })), ...generic.map((a) => ({ a, generic: true }))].sort((x, y) => x.a.start - y.a.start) : [];
  let next = 0;
  for (const x of matchAll(m, PRONOUN)) {
    const a = at(x, 'pronoun');
    while (next < referents.length && referents[next].a.start < a.start) next++;
    if (antecedentIsNotPatient(m, out, a, careHere(a.sentence))) continue;
    if (staffAsked && !out.some((o) => o.kind !== 'you' && o.start < a.start) && !m.people.some((p) => p.start < a.start)) continue;
    if (post) {
      if (BOTH_GENDERS.test(m.lower.slice(Math.max(0, a.start - 8), a.end + 8))) continue;
      // The nearest person before it (this sentence or the two before) is a generic one.
      const nearest = referents[next - 1];
      if (nearest && nearest.generic && nearest.a.sentence >= a.sentence - 2) continue;
    }
    out.push(a);
  }
  // "…my old coach, Stan Kowalski! Came in with a torn rotator cuff": a sentence without a subject
  // continues with the person of the sentence before.
  const anchored = new Set(out.map((a) => a.sentence));
  const named = new Set(out.filter((a) => a.kind === 'name' || a.kind === 'described').map((a) => a.sentence));
  m.sentences.forEach((span, i) => {
    if (i === 0 || anchored.has(i) || !named.has(i - 1)) return;
    ELIDED_SUBJECT.lastIndex = span.start;
    const verb = ELIDED_SUBJECT.exec(m.lower);
    if (verb) out.push({ start: span.start, end: span.start + verb[0].length, kind: 'pronoun', text: m.text.slice(span.start, span.start + verb[0].length), sentence: i });
  });
  const fictional = post && inventedCase(m);
  // "…yesterday when a patient collapsed": a "when a…" clause about a past day is an event, not a general rule.
  const genericPost = perSentence((t) => holds(GENERIC_POST, PAST_DAY.test(t) ? t.replace(/(?<![a-z])when (?:a|an)(?![a-z])/g, '') : t));
  const genericReply = perSentence((t) => GENERIC_REPLY.test(t) || toEveryReader(t));
  // A question to readers opens like one ("Had chickenpox as a kid?"); "the grandma in room 3 just told me… honestly??" does not.
  // ("Carousel: Does my kid need antibiotics?": a label may come first; "• Pregnant, or have a newborn…?": or a bullet.)
  const question = perSentence((t) => /\?\s*$/.test(t) && holds(QUESTION_OPENING, t.trimStart().replace(/^[•·▪*-]\s*/u, '').replace(unicode`^[\p{L} ]{1,20}:\s*`, '')));
  const hasPublic = publicInContext || m.people.some((p) => p.role === 'public') || ROYAL_TITLE.test(m.lower);
  // "Babies can now be protected… an injection for the baby before their first season": "the baby" points back at
  // the generic babies before it, the way a pronoun does.
  const genericThe = (a: Anchor) => {
    if (!post || a.kind !== 'described' || !/^the\s/i.test(a.text)) return false;
    const before = referents.filter((r) => r.a.end <= a.start);
    const nearest = before[before.length - 1];
    return nearest !== undefined && nearest.generic && nearest.a.sentence >= a.sentence - 1;
  };
  // "Our policy for procedures under sedation is that parents wait outside… as soon as the child wakes": a rule for everyone.
  const policySentence = perSentence((t) => POLICY_OPENING.test(t));
  return out
    .filter((a) => !(post && (fictional || (a.kind !== 'name' && genericPost(a.sentence)) || genericThe(a))))
    .filter((a) => !((a.kind === 'described' || a.kind === 'pronoun') && !/^(?:your|ur|my|his|her|their) /i.test(a.text) && policySentence(a.sentence)))
    .filter((a) => !(!post && a.kind === 'you' && genericReply(a.sentence)))
    // A question to readers in a post ("Had chickenpox as a kid?") is about everyone.
    .filter((a) => !(post && (a.kind === 'described' || a.kind === 'age') && question(a.sentence)))
    // "Beyoncé has written about preeclampsia with her twins": "her" is the public figure just named.
    // ("…a speedy recovery after her operation with our surgical team": the practice telling of their care here is a disclosure.)
    .filter((a) => !((a.kind === 'pronoun' || (a.kind === 'described' && /^(?:his|her|their) /i.test(a.text))) && hasPublic && (publicSentence(a.sentence) || publicBefore(m, a)) && !careHere(a.sentence)))
    // "X spoke on national radio this week about his year out with a cruciate injury": whoever spoke in public tells of
    // their own health, even when the name is not one the engine knows.
    .filter((a) => !(a.kind === 'pronoun' && spokeInPublicAbout(m.lower.slice(m.sentences[a.sentence].start, a.start)) && !careHere(a.sentence)))
    .sort((a, b) => a.start - b.start);

  function at({ start, end }: Span, kind: Anchor['kind']): Anchor {
    return { start, end, kind, text: m.text.slice(start, end), sentence: sentenceOf(start) };
  }
}

const LAST_DETERMINER = new RegExp(String.raw`\s(your|my|his|her|our|the|this|that|a|an)\s+(?:(?!(?:your|my|his|her|our|the|this|that|a|an)\s)[\p{L}\p{N}'-]+\s+)*?[\p{L}'-]+$`, 'u');
const PAST_DAY = /(?<![a-z])(?:yesterday|last (?:night|week|month|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|this (?:morning|afternoon)|earlier today)(?![a-z])/;
const QUESTION_OPENING = new RegExp(String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:had|have|has|do|does|did|is|are|was|were|can|could|would|should|will|who|whose|who's|what|what's|when|where|why|how|ever|anyone|any|got|know|remember|raise|does|which|parents|moms|dads|quick|q|poll|question|true or false|pregnant|planning|travelling|traveling|caring|living|over|under|aged|new)(?![a-z'])`, 'u');
// A case made up to teach: "Imagine a 45-year-old who…", "A typical case: a teenager with acne…", "Picture this:".
const HYPOTHETICAL = /^\W*(?:imagine|picture (?:this|a|an)|suppose|say (?:you|your|a|an)|let's say|a (?:typical|common|classic|familiar) (?:case|scenario|story|example|picture)|for (?:example|instance)|e\.g\.)(?![a-z])/;
const QUESTION_FRAME = /^ (?:recently |once |just )?(?:(?:asked|wanted to know|wondered|emailed|messaged|wrote in|asks)(?: (?:us|me|our team|the team))?(?: (?:recently|last week|this week|last month|today|yesterday))?(?: (?:whether|if|about|what|how|why|when|for|to)| (?:a|an|this|one|the same|that) (?:[a-z-]+ ){0,2}?questions?(?![a-z])|:)|(?:told|taught|reminded|showed) (?:me|us|our team)(?: (?:recently|last week|this week|last month))?(?! (?:today|yesterday|tonight|this morning|this afternoon|earlier))(?: something| that| how| why)?)(?![a-z])/;
const POLICY_OPENING = /^\W*(?:our|the|it's our|it is our|as a) (?:[a-z-]+ ){0,2}?(?:policy|protocol|procedure|process|rule|standard practice)(?: for [^.!?]{0,60}?)? (?:is|are|means|says)(?![a-z])/;
const ONE_OF = /one of (?:our|my|the|his|her|their) (?:[a-z-]+ )?$/;
// "he or she", "his/her", "s/he": anyone at all.
const BOTH_GENDERS = /(?:he|she|his|her|him|hers) ?(?:or|\/) ?(?:she|he|her|his|him)|s\/he|\(s\)he/;
// Plural or indefinite people in a post: "children", "your loved one", "someone", "a patient walks in…".
const GENERIC_PERSON = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:children|kids|babies|infants|toddlers|teens|teenagers|parents|adults|people|patients|someone|anyone|everyone|somebody|anybody|a person|your loved one|(?:every|each|any) (?:child|kid|baby|patient|person|parent|woman|man))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;

const BUSINESS_AFTER = /^\s+(?:service|services|pharmacy|pharmacies|hospital|hospitals|practice|practices|clinic|clinics|organi[sz]ations?|charity|charities|team|site|sites|network|providers?|lab|labs|schools?|colleges?|universit(?:y|ies)|employers?|agenc(?:y|ies)|businesses|companies|farms?|gyms?|churches|libraries)(?![a-z])/;
const SOMEONE_THERE_BEFORE = /(?:^|[^a-z])(?:have|has|had|got|saw|see|seeing|met|treated|treating|there's|there is|there was) $/;
const NAMED_TIME = /(?:^|[^a-z])(?:last|this) (?:week|month|year|spring|summer|autumn|fall|winter)(?![a-z])/;

/**
 * "a child who is floppy", "a baby under 3 months": in a post, a description of anyone it fits, when no day or
 * time is named. "I have a patient that…" and "room 4 has a kid who…" are someone there.
 */
const ANYONE_WHO_BEFORE = /(?:anyone|everyone|someone|people|women|men|those|parents|mums|moms|dads) (?:who|that)(?:'s|'ve| has| have| is| are| had)?(?: [a-z]+){0,2} $/;
const PURPOSE_BEFORE = /(?:^|[^a-z])(?:(?:to|can|ways to|how to) (?:help|support|calm|comfort|reassure|settle|encourage)|helping|supporting|calming|comforting|reassuring|settling|raising|parenting) $/;
function anyoneItFits(m: MessageText, a: Anchor, sentence: string): boolean {
  // "a reminder for anyone who's recently had a baby": the baby of whoever that is.
  if (ANYONE_WHO_BEFORE.test(m.lower.slice(Math.max(0, a.start - 50), a.start))) return true;
  // "To help an anxious kid: …", "ways of supporting a grieving teen": whoever the tips are for.
  if (PURPOSE_BEFORE.test(m.lower.slice(Math.max(0, a.start - 20), a.start)) && !PAST_DAY.test(sentence)) return true;
  // ("Reduced movements can be an early sign that a baby is unwell": any baby it may be a sign in.)
  if (/(?<![a-z])(?:signs?|symptoms?|indications?|indicators?|clues?)(?: that)? $/.test(m.lower.slice(Math.max(0, a.start - 20), a.start)) && !PAST_DAY.test(sentence)) return true;
  // ("Signs a child might be getting dehydrated": whoever it may happen to.)
  return /^\s+(?:who|that|under|over|aged|of (?:any|all)|might|may|could|can)(?![a-z])/.test(m.lower.slice(a.end, a.end + 12)) && !SOMEONE_THERE_BEFORE.test(m.lower.slice(Math.max(0, a.start - 12), a.start)) && !PAST_DAY.test(sentence) && !NAMED_TIME.test(sentence);
}

// Care at this practice, in the sentence: "with our surgical team", "came in on Saturday", "on the ward".
const CARE_HERE = /(?:^|[^a-z])(?:(?:with|by|under|from) (?:us|our (?:[a-z-]+ )?(?:team|surgeons?|doctors?|nurses?|consultants?|staff|clinicians?|midwives))|(?:on|in) (?:our|the) (?:ward|unit|icu|a&e|emergency department)|(?:was|were|been) (?:brought|taken|transferred) to (?:us|our)|(?:came|brought|was brought|been brought|were brought) in(?! (?:to|for) (?:a |an |the )?(?:talk|visit|tour|event|chat|interview|photo))|admitted|discharged)(?![a-z])/;

function publicBefore(m: MessageText, a: Anchor): boolean {
  const before = m.people.filter((p) => p.start < a.start && p.sentence >= a.sentence - 1);
  return before.length > 0 && before[before.length - 1].role === 'public';
}

/** "She runs our diabetes program" after "Nurse Kim": the pronoun is about staff, not a patient. */
function antecedentIsNotPatient(m: MessageText, anchorsSoFar: Anchor[], pronoun: Anchor, careHere: boolean): boolean {
  const window = (s: { sentence: number; start: number }) => s.start < pronoun.start && s.sentence >= pronoun.sentence - 2;
  const sentenceStart = m.sentences[Math.max(0, pronoun.sentence - 1)].start;
  if (PET.test(m.lower.slice(sentenceStart, pronoun.start))) return true;
  const patientBefore = anchorsSoFar.some((a) => a.kind !== 'you' && a.kind !== 'pronoun' && window(a));
  if (patientBefore) return false;
  // A public figure is no patient, unless this sentence tells of their care here ("after her operation with our team").
  return m.people.some((p) => !isPatientMention(p) && p.kind !== 'handle' && window(p) && !(careHere && p.role === 'public'));
}
