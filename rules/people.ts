// Who a message talks about: names, @handles, initials, family names, and the words that point at one
// specific person ("she", "your son", "a 44-year-old mechanic"). compromise's name detection misses
// many first names and lowercase names, so names come from a first-name list, capitalisation,
// the addressee position of a reply ("Thanks, Phil!") and titles ("Mrs. Tran"), with word lists
// (SCOWL's and compromise's lexicon) telling ordinary words, surnames and places apart.
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, HEALTH_LISTS, HEALTH_WORD, isCommonWord, isLastName, isPlace, PERSON_NOUN, publicFigureAt } from './vocabulary';
import { unleet } from './normalize';
import { hasLetter, startsUpper, tests, unaccented, unicode, type Span, type Word } from './text';
import { execWhole, holds, testWhole } from './required-words';

export type PersonRole = 'patient' | 'staff' | 'provider' | 'public' | 'organisation';

export interface PersonMention extends Span {
  kind: 'name' | 'handle' | 'family' | 'initials';
  text: string;
  role: PersonRole;
  /** Why this is taken for a name, in plain words. */
  how: string;
  /** The name of the person a reply or greeting speaks to ("Thanks, Phil!"). */
  addressee?: boolean;
  sentence: number;
}

/** Names the practice said are never identifiers, and its own name's words. */
export interface KnownNames {
  /** Lower-case full names and their name words ("dr. anita patel", "anita", "patel"). */
  staff: ReadonlySet<string>;
  /** Lower-case words of the practice's name and website, to recognise its own @handle. */
  practiceWords: readonly string[];
  /** Name words of the staff the policy lists with a clinical title or credential ("Dr. Hart", "Nurse Tessa", "Ana Ruiz, RN"). */
  clinicians: ReadonlySet<string>;
  /** Towns of the practice's sites, read from its address and mailboxes ("Wanaka", "bourke@…"): places, not people. */
  places: ReadonlySet<string>;
}

// Staff roles written as a title ("Physio Sam", "hygienist maria"): the word after one names a person only when it is
// no everyday word ("Pharmacist Consultations") or a staff name the policy lists.
const ROLE_TITLES = new Set(['physio', 'hygienist', 'midwife', 'pharmacist', 'tech', 'receptionist', 'dentist', 'counsellor', 'counselor', 'pa']);
const TITLES = new Map<string, PersonRole>([
  ['mr', 'patient'], ['mrs', 'patient'], ['ms', 'patient'], ['miss', 'patient'], ['mx', 'patient'],
  ['coach', 'patient'], ['principal', 'patient'], ['grandma', 'patient'], ['grandpa', 'patient'], ['granny', 'patient'],
  ['aunt', 'patient'], ['auntie', 'patient'], ['uncle', 'patient'], ['pastor', 'patient'], ['officer', 'patient'],
  ['sgt', 'patient'], ['captain', 'patient'], ['professor', 'patient'], ['prof', 'patient'], ['rev', 'patient'],
  ['dr', 'provider'], ['dra', 'provider'], ['dre', 'provider'], ['doctor', 'provider'], ['nurse', 'provider'], ['np', 'provider'], ['therapist', 'provider'],
  ...[...ROLE_TITLES].map((t): [string, PersonRole] => [t, 'provider']),
  ['mayor', 'public'], ['governor', 'public'], ['senator', 'public'], ['president', 'public'], ['councilman', 'public'],
  ['councilwoman', 'public'], ['councilmember', 'public'], ['commissioner', 'public'], ['judge', 'public'],
  ['representative', 'public'], ['congressman', 'public'], ['congresswoman', 'public'], ['secretary', 'public'],
  ['gov', 'public'], ['sen', 'public'], ['rep', 'public'], ['prince', 'public'], ['princess', 'public'], ['king', 'public'],
  ['queen', 'public'], ['duke', 'public'], ['duchess', 'public'], ['pope', 'public'],
  // Honorifics other languages put before a name ("Encik Zulhilmi", "Nenek Halimah", "Tita Bing", "Frau Weber"; not those
  // that are first names too, "Don", "Lola", "Tuan", "Tito", "Doña": a title alone names nobody).
  ...['aunty', 'encik', 'puan', 'cik', 'haji', 'hajah', 'datuk', 'dato', "dato'", 'datin', 'tok', 'nenek', 'atuk', 'opah', 'pakcik',
    'makcik', 'tita', 'lolo', 'kuya', 'manang', 'manong', 'señor', 'señora', 'sra', 'herr', 'frau', 'monsieur', 'madame', 'mme',
    'signora', 'signor'].map((t): [string, PersonRole] => [t, 'patient']),
]);
// Words in front of a first name that mark a child or a nickname ("little Priya", "baby Finn").
const ENDEARMENTS = new Set(['little', 'lil', 'baby', 'sweet', 'brave', 'tiny', 'big', 'twins', 'twin', 'triplets']);
// Descriptions of public figures: their own public statements are not patient information.
const PUBLIC_DESCRIPTORS = /\b(olympic|olympian|nba|nfl|mlb|nhl|wnba|mls|pga|celebrity|actor|actress|singer|rapper|senator|governor|gov|mayor|president|congress\w*|state health officer|surgeon general|author|journalist|reporter|anchor|pitcher|quarterback|qb|linebacker|goalie|shortstop|point guard|musician|comedian|influencer|tv host|talk show host|pop star|rock star|movie star|film star|tv star|country star|superstar|weatherman|news anchor|sir|dame|king|queen|prince|princess|duke|duchess|presenter|broadcaster|striker|midfielder|defender|winger|goalkeeper|footballer|cricketer|batsman|bowler|boxer|athlete|sprinter|golfer|jockey|cyclist|swimmer|tennis star|mp|minister|first minister|prime minister)\b/;
// "NBA superstar LeBron James", "Olympic gymnast Simone Biles": the description right before the name. "This month's
// Superstar Smile goes to Maisie" gives the name a prize, not a public role.
function describedAsPublic(lead: string): boolean {
  const m = execWhole(PUBLIC_DESCRIPTORS, lead);
  return m !== null && !/(?:^|\s)(?:to|goes|went|for|award|awarded|prize|winner|is|was)(?:\s|$)/.test(lead.slice(m.index + m[0].length));
}
// "Michael Phelps, the most decorated Olympian in history,": a public role set off after the name.
// ("Hubert, our resident crossword king": a title among the residents, not a public role.)
const PUBLIC_APPOSITIVE = new RegExp(`^(?:'s)?, (?:the |a |an |our |former |retired )?(?!(?:[a-z-]+ ){0,3}?(?:residents?|patients?|clients?|regulars?) )(?:[a-z-]+ ){0,4}?${PUBLIC_DESCRIPTORS.source}`);
// Openers after which a capitalised word is the person addressed ("Thanks, Phil!", "Hi Luis!").
// Thanks in other languages: they greet the name after them ("Merci Mélanie!", "Diolch, Seren").
const FOREIGN_THANKS_WORDS = 'merci|gracias|danke|grazie|obrigad[oa]|diolch|kiitos|mahalo|arigato|shukran|asante|spasibo';
// ("Aw thanks Bernadette": an interjection may come first.)
const VOCATIVE_OPENERS = new RegExp(`^(?:(?:aw+|aww+|oh|ah|ahh|wow|yay|ooh|omg)[!,]? )?(?:(?:great|good|nice|so good|lovely) (?:seeing|to see|meeting) you(?: (?:today|yesterday|tonight|again|this morning|this week|last week|on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?)?|hi|hey|hello|heya|thanks(?: so much| a million| a lot| a bunch| heaps| loads| again| very much)?|thank you(?: so much| very much| again)?|thx|ty|${FOREIGN_THANKS_WORDS}|merci beaucoup|muchas gracias|danke schön|dank je|dziękuję|ta|congrats|congratulations|welcome|dear|happy birthday|happy \\d+(?:st|nd|rd|th)|happy|good morning|morning|bye|cheers|aww|aw|oh|yay|go|love you|we love you|miss you|so proud of you|proud of you|great seeing you|good seeing you|nice seeing you|great to see you|good to see you)[,!\\s]+$`);
const FOREIGN_THANKS = new RegExp(`^(?:${FOREIGN_THANKS_WORDS})$`);
// Words before a name that single out one person ("tell Mateo", "shoutout to Alisha").
const POINTING = /(?:^|\s)(?:tell|ask|remind|meet|adore|happy (?:\d+(?:st|nd|rd|th)|birthday|bday|anniversary) to|happy \d+(?:st|nd|rd|th) birthday to|congrats to|congratulations to|shoutout to|shout out to|shout-out to|props to|kudos to|thanks to|thank you to|welcome|welcoming|say hi to|give|hug|proud of|go|patient|patients)\s+$/;
// "for a local veteran, Ray Calloway": a name in apposition to a person just described.
const PERSON_APPOSITION = new RegExp(`(?:^|\\s)(?:a|an|our|the|this|that)\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,2}?(?:${PERSON_NOUN}),\\s+$`, 'u');
// "our worker Sugumaran", "my neighbour Thandi": a name right after someone's person.
const OWNED_PERSON = new RegExp(`(?:^|\\s)(?:my|our|your|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:${PERSON_NOUN})\\s+$`, 'u');
const PATIENT_BODY = /^(?:participation|reference|advisory|liaison|experience|safety|forum|panel|council|voice|voices|group|groups|partners|representatives?|champions?|ambassadors?|portal|services|charter|rights|advice|transport|relations|engagement|navigators?|coordinators?|committee|network|association|involvement|feedback|survey|day|week|month|information)$/;
// "my dad Frank", "our son Will": a relative's name, even when the word is also a word ("Will", "May").
const RELATIVE_BEFORE = /(?:^|\s)(?:my|your|our|his|her|their) (?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|brother|sister|grandson|granddaughter|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|uncle|aunt|auntie|boy|girl|baby)\s+$/;
const FAMILY_AS_MODIFIER = /^(?:medicine|medical|practice|practices|doctors?|physicians?|planning|health|support|services?|centres?|centers?|court|law|day|fun|room|hub|nurses?|clinic|clinics)$/;
const FAMILY_NOUNS = /^(?:family|families|twins|triplets|quads|kids|boys|girls|household|clan|crew|siblings|sisters|brothers)$/;
// "Serena Williams has spoken openly about…": someone telling their own story in public.
const SPOKE_PUBLICLY = /^(?: [a-z'-]+)?(?:'s?)?,? (?:who |has |have |had |recently |this week |bravely )*(?:spoken|spoke|speaks|talked|talks|written|wrote|writes|posted) (?:(?:so |very )?(?:openly|publicly|candidly|honestly)|out|on (?:national |live |local |breakfast )?(?:radio|tv|television|telly)|on (?:his|her|their) (?:podcast|show|channel|blog)|in an? (?:interview|podcast|documentary|memoir|column)|(?:this week |recently |today |last week |on tv |on air )?about (?:(?:his|her|their) )?(?:living with|life with|battle|diagnosis|struggle|journey|experience))(?![a-z])|^(?: [a-z'-]+)?(?:'s?)?,? (?:who |has |have |had |recently |this week |bravely )*(?:shared|announced|revealed|disclosed|said publicly) (?:that|(?:his|her|their) (?:diagnosis|story|news|journey))(?![a-z])|^(?: [a-z'-]+)?(?:'s?)?,? (?:who |has |recently )*(?:went|gone) public(?![a-z])|^(?: [a-z'-]+)?(?:'s?)?,? (?:being|who is|who was|was|is|has been) (?:so |very |really )?(?:open|candid|honest|public) (?:for (?:years|a long time|decades) )?about(?![a-z])|^(?: [a-z'-]+)?(?:'s?)?,? (?:has |have )?(?:written|wrote|writes) (?:openly |publicly |movingly |honestly )?about (?:developing|having|being diagnosed|living|(?:his|her|their) )|^(?: [a-z'-]+)?(?:'s?)?,? (?:has |have )?done more than (?:almost |nearly |just about )?anyone(?![a-z])|^(?: [a-z'-]+)?(?:'s?)?,? (?:who |has |have |had |is |was |has been )*(?:(?:done|doing) (?:[a-z]+ ){0,2}work |been )?(?:campaign(?:s|ed|ing)? (?:for|on|about)|rais(?:e|es|ed|ing) awareness|getting (?:everyone|people|the (?:nation|country|world)|us all|women|men) talking|champion(?:s|ed|ing)|advocat(?:e|es|ed|ing) for)(?![a-z])/;
// "Jordan from our front desk", "Ama in billing": a name the practice places in its own team.
const STAFF_AFTER = /^(?:'s)?,? (?:from|at|in|on|of) (?:our|the) (?:front desk|reception|billing|office|admin|phones|pharmacy|lab|practice team|team)(?![a-z])|^,? (?:our|the practice's) (?:new |lead |senior |head |own )?(?:physio|physiotherapist|nurse|doctor|gp|receptionist|practice manager|manager|hygienist|dentist|midwife|pharmacist|therapist|counsell?or|optician|optometrist|audiologist|podiatrist|chiropractor|team member|colleague)(?![a-z])|^ (?:in|from) (?:billing|reception|admin)(?![a-z])/;
// Each holds one of these words: looking for them first keeps the long patterns from compiling on every first name.
const SPOKE_WORD = /spok|speak|talk|writ|wrote|posted|shared|announced|revealed|disclosed|public|open|candid|honest|more than|campaign|awareness|champion|advocat/;
const spokePublicly = (after: string) => SPOKE_WORD.test(after) && holds(SPOKE_PUBLICLY, after);
const STAFF_AFTER_WORD = /^(?:'s)?,? (?:from|at|in|on|of|our|the) /;
const staffAfter = (after: string) => STAFF_AFTER_WORD.test(after) && holds(STAFF_AFTER, after);
const NOT_INITIALS = new Set(['am', 'pm', 'us', 'uk', 'dc', 'eg', 'ie', 'nb', 'ok', 'tv', 'md', 'do', 'np', 'pa', 'rn', 'er', 'bc', 'ad', 'nw', 'ne', 'sw', 'se', 'st', 'dr', 'mr', 'ms', 'jr', 'sr', 'ft', 'lb', 'oz', 'vs']);

const PLACE_SUFFIX = /^(?:elementary|middle|high|school|academy|library|hospital|clinic|center|centre|park|street|st|avenue|ave|road|rd|boulevard|blvd|lane|county|counties|city|club|university|college|church|marina|bakery|cafe|market|mall|hall|field|stadium|arena|ymca|foundation|institute|health|medical|dental|pharmacy|bridge|beach|lake|river|valley|heights|village|town|township|falls|office|team|department|dept|services|desk|helpline|programme|program|bear|bears)$/;
// "our Charlotte urgent care": after the name, what names a site of the practice.
// (Past other towns listed with it: "our Katherine and Whyalla GPs".)
const SITE_WORDS = 'urgent care|walk-in|clinics?|offices?|practice|surgery|location|site|branch|team|hospital|centre|center|pharmacy|campus|unit|lab|hub|gps|doctors|nurses|dentists|midwives|physios|clinicians|staff';
const SITE_AFTER = new RegExp(`^(?:,? (?:and|&|or) [a-z-]+)? (?:${SITE_WORDS}|waiting room|reception)(?![a-z])`);
// A site word straight after a town with no "our" or "the" ("Masterton clinic"); not "team" ("Thanks Katherine team" greets her).
const BARE_SITE_AFTER = /^ (?:urgent care|walk-in|clinic|surgery|practice|hospital|pharmacy|branch|campus)(?![a-z])/;
// A state or territory after a comma ("Katherine, NT", "Deming, NM"); not MD or PA, which are also a doctor's letters.
const STATE_AFTER = new RegExp(String.raw`^, (?:NSW|QLD|Qld|VIC|Vic|TAS|Tas|SA|WA|NT|ACT|NZ|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|ON|BC|AB|MB|SK|QC|NS|NB|NL|PE)(?![\p{L}])`, 'u');

const LIST_GAP = /^(?:, | (?:and|or|&) |, (?:and|or) )$/;
const SITE_NEAR_AFTER = new RegExp(`^(?: [a-z&-]+)? (?:${SITE_WORDS})(?![a-z])`);
const DATE_AFTER = /^:? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d/;
/** The practice's own town named as a site: a site word a word or two after it ("Yuma PT clinics"), or a date ("Yuma Oct 4"). */
function ownTownBySurroundings(text: string, ws: readonly Word[], i: number): boolean {
  const after = text.slice(ws[i].end, ws[i].end + 30).toLowerCase();
  return SITE_NEAR_AFTER.test(after) || DATE_AFTER.test(after);
}
/**
 * A capitalised word its surroundings make a town: a site word after it, a state after it, a town the word lists know
 * listed with it ("at Perth, Katherine or Broome"), or "in" before it at the end of a clause ("…in Katherine.").
 */
function townBySurroundings(text: string, ws: readonly Word[], i: number, sentenceStart: number, known: KnownNames): boolean {
  const w = ws[i];
  const after = text.slice(w.end, w.end + 24);
  if (BARE_SITE_AFTER.test(after.toLowerCase()) || STATE_AFTER.test(after)) return true;
  // (Only towns a list knows: an unknown word may be a name, "Torsten, Sione read this".)
  const town = (x: Word | undefined) => x !== undefined && isCapitalised(x.text) && !FIRST_NAMES.has(stripPossessive(x.lower)) && (isPlace(stripPossessive(x.lower)) || known.places.has(stripPossessive(x.lower)));
  // Listed, with a list on both sides of it: "at Perth, Katherine or …", not "in Tuam, Siobhán sorted my back".
  const listedBefore = i > 0 && LIST_GAP.test(text.slice(ws[i - 1].end, w.start)) && town(ws[i - 1]) && /^(?:,| and | or | &|\s*[.!?;]|\s*$)/.test(after);
  const listedAfter = LIST_GAP.test(text.slice(w.end, ws[i + 1]?.start ?? w.end)) && town(ws[i + 1]) && /(?:^|\s)(?:in|at|from|to|across|around|near)\s$/i.test(text.slice(Math.max(sentenceStart, w.start - 8), w.start));
  if (listedBefore || listedAfter) return true;
  return /(?:^|\s)in $/.test(text.slice(Math.max(sentenceStart, w.start - 4), w.start)) && /^\s*(?:[.!?;,]|$)/.test(after);
}
// "Ann Arbor", "Coral Springs": a town whose name ends like one (not "Grace Park", a surname too).
const TOWN_END = /^(?:arbor|harbor|harbour|springs|heights|hills|falls|junction|crossing|creek|bay)$/;

// Days and months are in some first-name lists ("Tuesday", "April") but are never names here.
const PEOPLES_AFTER = /^(?:people|peoples|communities|community|families|women|men|children|youth|elders|patients|residents|australians|canadians|americans)$/;
const LANGUAGES_BEFORE = new RegExp(String.raw`(?:speaks?|speaking|fluent in|languages?:?|interpreters? (?:in|for)|translated into)(?: (?:\p{L}+,|\p{L}+ and|\p{L}+ or|and|or))* $`, 'u');
const CALENDAR_WORD = /^(?:lunar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday|halloween|christmas|xmas|thanksgiving|easter|hanukkah|chanukah|diwali|kwanzaa|passover|ramadan|eid|valentine|valentines|juneteenth|memorial|labor|labour|independence|st|new)$/;
// Words that can follow a title without being a name ("Coach of the Year", "Nurse Practitioner").
/** Words a practice's name may begin with that say nothing of which practice it is. */
const GENERIC_PRACTICE_WORD = /^(?:the|family|health|medical|dental|community|general|city|county|north|south|east|west|central|st|saint|new)$/;
const NOT_A_NAME = /^(?:the|a|an|of|and|or|in|at|on|for|to|is|was|practitioner|appreciation|week|day|month|year|team|staff|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// ("FeverPAIN", "CentOR": a score or brand written in mixed case is no name.)
const isCapitalised = (w: string) => startsUpper(w) && !unicode`^\p{Lu}{2,}$`.test(w) && !unicode`\p{Ll}\p{Lu}{2,}`.test(w);
const stripPossessive = (w: string) => w.replace(/'s$/i, '');
const HYPHEN_REST = new RegExp(String.raw`^-\p{L}+`, 'u');
/** The hyphened rest of a name that ends at `at` ("-Ann" in "Kerri-Ann", "-jin" in "Hye-jin"), or ''. */
const hyphenRestAt = (text: string, at: number) => HYPHEN_REST.exec(text.slice(at, at + 20))?.[0] ?? '';

/** Names, handles, initials and family names in one sentence. `text`/`lower` are the whole normalized message. */
export function findPeople(text: string, ws: readonly Word[], known: KnownNames, opts: { replyStart: boolean }): PersonMention[] {
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  const add = (m: PersonMention, from: number, to: number) => {
    // "Kerri-Ann", "Mary-Jane": the hyphened rest of a name belongs to it.
    // ("Hye-jin", "Eun-ji": a lower-case rest too, when the whole is a name the policy or the name lists know.)
    const hyphened = m.kind === 'name' ? hyphenRestAt(text, m.end) : '';
    const whole = hyphened ? (m.text.split(/\s+/).pop()! + hyphened).toLowerCase() : '';
    if (hyphened && ws[to + 1]?.start === m.end + 1 && (unicode`^-\p{Lu}\p{L}`.test(hyphened) || known.staff.has(whole) || FIRST_NAMES.has(whole))) {
      m = { ...m, end: m.end + hyphened.length, text: m.text + hyphened };
      to++;
    }
    for (let k = from; k <= to; k++) taken.add(k);
    out.push(m);
  };
  const sentence = ws.length ? ws[0].sentence : 0;
  const sentenceStart = ws.length ? ws[0].start : 0;

  for (let i = 0; i < ws.length; i++) {
    if (taken.has(i)) continue;
    const w = ws[i];
    const before = text.slice(i > 0 ? ws[i - 1].end : sentenceStart, w.start);

    // @handles: a person's handle unless it is the practice's, staff's or an organisation's.
    if (w.text.startsWith('@')) {
      add({ start: w.start, end: w.end, kind: 'handle', text: w.text, role: handleRole(w.text, known), how: `the handle ${w.text}`, sentence }, i, i);
      continue;
    }
    if (w.text.startsWith('#')) continue;
    // "Flublok®", "Tamiflu™": a registered brand, nobody's name.
    if (/^[®™]/.test(text.slice(w.end, w.end + 1))) continue;

    // "Nick Jonas", "Beyoncé": a well-known person who has spoken about their health in public.
    const famous = isCapitalised(w.text) ? publicFigureAt(ws, i) : 0;
    if (famous > 0 && text.slice(w.end, ws[i + famous - 1].start).split(' ').length === famous) {
      const last = i + famous - 1;
      const span = ws.slice(i, last + 1).map((x) => x.text).join(' ');
      const nameWords = ws.slice(i, last + 1).map((x) => stripPossessive(x.lower));
      add({ start: w.start, end: ws[last].end, kind: 'name', text: span, role: isStaff(span, nameWords, known) ? 'staff' : 'public', how: `the public figure "${span.replace(/'s$/i, '')}"`, sentence }, i, last);
      i = last;
      continue;
    }

    // Family names: "the Ramirez family", "the Nguyen triplets".
    // ("the Ontario family medicine conference": family medicine, not a family.)
    if (isCapitalised(w.text) && i + 1 < ws.length && FAMILY_NOUNS.test(ws[i + 1].lower) && i > 0 && ws[i - 1].lower === 'the' && !isCommonWord(w.lower) && !known.staff.has(w.lower) && !(ws[i + 1].lower === 'family' && FAMILY_AS_MODIFIER.test(ws[i + 2]?.lower ?? ''))) {
      add({ start: ws[i - 1].start, end: ws[i + 1].end, kind: 'family', text: `the ${w.text} ${ws[i + 1].text}`, role: 'patient', how: `the family name "${w.text}"`, sentence }, i - 1, i + 1);
      continue;
    }

    // Title + name: "Mrs. Tran", "Coach Dave", "Mayor Rosa Delgado", "Mrs. K".
    const title = TITLES.get(w.lower.replace(/\.$/, ''));
    const next = ws[i + 1];
    const gap = next ? text.slice(w.end, next.start) : '';
    if (title && next !== undefined && (gap === ' ' || gap === '. ' || gap === '.') && !NOT_A_NAME.test(next.lower) && !TITLES.has(next.lower) && namedAfterTitle(w, title, next, known)) {
      let last = i + 1;
      while (last + 1 < ws.length && isCapitalised(ws[last + 1].text) && !isCommonWord(stripPossessive(ws[last + 1].lower)) && text.slice(ws[last].end, ws[last + 1].start) === ' ') last++;
      const span = ws.slice(i, last + 1).map((x) => x.text).join(' ');
      const nameWords = ws.slice(i + 1, last + 1).map((x) => stripPossessive(x.lower));
      const role: PersonRole = isStaff(span, nameWords, known, text.slice(ws[last].end, ws[last].end + 20)) ? 'staff' : title;
      // "Dear Mr Haddad": the person the reply answers.
      const addressee = greetedAfter(wordsBefore(text, ws, i));
      add({ start: w.start, end: ws[last].end, kind: 'name', text: span, role, how: `"${w.text}" before a name${addressee ? ' addressing someone' : ''}`, addressee, sentence }, i, last);
      continue;
    }

    // Initials: "J.T.", "K. Morrison" (the words are split at dots, so read the text).
    // (Read for a one-letter word only.)
    const initials = w.text.length === 1 ? unicode`^(?:\p{Lu}\.\s?){1,3}(?:\p{Lu}[\p{Ll}]+|\p{Lu}\.?)?`.exec(text.slice(w.start, w.start + 30)) : null;
    // ("F.A.S.T.", "R.I.C.E.": four letters or more spelled with dots are a mnemonic, not someone's initials.)
    if (initials && !unicode`[\p{L}\p{N}&/+]`.test(text[w.start - 1] ?? '') && !unicode`^(?:\p{Lu}\.){4,}`.test(text.slice(w.start, w.start + 30)) && !unicode`(?:^|[^\p{L}])(?:\p{Lu}\.)+$`.test(text.slice(Math.max(0, w.start - 12), w.start)) && /\./.test(initials[0]) && initials[0].replace(/[\s.]/g, '').length >= 2) {
      const letters = initials[0].replace(/[\s.]/g, '').toLowerCase();
      // "vitamin D. The NHS…", "-15°F. Early signs…": a letter that ends a sentence, before an everyday word.
      const afterUnit = /(?:\d|°|vitamin|hepatitis|type|plan|grade|stage|level|group|class|phase|part|section) ?$/i.test(text.slice(Math.max(0, w.start - 10), w.start));
      const sentenceEnd = (unicode`^\p{Lu}\.\s\p{Lu}\p{Ll}+$`.test(initials[0].trim()) && (isCommonWord(letters.slice(1)) || afterUnit)) || (afterUnit && unicode`^\p{Lu}\.\s`.test(initials[0]) && !unicode`^\p{Lu}\.\s?\p{Lu}\.`.test(initials[0]));
      if (!NOT_INITIALS.has(letters) && !sentenceEnd) {
        const end = w.start + initials[0].trimEnd().length;
        let last = i;
        while (last + 1 < ws.length && ws[last + 1].start < end) last++;
        add({ start: w.start, end, kind: 'initials', text: initials[0].trim(), role: 'patient', how: `the initials "${initials[0].trim()}"`, sentence }, i, last);
        continue;
      }
    }

    if (HEALTH_WORD.has(w.lower)) continue; // "Ozempic, Wegovy…" are drugs, not people
    // "NOLA", "KIDS", "ASAP" in a sentence written in lower case: an acronym or a shout, not a name.
    if (unicode`^\p{Lu}{3,}(?:'S)?$`.test(w.text) && ws.some((x) => unicode`\p{Ll}{2}`.test(x.text))) continue;
    if (w.text !== w.lower && unicode`\p{Ll}\p{Lu}$`.test(w.text)) continue; // "MenB", "HepC": a vaccine or virus code, not a name
    // "Tommy John surgery", "Bell's palsy": a named procedure or condition, not a person.
    const healthPhrase = Math.max(HEALTH_LISTS.procedure.matchAt(ws, i), HEALTH_LISTS.condition.matchAt(ws, i));
    if (healthPhrase > 1) {
      i += healthPhrase - 1;
      continue;
    }
    // "Nova Scotia", "Prince Edward Island": a place of two or three words, whatever its first word is.
    const placeWords = isCapitalised(w.text) ? placeNameAt(ws, i) : 0;
    if (placeWords > 1) {
      i += placeWords - 1;
      continue;
    }
    // "Nakashima-Delgado": the second half of a hyphenated name is read with the first, never as a name of its own.
    if (text[w.start - 1] === '-' && hasLetter(text[w.start - 2] ?? '')) continue;
    // A staff member the policy names is a person wherever their name is written ("shared this with Shona").
    const hyphenRest = hyphenRestAt(text, w.end);
    // ("PJ did a lap of the clinic": initials the policy lists as a staff name.)
    const staffName = (isCapitalised(w.text) || unicode`^\p{Lu}{2,3}$`.test(w.text)) && (known.staff.has(stripPossessive(w.lower)) || (hyphenRest !== '' && known.staff.has((w.lower + hyphenRest).toLowerCase()))) ? { how: `the staff name "${w.text.replace(/'s$/i, '')}"`, addressee: false } : null;
    const name = staffName ?? nameEvidence(text, ws, i, before, opts.replyStart && i <= 2);
    if (!name) continue;
    let last = i;
    // A following capitalised word that is not an ordinary word is the surname ("Mason Reyes").
    while (last + 1 < ws.length && last - i < 2 && isCapitalised(ws[last + 1].text) && !isCommonWord(stripPossessive(ws[last + 1].lower)) && !CALENDAR_WORD.test(ws[last + 1].lower) && text.slice(ws[last].end, ws[last + 1].start) === ' ') last++;
    // "Bayview Elementary", "Lincoln Park", "Teddy Bear Hospital": a place, organisation or thing, whatever the first word is.
    // ("Breathitt and Perry counties": a county's name, whatever its case.)
    if (last + 1 < ws.length && PLACE_SUFFIX.test(ws[last + 1].lower) && (isCapitalised(ws[last + 1].text) || /^count(?:y|ies)$/.test(ws[last + 1].lower))) continue;
    if (last > i && TOWN_END.test(stripPossessive(ws[last].lower))) continue;
    // "Ramsay Hunt syndrome", "Addison disease": a condition or sign named after someone, not a person.
    if (EPONYM_AFTER.test(text.slice(ws[last].end, ws[last].end + 30))) continue;
    // "Aboriginal and Torres Strait Islander people", "Pacific communities": a people, not a person.
    if (last + 1 < ws.length && PEOPLES_AFTER.test(ws[last + 1].lower) && text.slice(ws[last].end, ws[last + 1].start) === ' ' && !possessiveWord(ws[last])) continue;
    // "speaks English, Dari and Farsi": languages.
    if (LANGUAGES_BEFORE.test(text.slice(Math.max(sentenceStart, w.start - 60), w.start).toLowerCase())) continue;
    // "our office here in Hamilton": a town, whatever first-name list it is in.
    if (TOWN_BEFORE.test(text.slice(Math.max(sentenceStart, w.start - 24), w.start)) && !possessiveWord(w)) continue;
    // "San Diego", "Fort Worth", "Lake Placid", "Eau Claire": the second word of a place name.
    if (/(?:^|\s)(?:San|Santa|Los|Las|Fort|Port|Mount|Lake|El|Del|Saint|St\.?|Eau|Baton|Sault|Cape|Des) $/.test(text.slice(Math.max(sentenceStart, w.start - 8), w.start))) continue;
    // "Tallowmoss Ennis", "Greyfield Dundalk": a site named after the first word of the practice's own name.
    if (i > 0 && text.slice(ws[i - 1].end, w.start) === ' ' && ws[i - 1].lower === known.practiceWords[0] && !GENERIC_PRACTICE_WORD.test(ws[i - 1].lower) && !known.staff.has(stripPossessive(w.lower))) continue;
    // "Thanks, Portland!": a place or organisation compromise knows, unless it is also a first name ("Austin").
    if (!FIRST_NAMES.has(stripPossessive(w.lower)) && isPlace(stripPossessive(w.lower))) continue;
    // "Dust storm forecast for Bourke", "the Marfa clinic": a town the practice has a site in (its address or a mailbox).
    // (One that is also a first name after a preposition or a move, or, not possessive, before a site word a word or two
    // on or a date: "our El Centro and Yuma clinics", "Yuma PT team", "Yuma Oct 4 · El Centro Oct 11", "committed to Yuma".)
    if (last === i && known.places.has(stripPossessive(w.lower)) && (!FIRST_NAMES.has(stripPossessive(w.lower)) || /(?:^|\s)(?:in|at|from|for|near|around|across|outside|our|the|(?:moved|move|moving|relocated|relocating|committed|back|welcome|commute|commuting|drive|driving|trip|way|road|travel|travelling|traveling|coming|came|heading|headed) to) $/i.test(text.slice(Math.max(sentenceStart, w.start - 18), w.start)) || (!possessiveWord(w) && ownTownBySurroundings(text, ws, i)))) continue;
    // "our Charlotte urgent care", "the Boise team", "our Katherine and Whyalla GPs": a site of the practice, named for its town.
    if (!possessiveWord(ws[last]) && /(?:^|\s)(?:our|the) $/i.test(text.slice(Math.max(sentenceStart, w.start - 5), w.start)) && SITE_AFTER.test(text.slice(ws[last].end, ws[last].end + 40).toLowerCase())) continue;
    // "shoutout to Masterton clinic", "for Katherine, NT", "at Perth, Katherine or Broome", "meets Tuesdays in Katherine.": a town.
    if (last === i && !possessiveWord(w) && townBySurroundings(text, ws, i, sentenceStart, known)) continue;
    const nameWords = ws.slice(i, last + 1).map((x) => stripPossessive(x.lower));
    const span = ws.slice(i, last + 1).map((x) => x.text).join(' ');
    const lead = text.slice(Math.max(sentenceStart, w.start - 40), w.start);
    // "the Breakers' Luis Montoya": a team's player.
    const leadLower = lead.toLowerCase();
    // (Past a hyphened rest of the name: "Cathal Mbeki-Rourke spoke on national radio".)
    const following = text.slice(ws[last].end, ws[last].end + 80).replace(HYPHEN_REST, '').slice(0, 60).toLowerCase();
    const publicFigure = describedAsPublic(leadLower) || testWhole(PUBLIC_APPOSITIVE, following) || unicode`(?:^|\s)the \p{Lu}\p{L}+s' $`.test(lead) || spokePublicly(following);
    const role: PersonRole = isStaff(span, nameWords, known, text.slice(ws[last].end, ws[last].end + 20)) || holds(STAFF_INTRO, leadLower) || staffAfter(text.slice(ws[last].end, ws[last].end + 40).toLowerCase()) ? 'staff' : publicFigure ? 'public' : 'patient';
    add({ start: w.start, end: ws[last].end, kind: 'name', text: span, role, how: name.how, addressee: name.addressee, sentence }, i, last);
    i = last;
  }

  // Names spelled out with spaces: "M a r i a".
  for (const m of text.slice(sentenceStart, ws.length ? ws[ws.length - 1].end : sentenceStart).matchAll(/(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])(\p{L} ){2,}\p{L}(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gu)) {
    const joined = m[0].replace(/ /g, '').toLowerCase();
    if (FIRST_NAMES.has(joined)) {
      const start = sentenceStart + m.index!;
      out.push({ start, end: start + m[0].length, kind: 'name', text: m[0], role: 'patient', how: `the name "${joined}" spelled with spaces`, sentence });
    }
  }
  return out;
}

/** How many capitalised words from i make a place name the word lists know ("Nova Scotia"), or 0. */
/** The word after a title names someone ("Mrs. Tran", "Physio Dani", "dr feld", "nurse marisol"). */
function namedAfterTitle(title: Word, role: PersonRole, next: Word, known: KnownNames): boolean {
  const staffNext = known.staff.has(stripPossessive(next.lower));
  // ("pls tell dr feld thank u": after "dr", a lowercase word that is no everyday word is a surname too;
  // "shoutout nurse marisol": after any staff title, a staff name typed in lower case still is one.)
  const lowerSurname = role === 'provider' && unicode`^\p{Ll}{3,}`.test(next.text) && (staffNext || (/^dr\.?$/.test(title.lower) && unicode`^\p{Ll}+$`.test(next.text) && !isCommonWord(next.lower) && !HEALTH_WORD.has(next.lower)));
  const roleName = !ROLE_TITLES.has(title.lower) || staffNext || (!isCommonWord(stripPossessive(next.lower)) && !HEALTH_WORD.has(next.lower));
  return (startsUpper(next.text) || lowerSurname) && roleName;
}

function placeNameAt(ws: readonly Word[], i: number): number {
  for (const n of [3, 2]) {
    const words = ws.slice(i, i + n);
    if (words.length === n && words.every((x) => isCapitalised(x.text)) && isPlace(words.map((x) => stripPossessive(x.lower)).join(' '))) return n;
  }
  return 0;
}

const EPONYM_AFTER = new RegExp(String.raw`^(?:'s)?(?: \p{Lu}[\p{Ll}'-]+(?:'s)?)? (?:syndrome|disease|palsy|sign|test|procedure|manoeuvre|maneuver|reflex|phenomenon|fracture|ulcer)(?![\p{L}])`, 'u');

/** Why word i is a name, or null. */
function nameEvidence(text: string, ws: readonly Word[], i: number, before: string, nearReplyStart: boolean): { how: string; addressee: boolean } | null {
  const why = whyName(text, ws, i, before, nearReplyStart);
  return why ? { how: why, addressee: / addressing someone$/.test(why) } : null;
}

function whyName(text: string, ws: readonly Word[], i: number, before: string, nearReplyStart: boolean): string | null {
  const w = ws[i];
  const bare = stripPossessive(w.lower);
  if (CALENDAR_WORD.test(bare) || /^(?:i(?:'m|'ve|'ll|'d)?|my|me)$/.test(bare)) return null; // "Thank you, I have…", "Ask My GP"
  if (TITLES.has(bare.replace(/\.$/, ''))) return null; // "Mr and Mrs Govender": a title alone names nobody
  const possessive = w.lower !== bare;
  const capital = isCapitalised(w.text);
  // Most words: in lower case, no first name, and no digit or symbol to read as a disguised name (see below). Nothing
  // else here makes such a word a name, so the greetings and pointers before it are not read.
  if (!capital && !FIRST_NAMES.has(bare) && !/[0-9@$|]/.test(bare)) return null;
  const sentenceInitial = i === 0 || /[.!?:]\s*$/.test(before);
  // "Merci Mélanie!", "Diolch, Seren": thanks in another language opening a sentence, before the name it greets.
  if (sentenceInitial && FOREIGN_THANKS.test(bare)) return null;
  if (sentenceInitial && INTERJECTION.test(bare) && /^\s*[,!]/.test(text.slice(w.end, w.end + 3))) return null;
  const prefix = wordsBefore(text, ws, i);
  const greeted = greetedAfter(prefix) || thanksThenName(text, w) || youThenName(text, w) || closingVocative(text, w);
  // "Denise, we're sorry…": a known name opening a reply, set off by a comma or dash.
  // "Hank, aged 60, was…" is the subject of a story, not someone addressed.
  const opensReply = nearReplyStart && i === 0 && /^[,!—-]/.test(text.slice(w.end, w.end + 2).trim()) && !APPOSITIVE.test(text.slice(w.end, w.end + 16)) &&
    (FIRST_NAMES.has(bare) || isLastName(bare) || (capital && !isCommonWord(bare) && REPLY_AFTER_NAME.test(text.slice(w.end, w.end + 14))));
  // "…review of our PT team! Margaret, we're so glad your hip…": a sentence later in the text that turns to someone by name.
  const turnsTo = !opensReply && sentenceInitial && !possessive && (FIRST_NAMES.has(bare) || (capital && !isCommonWord(bare))) && TURN_AFTER_NAME.test(text.slice(w.end, w.end + 14));
  const vocative = greeted || opensReply || turnsTo;
  const relativeNamed = RELATIVE_BEFORE.test(prefix);
  // ("Modern hearing aids are tiny, Bluetooth-ready": an endearment right before the word, not across a comma.)
  // ("our Patient Participation Group": a body of the practice named after its patients, not a patient.)
  const patientBody = /(?:^|\s)patients?\s+$/.test(prefix) && PATIENT_BODY.test(bare);
  const pointed = relativeNamed || ((testWhole(POINTING, prefix) || testWhole(OWNED_PERSON, prefix)) && !patientBody) || testWhole(PERSON_APPOSITION, prefix) || (i > 0 && ENDEARMENTS.has(ws[i - 1].lower) && text.slice(ws[i - 1].end, w.start) === ' ');
  // "7am", "2nd", "10k", "3L" are times, numbers and amounts, not names in leetspeak ("7am" would read "tam").
  const decoded = /^\d+(?:am|pm|st|nd|rd|th|s|k|m|x|h|hr|hrs|min|mins|l|ml|g|kg|mg|mcg|cm|mm|km|lb|lbs|oz|ft|d|w|y|yr|yrs|wk|wks|mo)$/.test(bare) ? null : unleet(bare);

  // ("Ward 4B" is no "Ab": two characters are too few to read as a name in disguise.)
  if (decoded && decoded.length > 2 && (FIRST_NAMES.has(decoded.toLowerCase()) || AMBIGUOUS_FIRST_NAMES.has(decoded.toLowerCase()))) return `the name "${decoded}" written with digits or symbols`;
  if (FIRST_NAMES.has(bare)) {
    if (capital) return sentenceInitial && !possessive && !vocative && isCommonWord(bare) ? null : `the first name "${w.text.replace(/'s$/i, '')}"${vocative ? ' addressing someone' : ''}`;
    if (vocative || pointed || possessive) return `the first name "${bare}"${vocative ? ' addressing someone' : ''}`;
    return null;
  }
  if (AMBIGUOUS_FIRST_NAMES.has(bare)) {
    // "Grace", "Hope", "Will" are names only where a name is expected.
    // ("Ivy Featherstone's granddaughter here": before a surname, even opening a sentence.)
    const next = ws[i + 1];
    const nextBare = next ? stripPossessive(next.lower) : '';
    const surnameNext = next !== undefined && text.slice(w.end, next.start) === ' ' && isCapitalised(next.text) && !isCommonWord(nextBare) && !isPlace(nextBare) &&
      (isLastName(nextBare) || (possessiveWord(next) && KIN_AFTER.test(text.slice(next.end, next.end + 16).toLowerCase())));
    if (capital && (vocative || pointed || surnameNext || (possessive && !sentenceInitial)) && (relativeNamed || !/^(?:may|june|april|august|march|will|hope|joy)$/.test(bare))) return `the name "${w.text.replace(/'s$/i, '')}"${vocative ? ' addressing someone' : ''}`;
    return null;
  }
  // "Aoibhinn's care is being reviewed": an unknown word whose care or recovery is spoken of is someone's name.
  if (capital && possessive && !isCommonWord(bare) && !isPlace(bare) && CARE_AFTER_OWNER.test(text.slice(w.end, w.end + 24).toLowerCase())) return `the name "${w.text.replace(/'s$/i, '')}"`;
  // Unknown capitalised words are names where only a name fits: "Hi Tanya!", "Denise, we're sorry…".
  if (capital && !isCommonWord(bare) && (vocative || (pointed && !sentenceInitial) || (isLastName(bare) && !sentenceInitial))) {
    return vocative ? `"${w.text}" addressing someone` : `the name "${w.text.replace(/'s$/i, '')}"`;
  }
  return null;
}

const CARE_AFTER_OWNER = /^ (?:(?:recent|latest|last|next|ongoing|follow-up) )?(?:[a-z-]+ )?(?:care|treatment|appointment|appt|surgery|operation|results?|recovery|referral|prescription|scans?|x-rays?|falls?|diagnosis|medications?|meds|therapy|check-?up|stay|admission|discharge|procedure|consultation|review|vaccinations?|jabs?|dialysis|chemo|chemotherapy|infusions?|radiotherapy|physio|sessions?|injections?|bloods)(?![a-z])/;

/** Up to four words before word i, lower-cased. */
function wordsBefore(text: string, ws: readonly Word[], i: number): string {
  return text.slice(i > 0 ? ws[Math.max(0, i - 4)].start : ws[i].start, ws[i].start).toLowerCase();
}

/** The words before a name greet its owner ("Hi", "Dear", "Thank you so much,") within the same sentence. */
const greetedAfter = (prefix: string) => tests(VOCATIVE_OPENERS, prefix.replace(/^.*[.!?]\s*/, ''));

// ("8,000 video consultations in Kerry", "farmers in rural Kerry", "across Kerry": things and people in a place.)
const TOWN_BEFORE = /(?:(?:^|\s)(?:in|across|around|throughout|from|back to|out to|up to) the|here in|there in|located in|based in|down in|up in|out in|in downtown|downtown|outside of|(?:office|clinic|practice|surgery|offices|clinics|practices|location|branch|service|care|dentist|doctor|gp|physio|pharmacy|hospital|centre|center|support|help|appointment|somewhere|anywhere|anyone|someone) in|(?<![a-z])[a-z]{3,}s in|in (?:rural|remote|county|north|south|east|west|northern|southern|eastern|western|central|inner-city|downtown)|(?<![a-z])(?:across|throughout|all over|around)) $/i;
// "our caretaker Stan", "the receptionist, Jade,": a name the practice introduces by its job is one of its people.
const STAFF_INTRO = /(?:^|\s)(?:our|the|your) (?:[a-z-]+ )?(?:receptionists?|caretaker|nurses?|hygienists?|practice manager|manager|dentists?|doctors?|gps?|physios?|physiotherapists?|therapists?|admin|administrator|colleagues?|team members?|staff members?|volunteers?|cleaners?|pharmacists?|midwife|midwives|health visitors?|dental nurses?|assistants?|opticians?|optometrists?|audiologists?|podiatrists?|chiropractors?|counsell?ors?|care assistants?|carers?|secretary|apprentice|trainee|registrar|partner|surgeon|paramedic|coordinator|co-ordinator),? $/;
const KIN_AFTER = /^ (?:(?:grand)?(?:daughters?|sons?|child|children|kids?)|wife|husband|partner|mum|mom|dad|niece|nephew|family|carer|sister|brother)(?![a-z])/;
const possessiveWord = (w: Word) => /'s$/i.test(w.text);
// ("Hi, thanks for your feedback": a greeting word that is also in the name lists, greeting nobody by name.)
const INTERJECTION = /^(?:hi|hey|hello|hiya|heya|howdy|yo|oh|ah|aw|aww|ag|ok|okay|yes|yep|yeah|no|nope|sure|well|wow|sorry|thanks|cheers|welcome|congrats|morning|evening)$/;
const APPOSITIVE = new RegExp(String.raw`^,\s*(?:aged?|a|an|the|our|my|who|whose|\d)(?![\p{L}])`, 'iu');
// "Lucía, thank you so much!", "Agnieszka, we are so sorry": an unknown word opening a reply before a thank-you or apology.
const TURN_AFTER_NAME = new RegExp(String.raw`^,\s*(?:thank|thanks|we|we're|we've|we'll|so|sorry|congrat|congrats|congratulations|welcome|you|you're|you've|your|hope)(?![\p{L}])`, 'iu');
const REPLY_AFTER_NAME = new RegExp(String.raw`^,\s*(?:thank|thanks|we|we're|we've|so|sorry|congrat|welcome|it|i|i'm|what|this|that|you|your|hi|hello|oh|aw|wow|how|great|lovely)(?![\p{L}])`, 'iu');
// "Thanks for your kind review Desmond!", "Thank you for your feedback, Orla.": the name that closes a
// thank-you is the person thanked.
const THANKS_CLAUSE = /(?:^|[.!?]\s+)(?:many |huge |big )?(?:thanks|thank you|thankyou|cheers)(?: (?:so|very) much)? (?:for|to you for) [^.!?]{2,90}?[,\s]$/i;
function thanksThenName(text: string, w: Word): boolean {
  return startsUpper(w.text) && /^(?:[,.!?;:—–-]|\s*$|\s+(?:and|for)\s)/.test(text.slice(w.end, w.end + 6)) && THANKS_CLAUSE.test(text.slice(Math.max(0, w.start - 110), w.start));
}

// "What a lovely thing to share, Rosalind.", "That's so kind Sarah, thank you!": a name set off at the end of
// a sentence, or right before a thank-you, is the person spoken to.
function closingVocative(text: string, w: Word): boolean {
  if (!startsUpper(w.text) || /'s$/i.test(w.text)) return false;
  const after = text.slice(w.end, w.end + 16);
  // "Heat, Alcohol, Running, Massage.": the last of a list of capitalised items is not set off for a name.
  // ("— Dr Elsabé Krüger, Bozeman": the town after a signature; "— you know who you are, Dale 😉" is no signature.)
  const setOff = unicode`[\p{L}\p{N}], $`.test(text.slice(Math.max(0, w.start - 3), w.start)) && !unicode`[,;:]\s*\p{Lu}[\p{L}-]*, $`.test(text.slice(Math.max(0, w.start - 30), w.start)) && !unicode`(?:[—–]|\s-)\s*\p{Lu}[^.!?\n—–]{1,50}, $`.test(text.slice(Math.max(0, w.start - 60), w.start));
  // ("Not really, Sean — alcohol gel doesn't…": set off by a comma and a dash.)
  return (setOff && unicode`^\s*(?:[.!?]|\p{Extended_Pictographic}|$|[—–] )`.test(after)) ||
    // "…tomorrow, Hana, and thanks for the card": set off on both sides before the reply goes on to them.
    (setOff && /^, (?:and )?(?:thank|thanks|we|we're|we've|so|sorry|it's|i|i'm|you|your|hope|please|see|good|enjoy|have|congrat)(?![\p{L}])/iu.test(after)) ||
    /^, (?:thank you|thanks|thank u)(?![\p{L}])/iu.test(after);
}

// "I have tried to look into this for you Aurelio, the forms…": a name right after "you", set off by punctuation.
function youThenName(text: string, w: Word): boolean {
  return startsUpper(w.text) && /(?:^|[^\p{L}])(?:you|ya) $/iu.test(text.slice(Math.max(0, w.start - 5), w.start)) && /^[,.!?;:—–]/.test(text.slice(w.end, w.end + 1));
}

function isStaff(span: string, nameWords: readonly string[], known: KnownNames, after = ''): boolean {
  // ("Thank you, Bramblewood, for trusting us": the practice's own name, or its town's, is nobody.)
  // ("Kerri-Ann": the words read "Kerri", and the hyphened rest follows it.)
  const hyphened = hyphenRestAt(after, 0);
  return known.staff.has(span.toLowerCase().replace(/'s$/, '')) || (hyphened !== '' && known.staff.has((span + hyphened).toLowerCase())) || nameWords.some((n) => known.staff.has(n)) || (nameWords.length === 1 && nameWords[0].length >= 5 && known.practiceWords.includes(nameWords[0]));
}

// The words of a CamelCase handle that say it is an organisation's ("@OakridgeLibrary", "@AshcombeRovers").
const ORGANISATION_WORDS = new Set('clinic clinics health hospital medical dental pharmacy school schools college academy uni university club league council county city gov police fire rescue news radio tv gazette times post herald society trust foundation charity association assoc church library museum centre center team united athletic athletics sports fc rfc afc rovers rangers wanderers albion harriers striders runners rugby cricket hockey netball official dept ymca ywca org network alliance group inc ltd'.split(' '));
function handleRole(handle: string, known: KnownNames): PersonRole {
  const lower = handle.slice(1).toLowerCase();
  const squashed = known.practiceWords.join('');
  if (squashed && (lower.includes(squashed) || squashed.includes(lower))) return 'organisation';
  if (known.practiceWords.length >= 2 && lower.startsWith(known.practiceWords.slice(0, 2).join(''))) return 'organisation';
  if ([...known.staff].some((s) => s.length > 3 && !s.includes(' ') && lower.includes(s))) return 'staff';
  // Organisations write their handles in CamelCase with an acronym or a word that says what they are ("@BayviewYMCA",
  // "@OakridgeLibrary"); people write "@carly_moves" or "@RunnerRosieB".
  const body = handle.slice(1);
  const words = body.match(/[A-Z]?[a-z]+/g) ?? [];
  if (/[A-Z]/.test(body) && !/_/.test(body) && /[a-z][A-Z]|[A-Z]{2,}/.test(body) && (/[A-Z]{3,}/.test(body) || words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())))) return 'organisation';
  // A handle the policy lists ("@BellwetherRx") is the practice's or its staff's, whatever its words.
  return known.staff.has(`@${lower}`) ? 'staff' : 'patient';
}

const CREDENTIALS = new Set(['md', 'do', 'dds', 'dmd', 'rn', 'np', 'pa', 'pa-c', 'dpt', 'pt', 'od', 'lpn', 'aprn', 'fnp', 'cnm', 'psyd', 'lcsw', 'lpc', 'mft', 'rdh', 'dc', 'mbbs', 'mrcgp', 'frcs']);
const CLINICAL_NAME = /^(?:dr|doctor|nurse|np|rn|sister|midwife|physio|prof|professor)\b|,?\s(?:md|do|dds|dmd|rn|np|pa-c|dpt|pt|od|lpn|aprn|fnp|cnm|psyd|lcsw|lpc|mft|rdh|dc|mbbs|mrcgp|frcs)\.?$/;

/** Lower-case staff name forms from the policy's allowNames: the full names and each name word. */
export function knownNames(allowNames: readonly string[], practiceName: string, website: string, address = '', emails: readonly string[] = []): KnownNames {
  const staff = new Set<string>();
  const clinicians = new Set<string>();
  for (const name of allowNames) {
    const lower = name.toLowerCase().trim();
    if (!lower) continue;
    staff.add(lower);
    const clinical = CLINICAL_NAME.test(lower);
    for (const part of lower.split(/[\s.,]+/)) {
      if (part.length <= 1 || TITLES.has(part) || CREDENTIALS.has(part)) continue;
      staff.add(part);
      if (clinical) clinicians.add(unaccented(part)); // compared with care-ties' nameWords, which drop accents
    }
  }
  const practiceWords = `${practiceName} ${website.replace(/\..*$/, '')}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return { staff, practiceWords, clinicians, places: sitePlaces(address, emails, staff) };
}

/**
 * The towns a practice's sites are in: the capitalised words of its address ("14 Ardmore Street, Wanaka 9305") and the
 * mailboxes named for a site ("bourke@…", "north.shore@…"), without street words, regions or generic mailboxes.
 */
function sitePlaces(address: string, emails: readonly string[], staff: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const add = (word: string) => {
    const w = word.toLowerCase();
    if (w.length >= 3 && !staff.has(w) && !NOT_A_TOWN.has(w) && !isCommonWord(w)) out.add(w);
  };
  for (const m of address.matchAll(/\p{Lu}[\p{L}'-]+/gu)) add(m[0]);
  for (const e of emails) for (const part of e.split('@')[0].split(/[._+\-0-9]+/)) add(part);
  return out;
}
// Words of an address or a mailbox that name no town.
const NOT_A_TOWN = new Set('street st road rd lane ln avenue ave drive dr way place pl court ct crescent terrace row close square parade highway hwy suite unit floor level building house lodge centre center clinic surgery practice health medical dental group care partners hello info reception feedback careers jobs billing accounts admin appointments bookings enquiries inquiries contact office team nurse nurses pharmacy records privacy complaints media press education volunteers procurement practicemanager manager hr recruitment referrals results noreply no reply support new north south east west upper lower county co ireland scotland wales england uk usa canada australia zealand africa'.split(' '));
