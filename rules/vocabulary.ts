// The word lists the detectors share, built once from the data files in ./lexicons.
import firstNames from './lexicons/first-names.json';
import ambiguousFirstNames from './lexicons/ambiguous-first-names.json';
import conditions from './lexicons/conditions.json';
import symptoms from './lexicons/symptoms.json';
import procedures from './lexicons/procedures.json';
import medications from './lexicons/medications.json';
import bodyParts from './lexicons/body-parts.json';
import jargon from './lexicons/jargon.json';
import emergencySigns from './lexicons/emergency-signs.json';
import mediaTerms from './lexicons/media-terms.json';
import commonWords from './lexicons/common-words.json';
import lastNames from './lexicons/last-names.json';
import places from './lexicons/places.json';
import publicFigures from './lexicons/public-figures.json';
import { firstAtOrAfter, hasLetter, inSorted, PhraseList, SortedWords, unaccented, unicode, type Word } from './text';

/** A test of words with its answers kept, as SortedWords keeps its own: a re-check after a keystroke asks about the same words. */
function remembering(test: (word: string) => boolean): { has: (word: string) => boolean } {
  const seen = new Map<string, boolean>();
  return {
    has: (word) => {
      let found = seen.get(word);
      if (found === undefined) {
        if (seen.size >= 20_000) seen.clear();
        seen.set(word, (found = test(word)));
      }
      return found;
    },
  };
}

/** A word list looked up as written and, when the word has accents, without them ("Tomás", "Siobhán", "Zoë"). */
const withoutAccents = (words: SortedWords) => ({
  has: (word: string) => {
    if (words.has(word)) return true;
    const plain = unaccented(word);
    return plain !== word && words.has(plain);
  },
});
/** Nouns for a person, as a regex alternation: "girl", "rancher", "veteran" ("a local veteran", "one of our steelworkers"). */
export const PERSON_NOUN =
  'girl|boy|guy|gal|lady|lass|lad|bloke|fella|chap|man|woman|kid|kiddo|child|customer|tourist|travell?er|visitor|pensioner|twins|triplets|toddler|baby|bub|infant|newborn|teen|teenager|tween|mom|mama|mommy|mother|dad|daddy|papa|father|grandma|grandmother|grandpa|grandfather|couple(?! of)|gentleman|patient|client|regular(?!\\s+(?!(?:who|that|at|of|here|there|in|for|and|since|like|to|with|is|was|has|had|came|comes|from|mr|mrs|ms|miss|dr)(?![a-z]))[a-z])|son|daughter|husband|wife|partner|brother|sister|fiance|fiancee|mechanic|engineer|teacher|student|quarterback|qb|linebacker|striker|goalie|goalkeeper|pitcher|jockey|cyclist|climber|hiker|skier|surfer|fisherman|farmer|rancher|grazier|shearer|stockman|gardener|miner|steelworker|welder|labou?rer|tradie|carpenter|plumber|electrician|(?:bus|truck|tractor|taxi|delivery) driver|truckie|soldier|sailor|foreman|trucker|lineman|swimmer|runner|athlete|player|skateboarder|star|member|chief|veteran|coach|(?<!(?<![a-z])(?:health|healthcare|health care|care|support|social|key|outreach|lay|community health) )worker|(?<!(?<![a-z])(?:privacy|compliance|protection|complaints?|liaison|safeguarding|information|governance|experience|executive|operating|finance|financial) )officer|firefighter|marathoner|grader|champ|hero|owner|senior|retiree|mama-to-be|mom-to-be|little one|little guy|little girl|little boy|little man|sweetheart|cutie|neighbor|neighbour';

export const FIRST_NAMES = withoutAccents(new SortedWords(firstNames.terms));
export const AMBIGUOUS_FIRST_NAMES = withoutAccents(new SortedWords(ambiguousFirstNames.terms));

/** Health terms by kind; any of them tied to a specific person is health information. */
export const HEALTH_LISTS = {
  condition: new PhraseList(conditions.terms),
  symptom: new PhraseList(symptoms.terms),
  procedure: new PhraseList(procedures.terms),
  medication: new PhraseList(medications.terms),
} as const;
export type HealthKind = keyof typeof HEALTH_LISTS;

/**
 * Single health words, so drug and condition names are never taken for people ("Ozempic"). Looked up in the sorted
 * lists themselves (tests/unit/lexicons.test.ts keeps them sorted): a Set of their terms took about 2 ms of a cold start.
 */
export const HEALTH_WORD = remembering((word) => !word.includes(' ') && (inSorted(conditions.terms, word) || inSorted(procedures.terms, word) || inSorted(medications.terms, word)));

export const BODY_PARTS = new PhraseList(bodyParts.terms);

// Well-known people who have spoken in public about their health. The phrase list is built on the first
// capitalised word that can open one of the names, so most messages (and every cold start) never pay for it.
// Whether one of the names opens with the word: it is a name, or the first name from "word " on in the sorted list
// starts with it (looked up in place: a Set of the first words cost half a millisecond of every cold start).
const opensPublicName = remembering(
  (word) => !word.includes(' ') && (inSorted(publicFigures.terms, word) || (publicFigures.terms[firstAtOrAfter(publicFigures.terms, `${word} `)]?.startsWith(`${word} `) ?? false)),
);
let publicFigureList: PhraseList | undefined;
/** Words of a well-known public figure's name starting at words[i] ("Nick Jonas", "Beyoncé"), or 0. */
export function publicFigureAt(ws: readonly Pick<Word, 'lower' | 'joined' | 'listed'>[], i: number): number {
  if (!opensPublicName.has(ws[i].lower.replace(/'s$/, ''))) return 0;
  return (publicFigureList ??= new PhraseList(publicFigures.terms)).matchAt(ws, i);
}
export const JARGON = new PhraseList(jargon.terms.filter((t) => !unicode`[^\p{L}\p{N} '-]`.test(t)));
/** Jargon written with symbols ("c/o", "a&o"), which word matching cannot see. */
export const JARGON_SYMBOLS: readonly string[] = jargon.terms.filter((t) => /[/&]/.test(t));
export const EMERGENCY_SIGNS = new PhraseList(emergencySigns.terms);
/** Media words; emoji in the list are matched separately since they are not words. */
export const MEDIA_WORDS = new PhraseList(mediaTerms.terms.filter((t) => hasLetter(t)));
export const MEDIA_EMOJI = mediaTerms.terms.filter((t) => !hasLetter(t));

/**
 * Emergency numbers as a pattern's alternatives, one list for every rule that reads a call for help: 911 (US,
 * Canada), 999 (UK, Ireland), 112 (Europe, any mobile), 000 (Australia), 111 (New Zealand's emergency number and
 * the NHS's urgent line: a redirect either way).
 */
export const EMERGENCY_NUMBERS = '911|999|112|000|111';

/**
 * Phone and web services that give health advice, by country, as a pattern's alternatives: a reply that sends
 * someone to one has redirected them (NZ Healthline, Australia's healthdirect and Nurse-On-Call, BC's HealthLink 811,
 * Ontario's Health811, NHS 111 and NHS inform, poison centres, crisis lines).
 */
export const HELPLINES = "healthline|health ?direct|healthlink(?: bc)?|health ?811|811|telehealth(?: ontario)?|nurse[- ]on[- ]call|nurse line|nhs 111|nhs inform|nhs direct|poison control|poisons? (?:information|info|help) ?(?:centre|center|line)?|poisons? cent(?:re|er)|lifeline|beyond blue|kids helpline|samaritans|crisis (?:text )?line|988|13 ?11 ?26|13 ?11 ?14|1800 ?022 ?222";

// Everyday English words, compromise's surnames and its places and organisations, all as data
// (scripts/build-compromise-lexicons.mjs): loading compromise itself would cost every cold start
// of the service worker about 250 ms.
const COMMON_WORDS = new SortedWords(commonWords.terms);
const LAST_NAMES = new SortedWords(lastNames.terms);
const PLACES = new SortedWords(places.terms);

/** True for a known English word that is not (also) a name: such capitalised words need stronger evidence. */
export function isCommonWord(lower: string): boolean {
  return (COMMON_WORDS.has(lower) || COMMON_EXTRA.has(lower)) && !FIRST_NAMES.has(lower) && !LAST_NAMES.has(lower);
}

/** True for a surname compromise's lexicon knows. */
export function isLastName(lower: string): boolean {
  return LAST_NAMES.has(lower);
}

/** True for a place, organisation or team ("portland", "ymca"). */
export function isPlace(lower: string): boolean {
  return PLACES.has(lower);
}

// Words missing from the word lists but never names in this setting.
const COMMON_EXTRA = new Set([
  'thanks', 'thx', 'ty', 'congrats', 'congratulations', 'hi', 'hey', 'hello', 'yay', 'wow', 'omg', 'lol', 'aww', 'aw',
  'everyone', 'everybody', 'all', 'folks', 'friends', 'team', 'there', 'guys', "y'all", 'yall', 'fam', 'neighbors',
  // Groups a post is addressed to: "Blokes, it's OK to not be OK".
  'blokes', 'gents', 'peeps', 'neighbours', 'whanau', 'whānau', 'parents', 'mums', 'dads',
  'bayview', 'urgent', 'care', 'welcome', 'swipe', 'shoutout', 'pov', 'tip', 'reminder', 'update', 'heads', 'anytime',
  // Job titles that sign a post ("— Marc, Physiotherapist") and that the everyday list lacks.
  ...['physio', 'physiotherapist', 'podiatrist', 'optician', 'audiologist', 'chiropractor', 'orthodontist', 'dermatologist',
    'midwife', 'paramedic', 'nutritionist', 'radiographer', 'sonographer', 'osteopath', 'phlebotomist', 'counsellor',
    'counselor', 'psychiatrist', 'paediatrician', 'pediatrician', 'gp'].flatMap((t) => [t, t + 's']),
]);
