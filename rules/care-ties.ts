// What ties the person a reply answers to care at the practice. A reply to a review confirms that the
// reviewer is a patient when it speaks of their experience here, their being cared for, what a
// clinician did for them, their records, or thanks passed on to the clinician their review credits.
// Each pattern family needs the addressee ("you", "your mum") or a clinician as the one the care is about;
// thanks for the review itself, apologies, offers to talk and statements about patients as a group
// tie nobody to anything.
import type { Hit } from './detector';
import type { Doc } from './doc';
import type { KnownNames, PersonMention } from './people';
import { compileOnFirstRun, hasLetterOrDigit, holdsAny, SentenceCache, tests, unaccented, type Span } from './text';
import { cannotMatchYet, holds, matchAllWhole, testWhole } from './required-words';
import { isCommonWord } from './vocabulary';

const B = '(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])';
const E = '(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])';
// A pattern starts at a word's start, or at a contraction ("we're taking good care of her", "we've been seeing you"): no
// letter before it unless it begins with the apostrophe.
const START = '(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9](?![\'’]))';
/** A pattern over the lower-cased text that starts at a word (or a contraction) and ends at one; confirms-patient uses it too. */
export const wordPattern = (source: string) => new RegExp(`${START}(?:${source})${E}`, 'g');
const re = wordPattern;
// Letters of the lower-cased, folded text; \p{L} compiled every pattern about four times slower on first use.
/** Lower-case letters of the scripts the rules read, for character classes in patterns built from strings. */
export const L = 'a-z\\u00DF-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

// The person the care is about, written {P} in the patterns below and captured once per pattern:
// "you", "you and your family", or "your <relative>" ("your little girl", "your mum"), checked in code.
const PERSON = `(you and your [${L}-]+(?: [${L}-]+)?|you both|you all|y'all|your [${L}-]+(?: [${L}-]+)?|you|u)`; // longest first
export const RELATIVES: ReadonlySet<string> = new Set('mum mom mother mam mummy mommy dad father daddy son sons daughter daughters child children kid kids one ones baby babies toddler wife husband partner family nan nana nanna gran granny grandma grandmother grandad granddad grandfather grandpa grandson granddaughter brother sister aunt auntie uncle parent parents in-law in-laws mother-in-law father-in-law son-in-law daughter-in-law boy girl man lady teen teenager twins relative crew clan kiddo kiddos littles household'.split(' '));
/** Relative words that name one person ("your nan", "your son"): not "your family", "your kids", "your partner". */
export const ONE_RELATIVE = [...RELATIVES].filter((r) => !/^(?:family|one|ones|parent|parents|children|kids|partner)$/.test(r)).join('|');
/** "you…", or "your" + a relative ("your little girl", "your mum", "your kiddos every…"), as captured by PERSON. */
function isTheirs(person: string): boolean {
  return !person.startsWith('your ') || person.split(' ').slice(1).some((w) => RELATIVES.has(w));
}
const family = (source: string) => {
  if (source.split('{P}').length !== 2) throw new Error(`a care-tie pattern needs exactly one {P}: ${source}`);
  return re(source.replace('{P}', PERSON));
};

// The practice and its people, as the place or the carers the experience was with.
const PRACTICE = `(?:the|our|this|your) (?:[${L}-]+ )?(?:practice|surgery|clinic|office|branch|site|location|centre|center|hospital|team|staff|doctors?|nurses?|gps?|clinicians?|service|services|medical centre|health centre|dentist|dentists|hygienists?|physios?|therapists?|locums?|midwi(?:fe|ves)|pharmacists?|pharmacy|optometrists?|opticians?|podiatrists?|audiologists?|consultants?|surgeons?|counsell?ors?|paramedics?)|us|dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+`;
const POSITIVE = '(?:positive|good|great|excellent|lovely|wonderful|pleasant|fantastic|brilliant|smooth|reassuring|amazing|outstanding|comfortable|easy|better|best)';
const EVALUATIVE = `(?:${POSITIVE}|negative|bad|poor|disappointing|frustrating|difficult|upsetting|mixed|similar|recent|last|latest|previous|first|ongoing|long-?term|continued|consistent|other)`;
// Being cared for, as the person felt it.
const CARED_FOR = '(?:cared for|looked after|supported|listened to|heard|reassured|valued|welcomed?|comfortable|at ease|at home (?:with us|here)|safe|in (?:good|safe) hands|respected|understood|taken care of|treated well|well treated|informed|involved)';
// "you're", "you've been", "you are": what may follow "you" before the predicate.
const BE = "(?:'re|'ve been|'d been|'ve|'d| are| were| have been| had been| have| had| has| seem| seemed| always| now| both| all| are having| were having)*";
const QUALIFIERS = '(?:(?:so|very|really|truly|consistently|always|generally|now|both|all|well|fully|genuinely|properly|completely|extremely|overall|such) )*';

// [pattern, what it says, words one of which the text must hold for the pattern to be tried]; {P} is the
// person answered (or their relative). The words keep most patterns from running, and compiling, at all.
const WE_REMEMBER = '(?:we|i)(?: all| still| definitely| totally| absolutely| both| certainly| really| do)* remember';
// The practice or one of its clinicians as the subject of what was done for them: "we have", "I've just", "our provider".
const PRACTICE_DID = `(?:we|i|the team|our team|(?:the|our) (?:gp|doctor|nurse|clinician|provider|dentist|physio|midwife|consultant|pharmacist))(?: have| had|'ve)? (?:then |also |already |just )?`;

// What two families say (read again where a comment was at an event: MET_IN_PERSON).
const SEEN_IN_PERSON = 'speaks of seeing them in person here';
const CAME_IN = 'thanks them for coming in';
/** The why of the families about their visit, here and in confirms-patient (which skips its own in a learner's comment). */
export const THEIR_VISIT = 'speaks of their visit here';
export const FAMILIES: [RegExp, string, string[]][] = [
  // "we're glad that's how yours went", "good to hear yours went that way": their appointment or procedure, as "yours".
  [re(`(?:glad|good|great|pleased|happy|lovely|wonderful|delighted)[^.!?]{0,30}?(?:that's how |that |how )?yours (?:went|has gone|turned out)|yours went (?:that way|so well|smoothly|well)`), 'speaks of their visit or procedure as theirs', ['yours']],
  // Their experience of the practice, qualified by the place, the people, when, or how it went.
  [re(`(?:your|ur) (?:[${L}-]+ ){0,2}?experiences? (?:at|with|of|in) (?:${PRACTICE})|(?:your|ur) (?:${EVALUATIVE} )(?:[${L}-]+ )?experiences?|(?:your|ur) (?:[${L}-]+ ){0,2}?experiences? (?:was|were|has been|have been|is) (?:not|below) (?:up to |what |the )?(?:our|we)|(?:your|ur) (?:[${L}-]+ ){0,3}?experiences? (?:(?:at|with|of) (?:${PRACTICE}) )?(?:was|were|has been|have been|is) (?:such a |a |so |very |really |truly |overall |consistently )?${POSITIVE}`), 'speaks of their experience of care here', ['experience']],
  [family(`{P}${BE}(?: had)? ${QUALIFIERS}(?:a |an |such a )?${QUALIFIERS}${EVALUATIVE} (?:[${L}-]+ )?experiences?(?! (?:with|at) (?:another|other|a different)${E})`), 'speaks of their experience of care here', ['experience']],
  // Cared for, satisfied with the service, found the staff helpful.
  [family(`{P}${BE} (?:feel|feels|felt|continue to feel|continues to feel|were made to feel|was made to feel) ${QUALIFIERS}${CARED_FOR}`), 'says they were cared for here', ['feel', 'felt']],
  // ("she'll make sure you're looked after" promises care, it does not say they had it.)
  [family(`(?<!(?:'ll|(?<![a-z])(?:will|to|can|would)|'d) (?:make sure|ensure) (?:that )?)(?<!(?<![a-z])(?:whoever|whichever|wherever|no matter (?:who|which|where))[^.!?]{0,40}){P}(?:'re|'ve been| are| were| have been| had been| 've been)+ ${QUALIFIERS}(?:cared for|looked after|supported|listened to|reassured|in (?:good|safe) hands|taken care of|well treated)`), 'says they were cared for here', ['cared', 'looked after', 'support', 'listened', 'reassur', 'hands', 'taken care', 'treated']],
  // "We're proud of the progress you've made", "the plan we made together": their care, worked through with them.
  [family(`(?:the|all the|such) (?:[${L}-]+ )?progress {P}(?:'ve| have| had|'d)? made`), 'speaks of the progress they made in their care here', ['progress']],
  [family(`(?:safety|care|treatment|exercise|recovery|birth|action|crisis|relapse prevention|management) plan (?:we|{P} and (?:i|we|[${L}]+)) (?:made|wrote|drew up|put together|agreed|worked out|set up)(?: together)?`), 'speaks of the care plan made with them', ['plan']],
  // "how calm you were in the delivery suite": where they were, in the practice's care.
  [family(`{P} (?:were|was) (?:[${L}-]+ ){0,3}?(?:in|on) (?:the|our) (?:delivery suite|labou?r ward|birth(?:ing)? (?:suite|pool|cent(?:re|er)|unit)|recovery (?:room|bay|ward)|dental chair|chemo (?:chair|suite|unit)|infusion (?:chair|suite)|resus|operating table|theatre table)(?![${L}])`), 'says where they were in care here', ['suite', 'ward', 'birth', 'recovery', 'chair', 'resus', 'table', 'centre', 'center', 'pool', 'unit']],
  // "Your dad's been settling in beautifully this week": a relative who has come into the practice's care (a home, a ward).
  [family(`{P}(?:'s| is| has)(?: been| still| now| already| really| so)* (?:settl(?:ing|ed) in|getting settled)(?! (?:at|to|into|with) (?:school|nursery|kindy|kindergarten|daycare|day care|uni|university|college|work|(?:his|her|their|the) new (?:school|job|class|house|home|flat|place)))`), 'says a relative of theirs has come into care here', ['settl']],
  // What they went through here: "the experience you have had with the practice", "the difficulties you experienced registering".
  [family(`(?:the|any|all the|all of the) (?:[${L}-]+ ){0,2}?(?:experiences?|difficult(?:y|ies)|problems?|issues?|frustrations?|troubles?|inconvenience|distress|delays?|side effects?|reactions?|complications?) (?:that )?{P}(?:'ve| have| had|'d)? (?:had|experienced|encountered|encounter|faced|been through|gone through|endured|suffered)`), 'speaks of their experience of care here', ['experienc', 'encounter', 'faced', 'through', 'endured', 'suffered', 'had']],
  // ("the quote you were given", "the advice you were given": what the practice gave them.)
  [family(`(?<!(?:can|could|will|would|to|'ll|may|might) )(?:the )?(?:care|support|treatment|service|help|quote|estimate|treatment plan|advice|information|diagnosis|bill|invoice) (?:that )?{P}(?: receive| received| get| got| are receiving| have received|'ve received| have had|'ve had| had| were given| was given|'d been given| had been given| were quoted| was quoted)`), 'says they were cared for here', ['receiv', 'get', 'got', 'had', 'given', 'quoted']],
  // "so glad you reached out when you did", "pleased you came in so quickly", "glad you got him to us quickly": their coming
  // to the practice, in time.
  [family(`(?:glad|pleased|good|relieved|happy|thankful)(?: that)? {P} (?:came in|came to see us|came to us|reached out|called us|called|rang us|rang|got in touch|contacted us|got seen|got checked|got it checked|(?:got|brought) (?:him|her|them) (?:in|to us|here))(?: (?:so )?(?:quickly|promptly|early|soon)| when (?:you|u|he|she|they) did)`), 'speaks of their coming to the practice for care', ['quickly', 'promptly', 'early', 'soon', ' did']],
  [family(`{P}${BE} (?:feel |felt )?${QUALIFIERS}(?:happy|pleased|satisfied|content|impressed|delighted) with (?:the|our|your|all the|all our) (?:[${L}-]+ ){0,2}?(?:service|services|care|treatment|practice|surgery|team|staff|doctors?|nurses?|gps?|clinicians?|results?|outcome|dentist|hygienist|physio|therapist)`), 'says they were satisfied with the care here', [' with ']],
  [family(`{P}${BE} (?:found|find|are finding|always find) (?:that )?(?:our|the|all our|all the|both our) (?:[${L}-]+ ){0,2}?(?:staff|team|teams|doctors?|nurses?|gps?|clinicians?|receptionists?|practice|surgery|service|care|medical centre|health centre|clinic|dentists?|hygienists?|physios?)`), 'says they were satisfied with the care here', ['found', 'find']],
  [family(`{P}${BE} experienced (?:[${L}-]+ ){0,4}?(?:with|from|at|during) (?:us|our|the|your|appointments?|booking|consultations?|bookings)`), 'says they were satisfied with the care here', ['experienced']],
  [family(`(?:our|the) (?:[${L}-]+ ){0,2}?[${L}-]+ (?:works|worked|is working|has worked|has been working|have worked) (?:so |really |very )?well for {P}`), 'says they were satisfied with the care here', ['well for']],
  [family(`(?:our|the) (?:[${L}-]+ ){0,2}?(?:service|practice|system|surgery|care|team|clinic) (?:works|worked|is working|has worked|has been working|have worked) for {P}`), 'says they were satisfied with the care here', ['work']],
  [family(`(?:been|be|are|were) (?:there|here) for {P} when`), 'says they were satisfied with the care here', ['here for', 'there for']],
  [family(`(?:letting us|let us|we were|we've been|we have been|been able to|privilege to|honou?r to|glad to have been|glad we could|part of) (?:be )?(?:there|here) for {P}`), 'says they were satisfied with the care here', ['here for', 'there for']],
  // ("an honor to be part of so many families' stories": of everyone the practice has cared for.)
  [re(`(?:privilege|honou?r|pleasure|joy) (?:being|to be|to have been) part of (?:your|ur) (?:journey|care|treatment|recovery|story)|(?:privilege|honou?r|pleasure|joy) to (?:be|have been) (?:part of(?! (?:so many|many|all|every|our|this|the|these|countless|hundreds|thousands|so much)(?![${L}]))|there for|with you)|(?:you|u) (?:think|speak) (?:so )?(?:highly|well) of|(?:highly|well) (?:you|u) (?:think|speak) of`), 'says they were satisfied with the care here', ['privilege', 'honor', 'honour', 'pleasure', 'joy', 'highly', 'well of']],
  [family(`(?:the )?(?:doctor|gp|nurse|clinician|dentist|hygienist|physio|therapist|consultant) {P} (?:saw|see|spoke (?:to|with)|were seen by|was seen by)`), 'says they were satisfied with the care here', ['saw', 'see', 'spoke', 'seen']],
  // What the practice or a clinician did for them.
  [re(`(?:our|the) (?:care|support|team|treatment|service|staff|doctors?|nurses?)(?: and (?:care|support|treatment|compassion))? (?:has|have|had) made a (?:[${L}-]+ )?(?:difference|impact)|(?:his|her|their|our) care (?:has |have )?(?:stood out|meant so much|made a)`), 'says what the practice did in their care', ['made a', 'stood out', 'meant so much']],
  [family(`made (?:such )?a (?:[${L}-]+ )?(?:difference|impact) (?:to|for|in|on) {P}`), 'says what the practice did in their care', ['made']],
  [re(`(?:we|i|we've|we have|i have|i've)(?: have| had|'ve)? (?:(?:now|already|since|just|also|personally) )?(?:checked|looked (?:at|into|through)|reviewed|investigated|tried to look into|gone through|went through|pulled up) (?:(?:our|your|the) )?(?:records|notes|system|clinical system|call (?:logs?|records)|(?:sign-?in|check-?in|arrivals?|appointment|booking|visitor) (?:logs?|sheets?|records|system)|this for you|this matter for you|your (?:case|notes|records|account|file|details|call|request|appointment|prescription|referral|results|registration))|(?:from|in|on|according to) your (?:notes|records|medical records|file|clinical records)|(?:corrected|updated|amended|checked|reviewed|flagged|noted on|added (?:a note )?to) (?:your|his|her|their) (?:record|records|notes|chart|file|details)|(?:we|i) called back|come back (?:in )?(?:and |to )?see us|(?:so|and) we can (?:reassess|re-?check|take another look|adjust (?:it|them))`), 'says what the practice did in their care', ['check', 'look', 'review', 'investigat', 'correct', 'updat', 'amend', 'flag', 'noted', 'added', 'gone through', 'went through', 'pulled up', 'notes', 'records', 'file', 'called back', 'come back', 'reassess', 're-check', 'recheck', 'another look', 'adjust']],
  // "Having checked, the referral was sent on the 3rd", "according to our records", "on review of the notes",
  // "we can confirm that the results were received": a check of their records, reported back.
  [re(`(?:according to|on (?:a )?(?:review|check|inspection) of|(?:having|after|on) (?:checked|checking|reviewed|reviewing|looked (?:at|into|through)|looking (?:at|into|through)|gone through|going through)|looking (?:at|through)) (?:our|the|your) (?:[${L}-]+ )?(?:records|notes|system|clinical system|call (?:logs?|records|recordings?)|phone (?:logs?|records|system)|appointment (?:system|records|logs?|book)|cctv|footage)(?! (?:policy|policies|team|department|office|clerk|requests?|access|retention)${E})|(?:i|we) (?:can )?(?:see|saw|note|noted) (?:from|on|in) (?:our|the|your) (?:[${L}-]+ )?(?:records|notes|system|call logs?|file)|(?:we|i)(?: have|'ve)? (?:checked|reviewed|looked at|watched|listened to) (?:the )?(?:cctv|camera footage|footage|call recording)|(?:having|after) (?:checked|investigated|investigating|looked into (?:this|it|the matter)|looking into (?:this|it|the matter)),|(?:we|i) can confirm (?:that )?(?:the|your) (?:[${L}-]+ )?(?:results?|prescription|referral|letter|appointment|request|sick note|fit note|bloods|scan|medication|repeat|call ?back|message)`), 'checks their records here', ['according', 'review', 'check', 'inspection', 'looked', 'looking', 'gone', 'going', 'records', 'notes', 'logs', 'cctv', 'footage', 'see', 'saw', 'note', 'watched', 'listened', 'investigat', 'confirm']],
  [family(`${PRACTICE_DID}(?:called|rang|phoned|contacted|liaised with|spoke (?:to|with)|texted|emailed|wrote to|messaged|booked|offered|signposted|referred|saw|examined|treated|prescribed|triaged) {P}(?! (?:to|if|when)${E})`), 'says what the practice did in their care', ['called', 'rang', 'phoned', 'contacted', 'liaised', 'spoke', 'texted', 'emailed', 'wrote', 'messaged', 'booked', 'offered', 'signposted', 'referred', 'saw', 'examined', 'treated', 'prescribed', 'triaged']],
  [family(`${PRACTICE_DID}referred {P} (?:to|for)`), 'says what the practice did in their care', ['referred']],
  // "pleased things went well for you at the practice", "how things went for you at the practice", "the time you've spent
  // with us", "your time with our clinic", "your latest contact with us", "our
  // service suits you", "we've been there for you whenever you needed us", "Dr Hart has been such a support to you", "the
  // team have looked after you so well": how their care here went, as the reply sums it up.
  [re(`(?:(?:things|it|everything|it all|all) (?:went|has gone|have gone|had gone|has been going|have been going|is going|are going) (?:so |really |very |extremely )?(?:well|smoothly|great|brilliantly)|how (?:things|it|everything) (?:went|has gone|have gone|has been|have been)) for (?:you|u)(?: (?:at|with|in) (?:${PRACTICE})| here)|(?:the )?time (?:you|u)(?:'ve| have)? spent (?:with us|here|at (?:${PRACTICE}))|(?:your|ur) (?:(?:recent|latest|last|first|previous|whole|entire) )?(?:time|visits?|stay|dealings|contact|interactions?) (?:at|with|in) (?:${PRACTICE}|(?:the|our) (?:front desk|reception|reception team|receptionists?|admin team))|(?:your|ur) wait (?:in|at) (?:the|our) (?:building|surgery|practice|clinic|waiting room|waiting area|reception)|(?:our|the|this) (?:[${L}-]+'s )?(?:service|services|care|team|practice|surgery|clinic|office|setup|set-up|appointment system|booking system|online booking|online system|online service|booking|app)(?: has| have|'s)? (?:(?:always|really|clearly) )?(?:met|meets|suits|suited|is working for|works for|worked for|has worked for|has been working for|does the job for|did the job for|works well for|worked well for) (?:you|u|your (?:[${L}-]+ )?needs)`), 'speaks of their care here', ['went', 'gone', 'going', 'been', 'time', 'visit', 'stay', 'dealings', 'contact', 'interaction', 'wait', 'met', 'meets', 'suit', 'working for', 'works for', 'worked for', 'job for', 'well for']],
  [re(`(?:we|we've|i|i've)(?: have|'ve)?(?: always| really| always really)? been (?:there|on hand|around|here)(?: for (?:you|u)(?! (?:if|when|whenever) (?:you|u) need${E})| (?:when|whenever) (?:you|u) needed)|being (?:there|on hand|around|here) for (?:you|u) (?:when|whenever) (?:you|u)(?:'ve| have)? needed|(?<!(?<![${L}])(?:this|that|it|which|information|info|leaflet|link|article|post|video|page|guide|answer|advice) )(?:has|have|had|was|were) (?:both )?(?:been )?(?:such |so much of )?(?:a |an )?(?:great |real |huge |big |wonderful |tremendous |fantastic )?(?:help|reassurance|support|comfort)(?: and (?:a |an )?(?:great |real )?(?:help|reassurance|support|comfort))? (?:to|for) (?:you|u|your (?:${ONE_RELATIVE}|family))${E}`), 'says the practice cared for them', ['been', 'being', 'help', 'reassurance', 'support', 'comfort']],
  [family(`{P}(?:'re| are|'ve been| have been) (?:getting|receiving) (?:[${L}-]+ ){0,8}?from us${E}`), 'says the practice cared for them', ['from us']],
  [re(`(?:glad|pleased|happy|delighted|good to (?:hear|know)|great to (?:hear|know)|lovely to (?:hear|know)) (?:that )?(?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|the (?:doctor|gp|nurse|clinician|dentist|hygienist|physio))(?: was able to| were able to| could)? (?:explained|explain|helped|help|reassured|reassure|looked after|sorted|listened|took (?:the )?time|made (?:you|u) feel)${E}`), 'says the practice cared for them', ['glad', 'pleased', 'happy', 'delighted', 'good to', 'great to', 'lovely to']],
  // "how the practice has treated you", "how you've found things at our practice", "how supported you felt in her care", "so
  // glad we've been able to look after you", "Dr Byrne's care was so thoughtful", "you found her so reassuring", "our team
  // has come across as compassionate to you", "the time you came", "how long you waited to be seen": their care, restated.
  [family(`how (?:the practice|the surgery|we|the team|our team|the doctors?|the staff|our staff|everyone)(?: has| have| had|'ve)? (?:treated|looked after|cared for|supported) {P}`), 'speaks of their care here', ['treated', 'looked after', 'cared for', 'supported']],
  [family(`how {P}(?:'ve| have)? found (?:things|it|us|everything|the (?:practice|surgery|team|service|care)|our (?:service|practice|team|surgery|care|clinic))`), 'speaks of their care here', ['found']],
  [family(`{P} (?:felt|feel|were|was) (?:in|under) (?:her|his|their|our|the team's) care`), 'says they were cared for here', [' care']],
  [family(`how (?:(?:well )?(?:supported|listened to|cared for|looked after|reassured|welcome|comfortable|safe|valued|at ease)(?:,? (?:and )?)?)+ {P}(?: felt| feel| have felt|'ve felt)`), 'says they were cared for here', ['felt', 'feel']],
  [family(`(?:we've|we have|we had|we were|we could|we managed to)(?: been)?(?: able to)? (?:look after|care for|treat|see) {P}`), 'says the practice cared for them', ['look after', 'care for', 'treat', 'see ']],
  [re(`(?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+)'s (?:care|treatment|consultation)(?: (?:of|for) (?:you|u))? (?:was|were|being|has been|had been)${E}`), 'speaks of their care here', ["'s care", "'s treatment", "'s consultation"]],
  [family(`{P} found (?:her|him|them|dr\\.? [${L}]+|nurse [${L}]+|the (?:doctor|nurse|gp|team|staff|clinician)|our (?:team|staff|doctors|nurses)) (?:so |really |very |extremely |incredibly |both )?(?:helpful|reassuring|kind|caring|supportive|thorough|professional|approachable|easy to talk to|gentle|understanding)`), 'says they were cared for here', ['found']],
  [family(`(?<=(?<![${L}])(?:team|staff|doctors?|nurses?|gps?|clinicians?|receptionists?|everyone|everybody|they|she|he|dr\\.? [${L}]+|nurse [${L}]+|physios?|dentists?|hygienists?|midwi(?:fe|ves))(?: [${L}]+){0,2} )(?:have been|has been|were|was|came across as|come across as|have come across as|has come across as) (?:so |really |very |both |truly )?(?:kind|caring|helpful|supportive|knowledgeable|compassionate|gentle|patient|thorough|professional|attentive|friendly)(?:,? (?:and )?(?:kind|caring|helpful|supportive|knowledgeable|compassionate|gentle|patient|thorough|professional|attentive|friendly))* (?:with|to|towards) {P}`), 'says they were cared for here', ['kind', 'caring', 'helpful', 'supportive', 'knowledgeable', 'compassionate', 'gentle', 'patient', 'thorough', 'professional', 'attentive', 'friendly']],
  [re(`(?:the )?(?:time|day|date) (?:you|u) (?:came in|came|visited|attended)${E}|(?:you|u) (?:waited|had to wait|were waiting) (?:[${L}0-9]+ ){0,3}?to be seen${E}`), THEIR_VISIT, ['came', 'visited', 'attended', 'to be seen']],
  // "Your kids were absolute champs today!", "you were a superstar at your cleaning", "we appreciate you bringing the whole
  // family in", "while we adjusted your bite": how they were at their visit, and what was done to them.
  [family(`{P} (?:was|were|did) (?:an? |such |absolute |real |total |so |really |super )*(?:champs?|stars?|superstars?|rock ?stars?|brave|amazing|great|fantastic|troopers?|legends?|heroes|hero)(?:(?: today| yesterday| this morning| this afternoon)(?![^.!?]*(?:run|race|fair|event|match|game|show|concert|parade|festival|school|sports|party|stall|class))| at (?:the|their|his|her|your) (?:[${L}-]+ )?(?:visit|appointment|check-?up|cleaning|jab|shots?|vaccines?|vaccinations?|injections?|bloods|x-?rays?|fillings?|extraction|procedure))${E}`), THEIR_VISIT, ['champ', 'star', 'brave', 'amazing', 'great', 'fantastic', 'trooper', 'legend', 'hero']],
  [re(`bringing (?:the (?:whole )?(?:family|kids|crew|gang|little ones|twins)|everyone|all of them|all three|all four|both of them) (?:in|along|down)${E}|(?:we|i|we've|i've|(?:the |our )?(?:dentist|hygienist|doctor|dr\\.? [${L}]+|nurse|team|orthodontist|optician|audiologist|physio))(?: have| had| just| finally)? (?:adjusted|fitted|tightened|repaired|relined|polished|whitened|cleaned|numbed|stitched|re-?cemented|reglued|straightened|realigned) (?:your|ur) (?:[${L}-]+ )?(?:bite|braces|aligners?|dentures?|crowns?|wires|retainers?|glasses|frames|hearing aids?|teeth|tooth|gums|implants?|fillings?|stitches|dressings?|cast|splint|boot|brace|veneers?|bridge)${E}`), THEIR_VISIT, ['bringing', 'adjusted', 'fitted', 'tightened', 'repaired', 'relined', 'polished', 'whitened', 'cleaned', 'numbed', 'stitched', 'cemented', 'reglued', 'straightened', 'realigned']],
  [family(`(?<!(?<![${L}])(?:will|would|could|should|might|may|must|to) )(?:have|has|'ve) (?:all |always |really |both |so )?(?:looked after|taken (?:such )?(?:good |great |wonderful |excellent )?care of|cared for|supported) {P}`), 'says the practice cared for them', ['looked after', 'care of', 'cared for', 'supported']],
  [family(`(?:when|after|before|while|whilst|as) {P} (?:attended|came in|came to see|came to us|visited|were seen|was seen|were here|were in the|called us|rang us|phoned us|wrote this whilst in|left|walked out|arrived|got here|checked in|checked out)`), 'says what the practice did in their care', ['attended', 'came', 'visited', 'seen', 'were here', 'were in', 'called us', 'rang us', 'phoned us', 'whilst in', 'left', 'walked out', 'arrived', 'got here', 'checked']],
  // ("you were triaged behind two ambulance transfers this morning": where they were put in the queue for care.)
  [family(`{P}(?:'re| are| were| was) (?:(?:triaged|prioriti[sz]ed|moved up|put) (?:behind|ahead of|after|before)|triaged (?:as|to|at))(?![${L}])`), 'says how the practice triaged them', ['triaged', 'prioriti', 'moved up', ' put ']],
  [family(`{P}${BE} (?:attended|visited|were seen|was seen|were examined|were treated|were referred|received|receiving|got|were given|were offered|had) (?:a |an |your |his |her |their |such a |such |the )?(?:[${L}-]+,? (?:and )?){0,2}?(?:appointment|consultation|call ?back|referral|prescription|treatment|care|test|scan|vaccine|jab|review|visit|check-?up|support|promptly|quickly|on time|within)`), 'says what the practice did in their care', ['attended', 'visited', 'seen', 'examined', 'treated', 'referred', 'receiv', 'got', 'given', 'offered', 'had']],
  [re(`(?:for (?:you|u) to be|(?:you|u) (?:can|could) be) seen`), 'says what the practice did in their care', ['be seen']],
  [family(`(?:signposted|triaged|rebooked|called back|rang back|phoned back) {P}`), 'says what the practice did in their care', ['signposted', 'triaged', 'rebooked', 'called back', 'rang back', 'phoned back']],
  [family(`booked {P} in`), 'says what the practice did in their care', ['booked']],
  // "you and your wife are already on Dr. Seg's intake list", "you're on our books": on a list of this practice's.
  [family(`{P}(?:'re| are| were|'ve been| have been)+ (?:already |now |still |both |all )*on (?:our|the|dr\\.? [${L}]+'s|[${L}]+'s) (?:[${L}-]+ )?(?:list|waitlist|waiting list|wait list|books|register|caseload)`), 'says they are on a list of the practice\'s', ['list', 'books', 'register', 'caseload']],
  // "you're already under Dr. Kesselring's team", "you're under the care of our memory clinic".
  [family(`{P}(?:'re| are| were|'ve been| have been)+ (?:already |now |still )*under (?:the care of (?:our |the )?[${L}-]+|(?:dr\\.? [${L}]+'s|[${L}]+'s|our|the) (?:[${L}-]+ )?(?:team|care|clinic|service|consultants?|doctors?|unit|list))`), 'says they are in the care of a team here', ['under']],
  // "Thanks for trusting us with your smile", "thanks for being such a loyal patient": care here, named as theirs.
  [re(`trust(?:ing|ed)? (?:us|dr\\.? [${L}]+|our (?:[${L}-]+ )?team|the team) with (?:your|ur|his|her|their) (?:(?:family|families|family's|kids'|children's|little one's|mum's|mom's|dad's) )?(?:[${L}-]+ )?(?:care|smile|smiles|teeth|tooth|skin|eyes|eyesight|feet|hearing|treatment|surgery|op|operation|procedure|botox|filler|implants?|braces|delivery|birth|pregnancy|baby|little one|kids|children|son|daughter|mum|mom|dad|recovery|rehab)|trust(?:ing|ed)? (?:us|dr\\.? [${L}]+|our (?:[${L}-]+ )?team|the team) with (?:that|this|the) (?:[${L}-]+ ){0,3}?(?:extraction|root canal|filling|crown|implant|surgery|op|operation|procedure|delivery|birth|knee|hip|shoulder|back|wisdom teeth|treatment|rehab)(?![${L}])|(?:thanks|thank you) for (?:being|staying) (?:a |such a |our |one of our )?(?:[${L}-]+ )?(?:patient|patients|client|clients)(?![${L}])`), 'speaks of their care here', ['trust', 'being', 'staying']],
  // "Sorry the script wasn't ready", "apologies that your referral letter was delayed", "sorry the GP ran late on Monday":
  // something of their care here, or their visit, gone wrong.
  [re(`(?:sorry|apologies|apologise|apologize)(?: that)? (?:the|your|ur|his|her) (?:[${L}-]+ )?(?:script|prescription|repeat|medication|meds|glasses|specs|lenses|hearing aids?|results?|letter|referral|dentures?|crown|retainer|x-?rays?|scan|report|fit note|sick note|authori[sz]ation|pre-?authori[sz]ation|prior auth|pre-?auth) (?:wasn't|was not|weren't|were not|isn't|aren't|hasn't|haven't|took|was late|were late|was delayed|were delayed|got lost|went missing|was lost|was wrong|were wrong)|(?:sorry|apologies)(?: that)? (?:the|our|dr\\.? [${L}]+) (?:[${L}-]+ )?(?:gp|doctor|dentist|clinic|surgery|nurse|physio|consultant|optician|hygienist)? ?(?:ran|was running|were running) (?:so |a bit |very |really )?(?:late|behind)`), 'speaks of their care here going wrong', ['sorry', 'apolog']],
  // "So sorry it took three calls to get you an appointment", "sorry you couldn't get an appointment for three weeks".
  [family(`(?:took|take|taking) (?:[${L}0-9]+ ){0,2}?(?:calls|attempts|tries|goes|weeks|days|months) to get {P} (?:an?|in|seen|through)`), 'speaks of their trying to get care here', ['calls', 'attempts', 'tries', 'goes', 'weeks', 'days', 'months']],
  [family(`{P} (?:couldn't|could not|weren't able to|were unable to) get (?:an? )?(?:[${L}-]+ )?(?:appointment|appt|slot|booking)`), 'speaks of their trying to get care here', ['appointment', 'appt', 'slot', 'booking']],
  // "Both kids' CDBS claims went through fine": their claims for care here, processed.
  [re(`(?:your|ur|both|the kids'|his|her|their) (?:[${L}'-]+ ){0,2}?claims? (?:went|have gone|has gone|were|was|got|have been|has been) (?:through|approved|accepted|processed|paid)`), 'speaks of their claims for care here', ['claim']],
  // "Glad registering with us was so straightforward": they registered here.
  [re(`(?:registering|signing up|transferring|joining) (?:with|to) (?:us|the (?:practice|surgery|clinic)|our (?:practice|surgery|clinic)) (?:was|went|has been|felt|were)`), 'says they were registered here', ['registering', 'signing up', 'transferring', 'joining']],
  // "we're glad to be part of your routine", "it's been a privilege to be part of your journey" (not "we'd love to be part of…").
  [re(`(?:glad|proud|happy|honou?red|privileged|lucky|a (?:privilege|pleasure|joy)|(?:have|'ve) been|(?:has|'s) been) (?:to be |being |to have been )?(?:a |such a )?(?:small )?part of (?:your|ur) (?:[${L}-]+ )?(?:routine|journey|care|recovery|treatment|story|support)`), 'says they were cared for here', ['part of']],
  // "I can see you haven't had it yet": their record, looked up.
  [family(`(?:i|we) can see (?:on (?:your|the|our) (?:[${L}]+ )?(?:record|records|notes|system|file) )?(?:that )?{P}(?:'ve| have| haven't| have not| had| hadn't| were| was| are| is)${E}`), 'checks their record here', ['can see']],
  [family(`(?:get|fit|squeeze|book|pop|slot) {P} in with (?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|the (?:doctor|dentist|gp|nurse|hygienist|physio))`), 'arranges their care with a clinician', [' in with ']],
  // "We've sent the report to your GP as promised": their report, sent on to their own clinician.
  [re(`(?:sent|send|sending|forwarded|forward|faxed|emailed|passed) (?:the|your|ur|his|her|their|a copy of (?:the|your)) (?:[${L}-]+ ){0,2}?(?:report|letter|results?|referral|notes|records|summary|scans?|images|x-?rays?|prescription) (?:on |over |across )?to (?:your|ur|his|her|their) (?:own |usual |regular )?(?:gp|doctor|dentist|consultant|specialist|optometrist|optician|physio|surgeon|pharmacy|pharmacist|cardiologist|paediatrician|pediatrician|midwife)`), 'says what the practice did in their care', [' to your ', ' to ur ', ' to his ', ' to her ', ' to their ']],
  // "We chased the ENT office twice for you last week": their care, followed up on their behalf.
  [family(`(?:chased|chased up|followed up with|rang|called|phoned|contacted|emailed) (?:the|your|ur) (?:[${L}-]+ ){0,2}?(?:office|team|clinic|hospital|lab|laboratory|pharmacy|department|surgery|practice|consultant|specialist|service)(?: (?:twice|again|three times|several times|this morning|yesterday|today|last week))? (?:for|on behalf of) {P}`), 'says what the practice did in their care', [' for you', ' for your', ' for u', ' for him', ' for her', ' for them', 'on behalf of']],
  // "The nurses will pop in Tuesday and Friday as usual": their home visits.
  [re(`(?:the|our) (?:[${L}-]+ )?(?:nurses?|carers?|physios?|midwi(?:fe|ves)|health visitors?|podiatrists?|district nurses?|community nurses?)(?: will|'ll| can| are going to) (?:pop|call|drop|come) (?:in|round|by|over|out)(?: to (?:see )?(?:you|u|him|her|them))? (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|as usual|this (?:afternoon|morning|evening|week))`), 'arranges their care here', ['nurse', 'carer', 'physio', 'midwi', 'health visitor', 'podiatrist']],
  // "Sister Thandiwe would like to check your wound first": a clinician wants to see to their body or wound.
  // ("You need to check your skin every month": what the reader should do, not a clinician's wish.)
  [re(`(?<!(?<![${L}])(?:you|u)(?:'ll|'d| will| would| may| might| should| really| probably| definitely)? )(?<!(?<![${L}])(?:you|u))(?:would like|'d like|wants|want|will want|'ll want|needs|need|will need|'ll need) to (?:check|review|examine|look at|have a look at|take a look at|see) (?:your|ur|his|her|their) (?:[${L}-]+ )?(?:wound|stitches|scar|incision|dressing|mole|rash|stoma|cast|splint|leg|arm|knee|ankle|foot|feet|eyes?|ears?|tooth|teeth|gums|skin|back|shoulder|hip|wrist|hand|neck|chest|bump|tummy|bite|implant|crown|filling)`), 'arranges a clinician\'s care for them', [' to check', ' to review', ' to examine', ' to look', ' to have a look', ' to take a look', ' to see']],
  // "Connor will pick up where you left off with your elbow program": their course of care here, resumed.
  [family(`(?:pick up|picks up|carry on|continue|start again) (?:from )?where {P} left off (?:with|on) (?:your|ur|his|her|their) (?:[${L}-]+ ){0,2}?(?:program|programme|exercises|rehab|plan|treatment|sessions|physio|therapy|course)`), 'resumes their care here', ['left off']],
  // "Glad she got you seen the same morning": care arranged for them, done.
  [family(`(?:got|managed to get|were able to get|was able to get) {P} (?:seen|in(?! (?:touch|contact|and out))|booked in|an? (?:[${L}-]+ ){0,2}?(?:appointment|appt|slot))`), 'says the practice arranged their care', ['got you', 'got your', 'got u', 'got him', 'got her', 'got them', 'get you', 'get your', 'get him', 'get her', 'get them']],
  // "Ciarán will ring you today to review your medication": a clinician's review of their care, arranged.
  [family(`(?:will|'ll|is going to|are going to) (?:ring|call|phone|see|contact|meet) {P} (?:[${L}-]+ ){0,3}?to (?:review|go over|go through|check|discuss|talk through|adjust) (?:your|ur|his|her|their) (?:[${L}-]+ )?(?:medications?|meds|medicines?|prescriptions?|doses?|dosage|results?|treatment|inhalers?|care plan|insulin)`), 'arranges a clinician\'s review of their care', ['medic', 'meds', 'prescription', 'dose', 'dosage', 'result', 'treatment', 'inhaler', 'care plan', 'insulin']],
  [family(`{P}(?:'re| are) due (?:again|back|for (?:your|a|another|the next))`), 'knows when they are next due for care', ['due']],
  // "We'll send you an SMS reminder when the next one is due" to "got my Depo shot": their next dose, kept track of.
  [family(`(?:remind|send|text|sms|message|email|ping|call|ring) {P} (?:[${L}-]+ ){0,3}?when (?:the|your|ur|his|her|their) next (?:[${L}-]+ )?(?:one|dose|jab|shot|injection|appointment|appt|check-?up|visit|review|refill|scan|smear|cleaning|booster|session)(?:'s| is) due`), 'knows when they are next due for care', ['next']],
  // "I'll ask the doctor to review your mum's syringe driver": arranging a clinician's care for them.
  [family(`(?:ask|get|have) (?:the|a|our|one of our) (?:[${L}-]+ )?(?:doctor|doctors|gp|gps|nurse|nurses|consultant|physio|pharmacist|dentist|clinician|midwife|team)(?:s)? to (?:come and )?(?:review|check|see|look at|examine|adjust|increase|reduce|change|visit|call) {P}`), 'arranges a clinician\'s care for them', ['ask', 'get', 'have']],
  // "Yes, Dr. Patel can see him on Monday", "bring him in at 4", "bring her back in to see Dr. Okafor": a visit arranged
  // for them (back: after one they had).
  [re(`(?:(?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|the (?:doctor|nurse|dentist|gp|physio|hygienist))(?: can| will| could|'ll) (?:see|fit in|squeeze in|check) (?:you|u|him|her|them)|bring (?:him|her|them|your (?:[${L}-]+ )?(?:son|daughter|boy|girl|kids?|children|little one|baby|mum|mom|dad)) (?:in|down|along)) (?:on|at|tomorrow|today|tonight|this|next|first thing|straight)(?![${L}])|bring (?:him|her|them|your (?:[${L}-]+ )?(?:son|daughter|boy|girl|kids?|children|little one|baby|mum|mom|dad)) back (?:in|down|to (?:see|us|the (?:clinic|surgery|practice|office)))(?![${L}])`), 'arranges their visit here', ['see', 'fit in', 'squeeze', 'check', 'bring']],
  // "We'll make sure you're seen first next time": their next visit, seen to, after one they had.
  // ("Please call us and we'll make sure you're seen quickly" redirects; it says nothing of a visit they had.)
  [family(`(?:make sure|ensure|see to it that) {P}(?:'re| are|'ll be| will be| get| gets| is|'s) seen (?:(?:first|on time|promptly|straight away|right away|sooner|quicker) )?next time(?![${L}])`), 'arranges their visit here', ['next time']],
  // "drop a sample in and Dr. Okafor will review it": a named clinician will look at what they bring or send.
  [re(`(?<!(?<![a-z])(?:when|once|after|before|then) )(?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+)(?: will|'ll| can| is going to| is happy to) (?:review|look at|check|go through|read|assess) (?:it|them|this|that|your|ur)${E}`), 'arranges a clinician\'s care for them', ['will', "'ll", ' can', 'going to', 'happy to']],
  // "We remember her ringing it", "we still remember you and your boys": the practice knows them from their care.
  [family(`${WE_REMEMBER} {P}(?! (?:to|in (?:our|my) (?:thoughts|prayers))${E})`), 'says the practice knows them from their care', ['remember']],
  [re(`${WE_REMEMBER} (?:her|him)(?: (?:so |very |really )?(?:well|fondly)|,| [${L}]+ing)`), 'says the practice knows them from their care', ['remember']],
  // "Gemma and the team adore your dad", "the carers dote on your nan": staff fond of a relative in their care.
  [re(`(?:adore|adores|adored|dote on|dotes on|doted on|spoil|spoils|spoiled|spoilt) (?:your|ur) (?:[${L}-]+ )?(?:mum|mom|mother|mam|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandpa|aunt|auntie|uncle|husband|wife|partner|son|daughter|boy|girl|kids|children|little ones?|baby|twins)`), 'says the practice has them in its care', ['adore', 'dote', 'spoil']],
  // "We're glad Dad settled in so well", "the carers love him": a resident settled, and known, in the home.
  [re(`(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|your [${L}-]+|he|she)(?:'s| has| have|'ve| is| was)? (?:settled|settling) in (?:so |really |very )?(?:well|nicely|brilliantly|beautifully|happily|ok|okay)|(?:the|our) (?:carers|nurses|staff|care team|team|care staff) (?:all |just |really )?(?:love|adore|dote on) (?:him|her)(?![${L}])`), 'says the practice has them in its care', ['settl', 'love', 'adore', 'dote']],
  // "Your dad will probably be in the conservatory after lunch": a resident's whereabouts in the home.
  [family(`{P}(?:'s| is| will (?:probably |likely |usually |most likely )?be|'ll (?:probably |likely |usually )?be| usually is| tends to be) (?:in|at) (?:the|his|her|their) (?:conservatory|lounge|day room|dining room|activities room|activity room|sun room|sunroom|garden room|quiet lounge|tv room|bedroom)`), 'places them in the practice\'s own rooms', ['conservatory', 'lounge', 'day room', 'dining room', 'activit', 'sun', 'garden room', 'tv room', 'bedroom']],
  // "Your mum is such a joy to have with us": the person is in the practice's care.
  [family(`{P}(?:'s| is| was| are| were| has been| have been)(?: always| still)? (?:such |a real |an absolute )?(?:a joy|a delight|a pleasure|a treat|lovely|wonderful) to (?:have|look after|care for|see|treat)(?: (?:with us|here|around|in))?`), 'says the practice has them in its care', ['joy', 'delight', 'pleasure', 'treat', 'lovely', 'wonderful']],
  // "Mwila and the team were glad to vaccinate your whole family": care done for them, gladly (not "we're happy to see
  // you", an invitation; "pleased to look after you" has its own reading).
  [family(`(?:(?:was|were) (?:so |really |very )?(?:glad|happy|pleased|delighted|honou?red|privileged) to (?:vaccinate|treat|deliver|jab|immuni[sz]e|examine|operate on|fit)|(?:was|were|'re|are) (?:so |really |very )?(?:glad|happy|pleased|delighted|honou?red|privileged) to have (?:vaccinated|treated|delivered|jabbed|immuni[sz]ed|examined|operated on|fitted)) {P}`), 'says the practice cared for them', ['glad', 'happy', 'pleased', 'delighted', 'honour', 'honor', 'privileged']],
  // "We chased the hospital on your behalf": the practice acting in their care.
  [re(`(?:chased|contacted|called|rang|phoned|emailed|wrote to|spoke to|spoken to|followed up with|escalated (?:it|this) (?:to|with)) (?:the |your )?(?:hospital|pharmacy|chemist|consultant|insurer|insurance|lab|laboratory|specialist|referral (?:team|centre|center)|clinic|surgeon) on (?:your|ur) behalf`), 'says what the practice did in their care', ['behalf']],
  // "Your daughter is now 14th on the list and should be seen in the spring", "third on the list": their place on the waiting list.
  [family(`{P}(?:'s|'re| is| are) (?:now |currently |still )?(?:\\d+(?:st|nd|rd|th)|number \\d+|no\\.? ?\\d+|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|near the top) (?:on|of) (?:the|our|[${L}.]+ [${L}]+'s|[${L}]+'s) (?:waiting )?list`), 'knows their place on the waiting list', ['list']],
  [family(`{P} (?:should|will|could|would) be seen (?:in|by|on|within|next|this|before)`), 'knows when they will be seen here', ['be seen']],
  // "Your mum is always a delight on our home visits": the person in the practice's own rounds.
  [family(`{P}(?:'s| is| was| are| were| has been| have been)(?: always| such)? (?:[${L}-]+ ){1,3}?(?:on|at|during|in|of) (?:our|my|the) (?:home |ward |morning |weekly |friday |monday |tuesday |wednesday |thursday |saturday |sunday )?(?:visits|rounds|clinics?|sessions|appointments|classes|singalongs?|activities|coffee mornings?|lunch club|day centre|day center)`), 'places them in the practice\'s own visits or clinics', ['visits', 'rounds', 'clinic', 'sessions', 'appointments', 'classes', 'singalong', 'activities', 'coffee morning', 'lunch club', 'day cent']],
  [family(`(?:should|could|would) have (?:offered|called|rung|phoned|told|booked|seen|given|informed|explained (?:to )?|referred) {P}`), 'says what the practice did in their care', ['should have', 'could have', 'would have']],
  [family(`(?:help|treat|see|fix|look after|care for) {P} with (?:your|his|her|their)`), 'says what the practice did in their care', [' with ']],
  [family(`(?:until|when|once|before) (?:we|the (?:doctor|dentist|gp|nurse)|dr\\.? [${L}]+) (?:see|sees|can see|check|recheck|reassess) {P}`), 'says what the practice did in their care', ['see', 'check', 'reassess']],
  // "Glad Dr. Lee could recement it", "pleased we managed to fit them": what a clinician was able to do for them.
  [re(`(?:glad|pleased|happy|delighted|great) (?:that )?(?:we|dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|the (?:doctor|dentist|gp|nurse|hygienist|physio|team)|our (?:[${L}-]+ )?(?:team|doctor|dentist|gp|nurse|hygienist|physio)) (?:could|was able to|were able to|managed to|got to) (?!help|assist|answer|reply|respond|get back)[${L}-]+ (?:it|them|that|you|your|him|her)`), 'says what the practice did in their care', ['could', 'able to', 'managed to', 'got to']],
  // Waiting at the practice: "sorry you were kept waiting that long on the day", "sorry you waited again" (not a wait on the
  // phone).
  [family(`{P}${BE} (?:kept waiting|left waiting|made to wait|(?:had to wait|waited) (?:(?:so |that |too |this |over an |an )?(?:long|hour)|again)|waiting (?:so |that |too |this )?long)(?! (?:on|in) (?:the )?(?:phone|line|queue|hold)| for (?:a |the |us to )?(?:call|phone|reply|response|answer))`), 'speaks of their wait at an appointment here', ['waiting', 'wait']],
  // How they did in the chair: "You did so well today".
  [family(`{P} (?:did|were) (?:so |really |very |super |incredibly |amazingly )?(?:well|great|brilliant|brilliantly|amazing|amazingly|fantastic|fantastically|awesome|brave|(?:a |such a )?(?:star|superstar|champ|trooper)) (?:today|yesterday|this morning|this afternoon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at your|in the chair|during)`), 'speaks of how they did during their care here', ['did', 'were']],
  // Care that goes on: "we look forward to continuing to care for you and your family".
  [family(`(?:continu(?:e|ing) to|keep|carry on) (?:car(?:e|ing) for|look(?:ing)? after|treat(?:ing)?|see|seeing|support(?:ing)?|serv(?:e|ing)) {P}`), 'says the practice goes on caring for them', ['continu', 'keep', 'carry on']],
  // Their next visit: "when you visit the practice again", "next time you're in".
  [family(`(?:when|next time|the next time|whenever|once) {P}(?: visit| come in| come back| return| attend| are in|'re in| are back|'re back)(?: to)?(?: (?:us|the practice|the surgery|the clinic|the office|our practice|our surgery|our clinic|our office))? (?:again|next)`), 'speaks of their next visit', ['again', 'next']],
  // Glad to have them here: "we always love seeing you on Tuesdays", "can't wait to pamper you again".
  // "sorry you've found it difficult to speak with a doctor", "the distress this caused you and your wife": what they went
  // through trying to get care here.
  [family(`{P}(?:'ve| have| had|'re| are)? (?:found|been finding|finding) it (?:so |very |really |quite )?(?:difficult|hard|frustrating|impossible|a struggle|challenging|stressful) to (?:get|speak|see|book|reach|contact|make|obtain|access|register|order)`), 'speaks of their experience of care here', ['found', 'finding']],
  [family(`(?<!any )(?:distress|upset|anxiety|stress|worry|hurt|frustration) (?:this|that|it|which) (?:has )?caused {P}`), 'speaks of their experience of care here', ['caused']],
  // "we hope to be looking after you for thirty more": their care here, to come.
  [family(`(?:hope|hoping|look forward|looking forward) to (?:be |keep |go on |carry on )?(?:looking after|caring for|treating) {P}`), 'is glad to have them as a patient', ['looking after', 'caring for', 'treating']],
  [family(`(?:love|loved|enjoy|enjoyed|miss|missed|can't wait to|cannot wait to|look forward to|looking forward to) (?:seeing|treating|pampering|having|welcoming|looking after|caring for|catching up with|pamper|see|treat) {P}(?! (?:at|on) (?:our|the) (?:[${L}-]+ )?(?:open day|open house|event|fair|party|5k|race|stand|booth|talk|class|webinar|launch|walk|run|festival|parade|drive)${E})(?! (?:on|for|as) (?:a |an |your |the |our )?(?:placement|work experience|work placement|internship|rotation|elective|secondment|shadowing|locum|student|trainee|volunteer|intern|team|staff)${E})`), 'is glad to have them as a patient', ['love', 'enjoy', 'miss', 'wait to', 'forward to']],
  // "Dr. Haddad loved helping you pick the frames": past help with their care, enjoyed.
  [family(`(?:loved|enjoyed) helping {P} (?:pick|choose|find|get|through|with)(?![${L}])`), 'is glad to have them as a patient', ['helping']],
  // Called back by the practice: "you were called back by the duty GP within 45 minutes".
  [family(`{P}${BE} (?:called|rung|phoned|contacted|triaged|booked in)(?: back)? (?:by|within)`), 'says what the practice did in their care', ['called', 'rung', 'phoned', 'contacted', 'triaged', 'booked']],
  // One of someone's patients or clients: "you're his most punctual client", "you are one of our favourite patients".
  [family(`{P}(?:'re| are| were|'ve been| have been) (?:one of )?(?:his|her|their|our|my) (?:[${L}-]+ ){0,3}?(?:patients?|clients?)`), 'counts them among the practice\'s patients', ['patient', 'client']],
  // Seen in person, or the next one booked: "lovely catching up on Thursday", "same time next month", "can't wait for round two".
  [re(`(?:loved|love|lovely|great|nice|so good|wonderful|brilliant|fab) (?:meeting|seeing|catching up|chatting)(?: with)?(?: (?:you|them|him|her|baby [${L}]+|both|you both|you all|the (?:twins|kids|boys|girls|little ones)))?(?: (?:both|all|again))?(?= (?:on|this|last|yesterday|today|earlier)(?![a-z]))(?! (?:at|on) (?:our|the) )|(?:loved|love|lovely) meeting (?:them|him|her|baby|both|the (?:twins|kids|boys|girls|little ones))|same time next (?:week|month|year|time)|(?:can't|cannot) wait (?:for|until) (?:round (?:two|2|three|3)|your next|the next (?:one|session|visit|appointment))`), SEEN_IN_PERSON, ['meeting', 'seeing', 'catching up', 'chatting', 'same time', 'wait']],
  // Their account here: "I can see both charges", "refunded to your card".
  [re(`(?:we|i) (?:can )?(?:see|checked|found) (?:both |the |your |all )?(?:charges|payments?|invoices?|bills?|transactions?|account)|refunded (?:to|on|back to) your (?:card|account)|(?:sorted|sorting|resolved|fixed|settled|cleared up|chased|chasing) (?:this|it|things|that|the [a-z]+)(?: out| up)? with your (?:insurer|insurance(?: company)?|health fund)|(?:we|i)(?:'ve| have)? (?:contacted|spoken to|spoke to|called|rung|rang|heard back from|resubmitted (?:it |the claim )?to|sent (?:it |the claim )?to) your (?:insurer|insurance(?: company)?|health fund)`), 'says what the practice did in their care', ['charge', 'payment', 'invoice', 'bill', 'transaction', 'account', 'refunded', 'insur', 'health fund']],
  // "Thanks for coming along to Saturday's clinic!", "thanks for visiting us in March": they came in (not to an open day
  // or event).
  [re(`(?:thanks|thank you)(?: so much| very much)? for (?:visiting (?:us|the (?:[a-z-]+ )?(?:practice|clinic|surgery|office|centre|center))(?! (?:at|on|for) (?:the|our) )|coming to see us|(?:coming|popping) (?:in(?! (?:to|at|for) )|(?:along |in |down )?to (?:our|the|your|[a-z]+day's) (?:[a-z-]+ )?(?:clinic|session|appointment|appt|surgery|practice|office|check-?up|review|consultation)))(?! (?:to|at|for) (?:our|the) (?:[a-z-]+ )?(?:open day|open house|event|fair|party|talk|class|webinar|launch|stand|booth|fun run|coffee morning))`), CAME_IN, ['coming', 'popping', 'visiting']],
  // They left: "you left our practice", "your decision to move practices".
  [family(`{P}${BE} (?:decided to |chosen to |chose to )?(?:left|leaving|leave|moved (?:away )?from|moving (?:away )?from) (?:our|the|this) (?:practice|surgery|clinic|office|list)`), 'says they were registered here', ['left', 'leav', 'mov']],
  [re(`(?:your|ur) (?:[${L}-]+ and )?(?:decision|choice) to (?:move|leave|change|switch) (?:practices|surgeries|gps|doctors|dentists|clinics)`), 'says they were registered here', ['decision', 'choice']],
  // Addressed as a patient: "Dear Patient,".
  [re(`(?:dear|hi|hello|hey) (?:valued |lovely |our )?patient(?![s'])`), 'addresses them as a patient', ['patient']],
  // One of the practice's patients: "another example of how our patients are affected", "patients like you".
  [re(`our other patients|other patients like you|patients like you|another (?:example|case) of how our patients|(?:you|u)(?:'re| are) (?:one of )?our (?:[${L}-]+ )?patients?|as (?:a|our) (?:valued |registered |long-?standing |loyal )?patient(?! of)`), 'counts them among the practice\'s patients', ['patient']],
  // Measured against the practice's patients: "that's never the experience we want our patients to have".
  [re(`(?:never|not) (?:the|an?) (?:[${L}-]+ )?(?:experience|care|service|standard) (?:that )?we(?: would|'d)? (?:want|expect|aim for|strive for|hope for) (?:for )?(?:any of our patients|all (?:of )?our patients|our patients|any patient)`), 'compares them with the practice\'s patients', ['patient']],
  [family(`(?:didn't|did not|hasn't|has not|wasn't|was not) (?:deliver|work|go (?:well|smoothly))(?:ed)? (?:well )?for {P}`), 'compares them with the practice\'s patients', ["n't", ' not ']],
  // Welcomed as a new patient.
  [re(`welcome (?:to|into) (?:the|our) (?:[${L}-]+ ){0,3}?(?:practice|surgery|clinic|office|family|patient family)(?! (?:open day|event|party))`), 'welcomes them as a patient here', ['welcome']],
  // "share your before & after", "your transformation photos": pictures of their own treatment here.
  [re(`(?:your|ur) (?:[${L}-]+ )?(?:before ?(?:&|and|n|\\/|\\+) ?afters?|before-and-afters?|transformation(?: (?:pics?|photos?|pictures?))?|results? (?:pics?|photos?|pictures?))`), 'speaks of pictures of their treatment here', ['before', 'transformation', 'result']],
  // "Deon has put aside your two boxes of pens", "we've set your inhalers aside": their medicines, held for them.
  [re(`(?:put|set|kept|held|putting|setting|keeping|holding) (?:aside|back|by) (?:your|ur) (?:[${L}0-9-]+ ){0,4}?(?:pens?|inhalers?|tablets|pills|meds|medications?|medicines?|prescriptions?|scripts?|insulin|supplies|order|glasses|lenses|hearing aids?|dentures?|retainer)|(?:put|set|kept|held|putting|setting|keeping|holding) (?:your|ur) (?:[${L}0-9-]+ ){0,4}?(?:pens?|inhalers?|tablets|pills|meds|medications?|medicines?|prescriptions?|scripts?|insulin|supplies|order|glasses|lenses|hearing aids?|dentures?|retainer) (?:aside|back|by)`), 'holds their medicines or appliances for them', ['aside', 'back', ' by']],
  // "Thank you for being with us since 2015", "thanks for sticking with us all these years": years as their practice.
  [re(`(?:(?:thanks|thank you) for |(?:you|u)(?:'ve| have| had|'d) )(?:sticking|staying|being|been) with us (?:for |through )?(?:all (?:these|those|the) years|so long|since (?:19|20)\\d\\d|(?:for )?(?:\\d+|many|so many|ten|twenty|thirty|forty) years)`), 'implies a long care relationship', ['with us']],
  // "Thanks for choosing Velmora Hexham!", "thank you for choosing us": they chose the practice for their care
  // (not "for choosing to share your story").
  [re(`(?:thanks|thank you|thank u|ty|cheers)(?: so much| again| both)? for choosing (?!to )(?:us|[${L}'-]+(?: [${L}'-]+){0,3}?)(?= *(?:[^ ${L}0-9]|$| for | as | today| again))`), 'thanks them for choosing the practice', ['choosing']],
  // "Your dad is in the very best hands with Fiona's team": a relative in the practice's care now. (Said to them, "you're in
  // good hands" is read above, unless said to whoever they see: "Whoever you see, you're in good hands".)
  [re(`(?:your|ur) (?:${ONE_RELATIVE})(?:'s| is) in (?:the )?(?:very )?(?:best|good|great|safe|excellent|capable|caring|kind|wonderful|amazing) hands`), 'says a relative is in the practice\'s care', ['hands']],
  // A long relationship: "over the years", "your continued trust", "your new doctors".
  [re(`(?:continued|ongoing|long-?standing|many years of|years of|\\d+ years of) (?:trust|loyalty|custom)|(?:your|ur) (?:[${L}-]+ )?(?:loyalty|custom)|(?:your|ur) long[- ]?(?:term|time|standing) (?:[${L}-]+ )?(?:experience|relationship|care)|(?:happier|settled|registered|moved|moving|transferred|moved on) (?:at|to|with|elsewhere) (?:your |a |another )?(?:new )?(?:doctors?|gps?|practice|surgery|dentist|clinic)`), 'implies a long care relationship', ['trust', 'loyalty', 'custom', 'long', 'happier', 'settled', 'registered', 'moved', 'moving', 'transferred']],
  // "we're glad you felt that with us", "you felt at home here": how they felt while in the practice's care.
  [family(`{P}${BE} (?:felt|feel|feels) (?:that|this|it|so|very|really|at home|at ease|welcome|comfortable|safe|respected|heard|human|valued|supported)(?: [${L}]+)? (?:with us|here with us|in our care)`), 'says how they felt in the practice\'s care', ['with us', 'our care']],
  // Their recovery or results, spoken of as the ones the reply is about: "we hope the recovery is going smoothly", "hope his recovery at home is going well",
  // "glad the results came back so quickly for you".
  [re(`(?:hope|hoping|glad|pleased|happy|delighted|relieved|great to hear|good to hear|lovely to hear)(?: that)? (?:the|your|ur|his|her|their) (?:[${L}-]+ )?(?:recovery|healing|results?|op|operation|procedure|surgery|treatment|scan|biopsy)(?: at home| so far)?(?:'s|'re| is| are| was| were| came| comes| come| has| have| went| goes| go| turned| healed)`), 'speaks of their recovery or results', ['recovery', 'healing', 'result', ' op ', 'operation', 'procedure', 'surgery', 'treatment', 'scan', 'biopsy']],
  // A finding in their care, spoken of as one the reply shares in: "so glad it was caught early", "glad we spotted it in time".
  [re(`(?:glad|pleased|relieved|happy|thankful|grateful|so good)(?: that)? (?:it|this|that|we|they|he|she|dr\\.? [${L}]+)(?: was| were| got| could| managed to)? (?:caught|spotted|found(?! (?:its|their|his|her|your|my) way)|picked (?:it |this |that )?up|diagnosed)(?: (?:it|this|that|them))?(?: (?:early|so early|in time|quickly|so quickly|promptly))?(?![${L}])`), 'speaks of a finding in their care', ['caught', 'spotted', 'found', 'picked', 'diagnosed']],
  // "Next time you bring the kids in", "next time you pop in": a next visit, so an earlier one.
  // ("next time you're in": the contraction joins "you" with no space.)
  [family(`(?:next time|the next time) {P}(?: visit| come in| pop in| drop in| are in|'re in| bring (?:[${L}-]+ ){1,3}?(?:in|back|along))(?![${L}])`), 'speaks of their next visit', ['next time']],
  // "We'll have a warm blanket ready for you Friday", "we'll save his favourite recliner for Wednesday": their visit, prepared for.
  [family(`(?:(?:have|has|get|got|keep|set) [^.!?\\n]{1,50}? ready|waiting) for {P}(?: on| at)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this (?:morning|afternoon|evening|weekend)|next (?:week|time))(?![${L}])`), 'prepares for their visit', ['ready for', 'waiting for']],
  [re(`(?:save|keep|hold|reserve) (?:your|ur|his|her|their) (?:[${L}-]+ ){0,2}?(?:chair|recliner|seat|spot|bed|room|bay|blanket|pillow)(?: [^.!?\\n]{0,30}?)? for (?:you |him |her |them )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next (?:week|time))(?![${L}])`), 'prepares for their visit', ['save', 'keep', 'hold', 'reserve']],
  // "from the scans we've got on file", "your notes on file", "the number we have on file": their records here.
  [re(`(?:your|ur|the) (?:[${L}-]+ ){0,2}?(?:scans?|x-?rays?|impressions?|records?|notes|results?|prescriptions?|measurements|photos|images|moulds?|molds?|(?:phone |mobile |contact )?numbers?|mobile|(?:e-?mail |home |postal )?address|e-?mail|contact details|details)(?: (?:that )?(?:we've got|we have|we hold|we keep|we've kept|are|is))? on (?:file|record|our system)(?![${L}])`), 'looks at their records here', [' on file', ' on record', 'our system']],
  // A clinician will give them their results: "Dr Brennan will ring you once the PSA result is in".
  [family(`(?:will|'ll|is going to|are going to) (?:ring|call|phone|text|email|contact|message) {P} (?:back )?(?:once|when|as soon as|with|about) (?:the|your) (?:[${L}-]+ ){0,2}?(?:results?|report|bloods|swabs?)`), 'says a clinician will give them their results', ['result', 'report', 'bloods', 'swab']],
  // Their booking: "you're moved to Fri 10:30 with Josh", "you're on for the 14th at 10", "you're in for Friday at 2 with Dr Nicolson", "you've been rebooked for Tuesday", "you're currently booked Thursday 2:15".
  // ("whichever hospital you're booked with": anyone's booking.)
  [family(`(?<!(?<![a-z])(?:whichever|wherever|whatever|no matter (?:who|where|which))[^.!?]{0,30}){P}(?:'re| are|'ve been| have been| were| was| now)+ (?:(?:all|currently|already|still|now) )?(?:moved|booked|rebooked|rescheduled|pencill?ed|switched|swapped|in(?= (?:for|on) (?:(?:next|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)(?![a-z]))|on(?= for (?:the \\d{1,2}(?:st|nd|rd|th)?|(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)(?![a-z]))) (?:(?:in |over |back )?(?:to|for|with|on|in|at)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|this (?:morning|afternoon|evening)|\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:am|pm))?)`), 'says they have an appointment here', ['moved', 'booked', 'rescheduled', 'pencil', 'switched', 'swapped', ' in for ', ' in on ', ' on for ']],
  // "Glad our crew could get y'all back on the water", "a pleasure getting you back on the pitch": care that got them back
  // to what they do; "we'll get him back in to redo it": seen again ("physios get you back to what you love" is anyone).
  [family(`(?:glad|pleasure|delighted|happy|pleased|thrilled|proud)(?![a-z])[^.!?]{0,40}?(?:get|got|getting) {P} back (?:on|onto|to|into|out)(?![a-z])`), 'says they were cared for here', [' back ']],
  [family(`(?:get|getting) (?:{P}|him|her) back in(?![a-z])`), 'says they were cared for here', [' back in']],
  // "ask for Tammy so she can get you rescheduled": a booking they had, moved.
  [family(`(?:get|have|got|getting) {P} (?:rescheduled|rebooked|re-booked)`), 'says they have an appointment here', ['rescheduled', 'rebooked', 're-booked']],
  // A clinician's verdict on their case, passed on: "Sister Thandiwe says the trace was perfect", "Kevin says the ankle is good
  // to go" (the definite "the" of a reply is their trace, their ankle).
  [re(`(?!(?:it|he|she|they|everyone|everybody|nobody|research|evidence|guidance|who|that|this|which|what)${E})(?:(?:dr\\.?|doctor|nurse|sister|midwife|physio) )?[${L}]+ (?:says|said|is happy|was happy|is pleased|was pleased|reports|reported) (?:that )?(?:the|your|ur|baby's|his|her) (?:[${L}-]+ )?(?:trace|ctg|scan|ultrasound|x-?rays?|bloods|blood tests?|results?|swab|smear|biopsy|ecg|mri|wound|stitches|scar|ankle|knee|hip|shoulder|wrist|elbow|back|tooth|teeth|gums|fracture|bone|cast|implant|crown|healing|recovery|progress|readings?|levels|heartbeat|heart rate|growth) (?:was|were|is|are|looks?|looked|came back|is looking|are looking|has healed|had healed) (?:really |so |absolutely |all |nice and |completely |totally )?(?:perfect|normal|clear|fine|great|good|healthy|excellent|spot on|reassuring|strong|healing|on track|stable|all good)`), 'passes on a clinician\'s verdict on their case', [' says', ' said', ' happy', ' pleased', ' report']],
  // "We look forward to looking after all of you", "looking forward to welcoming your mum": care here ahead of them
  // (not an event: "looking forward to seeing you at the fun run").
  [family(`(?:look|looking|looks) forward to (?:looking after|caring for|seeing|treating|welcoming|meeting|having) (?:all of |both of )?{P}(?! (?:at|on) (?:the|our|this|next|[${L}]+day's) (?:[${L}-]+ ){0,3}?(?:open (?:day|house|evening)|fun run|event|fair|stall|stand|booth|talk|webinar|workshop|class|festival|market|expo|party|bbq|barbecue|picnic|walk|launch|seminar|session|coffee morning)${E})`), 'looks forward to caring for them here', ['forward to']],
  // Their stay: "while you were waiting on the ward", "when you were in recovery".
  [family(`(?:while|whilst|when) {P}(?: were| was| are|'re) (?:still )?(?:waiting |lying |sitting )?(?:on|in) (?:the |our )?(?:ward|theatre|recovery|waiting room|department|a&e|ed|er|emergency department|resus|chair|day unit|unit)`), 'speaks of their stay here', ['ward', 'theatre', 'recovery', 'waiting room', 'department', 'a&e', ' ed', ' er', 'resus', 'chair', 'unit']],
];
// "over the past 30 years" is a relationship only when said of them.
const YEARS = re(`over (?:the )?(?:(?:past|last) )?(?:\\d+ |many |several |ten |twenty |thirty |forty )?years|(?:for|in) (?:the (?:past|last) )?(?:\\d+|many|several|ten|twenty|thirty|forty) years(?! of (?:experience|expertise|practice|training))`);
const TO_YOU = new RegExp(`${B}(?:you|your|yours|u|ur)${E}`, 'u');

// Thanks passed on to the clinician the review credits, or the clinician's delight at hearing it.
// "will be thrilled to hear", "he'll be so happy 😊", "will be so pleased with 130/85", "is cheering him on", "Dr. Kessler will be watching!".
const HAPPY_TO_HEAR = `(?:so |really |very |absolutely )?(?:thrilled|delighted|pleased|happy|touched|moved|chuffed|glad|grateful|over the moon|made up|chuffed to bits|pumped|stoked|psyched|rapt)(?= to (?:hear|read|know|see(?! (?:you|u|him|her|them|new|more|any|all|patients|families|everyone|anyone)(?![a-z])))| when (?:she|he|they) (?:reads?|hears?|sees?)|[^a-z]*$| ?[^\\sa-z0-9,]|, (?:she|he|they)(?:'s| is| was|'ll| will| prides| loves| always)(?![a-z])| with (?:this|that|it|your|those|these|how|\\d))`;
// Passing words on in Spanish, Portuguese, French, Italian, German, Tagalog, Welsh and Vietnamese: "vamos passar a mensagem
// à Dra. Priya", "le haremos llegar su mensaje", "nous transmettrons vos mots", "ipaparating namin kay Ivy", and the
// clinician's delight: "se alegra de que…", "ficou muito feliz", "sera ravi", "yn falch iawn", "rất vui khi đọc"; what they say
// of them ("dice que sus coronas…", "dit que vous…"); "przekazaliśmy miłe słowa", "ko bata diya", "bahut khush hue", "è
// felicissima che…", "lässt grüßen", "is baie bly".
const FOREIGN_RELAY = `(?:(?:vamos|vou|iremos|irei) (?:passar|transmitir|partilhar|compartilhar|repassar|mostrar)|passaremos|transmitiremos|repassaremos) (?:a |as |o |os |sua |suas |seu |seus |tua |teu )?(?:mensagem|recado|palavras|elogios?|carinho|comentário|avaliação|agradecimento)|(?:le |les |se lo |se la |se los )?(?:pasaremos|pasamos|pasaré|transmitiremos|transmitimos|haremos llegar|hacemos llegar|haré llegar|compartiremos|compartimos|mostraremos|diremos) (?:tu |su |sus |tus |el |los |las |este |estos |sus lindas |sus amables )?(?:mensaje|mensajes|comentario|comentarios|palabras|saludos|felicitaciones|reseña|agradecimiento)|(?:nous |je |on )?(?:transmettrons|transmettrai|transmets|transmet|transmettons|ferons suivre|partagerons|partagerai) (?:vos|votre|ton|tes|ce|ces|le|les|bien)|(?:lo |le )?(?:riferiremo|riferirò|trasmetteremo|faremo sapere)|(?:wir )?(?:leiten|richten|geben) (?:[${L}]+ )?(?:weiter|aus)|ipa(?:pa)?(?:rating|abot) (?:namin|ko|po)|sizomtshela|sizobatshela|ngizomtshela|iparating (?:namin|ko)|sasabihin (?:namin|ko) (?:kay|sa|po)|(?:le |se lo )?(?:hemos comentado|comentamos|hemos dicho|diremos)|se alegra(?:rá)? (?:mucho )?(?:de|por)|(?:estará|está) (?:muy |tan |super )?(?:feliz|contenta|contento|encantada|encantado)(?= de| con| que| al| por|[^a-z]*$)|(?:ficou|ficará|vai ficar) (?:muito |tão )?(?:feliz|contente|content[ea])|sera (?:très |si )?(?:ravie?|heureuse?|touchée?|contente?)|(?:est|était|a été) (?:très |si |tellement |vraiment |super )?(?:ravie?|touchée?|contente?|heureuse?|émue?)|yn falch(?: iawn)?|rất vui khi (?:đọc|nghe|biết|được chăm sóc)|đã chuyển lời|è (?:stat[oa] )?(?:molto |davvero |così )?(?:felicissim[oa]|felice|contentissim[oa]|content[oa]|lietissim[oa]|liet[oa]) di (?:leggerl[oa]|leggere|sentirl[oa]|saperlo)|adorou (?:atender|cuidar d[aoe]|conhecer|tratar|ver)|natuwa (?:po )?si|(?:dice|dijo) que (?:sus?|tus?|usted|lo|la|le|te)(?![${L}])|dit que (?:vous|votre|vos|tu|ton|ta|tes)(?![${L}])|diz que (?:você|voce|o seu|a sua|seu|sua|tu|o teu|a tua)(?![${L}])|(?:przekaza(?:liśmy|łam|łem|łyśmy|ła|ł)|przekażemy|przekażę) (?:je|to|te słowa)(?= (?:dr|pani|panu|doktor|lekarz))|(?:przekaza(?:liśmy|łam|łem|łyśmy|ła|ł)|przekażemy|przekażę)(?: [${L}]+){0,2} (?:słowa|pozdrowienia|podziękowania|wiadomość|opinię|komentarz)|(?:bardzo )?się (?:ucieszył|ucieszyła|ucieszyli|cieszy)|ko (?:bata diya|bataya|bata diye|bol diya)|aapka (?:message|sandesh|review|feedback) (?:pass|share|forward) kar (?:diya|diye|denge)|ko aapka (?:message|sandesh|review|feedback) (?:zaroor |zarur |jarur )?(?:bata |de |pahuncha |pohncha )?(?:denge|dengi|diya|diye|dunga|dungi)|(?:bahut )?khush (?:hue|hui|hain|ho gaye|ho gayi)|unko (?:bahut )?khushi hui|è (?:molto |davvero |così )?(?:felicissim[oa]|felice|contentissim[oa]|content[oa]) (?:che|per)|lässt (?:sie |dich |euch )?(?:schön |herzlich |ganz herzlich )?grüßen|(?:is|was) (?:so |baie |sommer )?bly(?![${L}])|(?:sal|het|gaan) (?:dit |jou [${L}]+ )?(?:[${L}. ]{1,40} )?(?:oordra|oorgedra|deurgee|deurgegee)(?![${L}])`;
// Thanks in other languages, passed on: "Aga says dziękuję!", "Solveig says mange takk!".
const FOREIGN_THANKS = '(?:dziękuję|dziekuje|gracias|merci|danke|grazie|obrigad[oa]|diolch|kiitos|mahalo|salamat|ngā mihi|nga mihi|dank je(?:wel)?|bedankt|shukriya|dhanyavaad|ngiyabonga|enkosi|baie dankie|go raibh maith agat|mange takk|tusen takk|tack|arigato|kamsahamnida|cảm ơn|shukran)';
// "Carlos is chuffed to be joining the physio team": their own news, not words relayed to them.
const OWN_NEWS = `(?! to (?:be |have )?(?:join|start|back|return|work|part of|welcom|lead|run|help|volunteer|present|speak|tak|win|won|receiv|nominat|shortlist))`;
const RELAY_ONE = new RegExp(`(?:'ll| will) be ${HAPPY_TO_HEAR}|(?:(?:is|'s) going to|(?:'ll| will)) (?:definitely |so )?(?:frame|treasure|print(?: out)?) (?:this|it|that|your (?:review|message|words|post))(?![${L}])|${B}made sure (?:he|she|they|dr\\.? [${L}'-]+|[${L}'-]+) (?:saw|sees|has seen|read|reads|has read|got|gets|heard|hears) (?:this|it|that|your)(?![${L}])|(?:is|was|'s) (?:so |really |very |incredibly |beyond )?proud(?= *(?:[^a-z\s,]|$))|(?:be|make) sure to (?:tell|show|let)(?= )|(?:'ll| will) (?:definitely |certainly |happily |gladly )?tell (?!(?:you|u|everyone|everybody|all|the (?:team|whole|rest))(?![a-z]))(?=[a-z])|'s (?:so |still |absolutely |well )?(?:blushing|grinning|beaming|over the moon|made up|stoked|buzzing|chuffed|rapt|wrapped)(?![${L}])${OWN_NEWS}|(?:'s|'re| is| was| are|'ll be| will be) (?:still |so |all )?(?:rooting|cheering) (?:for (?:you|u|him|her|them)|(?:you|u|him|her|them) on)(?![${L}])|(?:'ll| will) be watching(?= *[!.]*$)|${B}(?:i|we|i've|we've|i have|we have) (?:just |already )?show(?:ed|n) (?:this |it |that |your (?:review|message|post|comment|words|card|note) )?(?:to )?|${B}(?:pass(?:ed|ing)? (?:on|this|these|it|them|that|your|the|all)|relay(?:ed|ing)?|shar(?:e|ed|ing) (?:it |them |this |these |that |those |your (?:[${L}-]+ )?(?:message|feedback|review|comments?|words|note|story|thanks|card|letter) )?with|(?<!look(?:ing|s|ed)? )forward(?:ed|ing)?|feed(?:ing)? (?:it |this |that )?back|fed (?:it |this |that |these |those |them )?back|(?:advise|advised|inform|informed|update|updated|tell|told) (?:[${L}.]+ ){1,3}(?:of|about|regarding) (?:your|this|these|the) (?:[${L}-]+ ){0,2}?(?:feedback|comments?|review|words|thanks|praise|compliments?)|let (?!(?:you|u|ya|yous|everyone|everybody) know)(?:[${L}.]+ ){1,4}know|(?:(?:make|made|making) (?:sure|certain)|(?:i'll|we'll|i will|we will) see|(?<=(?:'ll|will|'d|would) )be sure|ensure|ensured) (?:that )?(?:(?:[${L}.'-]+ ){1,4}?(?:sees?|hears?|gets?|reads?|knows?|receives?)|(?:this|it|your (?:[${L}-]+ )?(?:message|feedback|review|comments?|words|note|thanks|remarks)) (?:gets|is|goes|reaches|reach|get|go|are))|(?:will|would|(?:is|are) going to|(?:is|are) gonna) be ${HAPPY_TO_HEAR}|(?:'ll|will|would|'d) (?:absolutely |just |really |so )?love (?:hearing|reading|to hear|to read) (?:this|that|it|your (?:review|message|words|comment|note|kind words)|how)|(?:'ll|will) (?:absolutely |just |really |so )?love (?:this|that|it)(?=[^a-z]*$|[^a-z]*[!.,])|(?:it|(?<!like )this|(?<!like )that|your (?:[a-z-]+ )?(?:words|review|message|note|card|thanks|feedback|comment)s?)(?: means?| meant| will mean| would mean|'ll mean) (?:such |so )?(?:a great deal|a lot|so much|the world|everything|heaps|loads) to(?= )|(?:has|have) been (?:told|shown|informed)(?![a-z])|(?:'ll|will) be (?:told|shown|informed|made aware)(?![a-z])|(?:really |truly |so |very much )?appreciated (?:your|the) (?:(?:kind|lovely|generous|thoughtful) )?(?:words|message|review|note|feedback|comments?)|(?:asked|asks) (?:us|me) to (?:send|pass on|say|share)|when (?:he|she|they) (?:read|saw|heard) (?:this|it|that|your)|(?:made|makes|'s made|has made|'ve made|have made) (?:his|her|their|(?:[${L}]+ )?[${L}]+'s) (?:whole )?(?:day|week|month|year)|(?:was|is|were|are) (?:so |really |very |absolutely |truly |deeply )?(?:thrilled|delighted|pleased|happy|touched|chuffed|glad|moved) (?:to (?:read|hear|see|meet|know)|(?:that |with )?(?:your|you|he|she|they)|for (?:you|ye|him|her|them)|by (?:this|that|it|your))|(?:loves?|loved) (?:a |hearing |reading |getting )?(?:good |happy )?(?:success stor(?:y|ies)|happy endings?|good news)|(?:loved|loves|enjoyed) being (?:a |such a )?part of|(?:loved|loves|enjoyed) (?:reading )?(?:the|your|this) (?:lovely |kind )?(?:review|message|comment|words|note|card|feedback)(?![${L}])|(?:says|said) (?:it was|it's|it is|it's been|it has been) (?:an? )?(?:honou?r|privilege|pleasure|joy)|(?:is|was) (?:so |still |absolutely |well )?(?:blushing|grinning|beaming|over the moon|made up|stoked|buzzing|chuffed|rapt|wrapped)${OWN_NEWS}|(?:has|'s|have) passed on (?:his|her|their) (?:love|aroha|thanks|best wishes|regards|best)|(?:is|was|'s|are|were|'re) (?:so |really |very |incredibly |all )?proud of (?:you|u|him|her|them)|(?:asking|asked|asks|ask) after (?:you|u|her|him|them|your)|(?:says|said|zegt|sagt|dice|dit|diz|mówi) (?:thank you|thanks|hi|hello|good luck|congrats|congratulations|well done|${FOREIGN_THANKS})|(?:bardzo |serdecznie )?dziękuje|(?:says|said) (?:to )?tell (?:him|her|them|you)|(?:says|said) (?:he|she|you|they) (?:was|were) (?:so|such|the|a)(?= )|(?:says|said) (?:it was|it's) (?:so |really )?(?:lovely|great|nice|wonderful) to (?:meet|see|treat|look after)|tell (?:[${L}.]+ ){1,3}(?:you said so|what you said)|sends? (?:(?:her|his|their|you|u) )?(?:an? |a big |lots of |so much |all (?:her|his|their|the|our) )?(?:thanks|love|best|(?:best )?wishes|regards|high[- ]?fives?|hugs?|cuddles?|fist bumps?|congratulations|congrats)|(?:read|loved reading|enjoyed reading) (?:this|your (?:review|words|message|comment|post))|(?:print(?:ing|ed)?|pinn(?:ing|ed)|fram(?:ing|ed)|stick(?:ing)?|putting) (?:it|this|that|your (?:review|words|note|card|message))(?: one)?(?: (?:out |up )?(?:for|on)|(?= *[!.]|$))|(?:can't|cannot) wait to (?:meet|see)|(?:adores|loves|loved|enjoyed) (?:meeting |seeing |treating |looking after |caring for )?(?:you|your)|(?:show|showed|shown|read|send|sent|give|gave) (?:her|him|them|it to (?:her|him|them)) (?:this|your)|receives? (?:them|this|it|your|these)|(?:has|have) received (?:this|your|these|them)|(?:your|the|these) (?:kind |lovely |positive |thoughtful |wonderful |glowing |generous )?(?:words|comments|feedback|praise|review|compliments?|thanks) (?:about|for|regarding|on|to)|think so highly of|speak so highly of|especially (?:for|about|to)|appreciates? (?:you|u|this|that|it|your)|(?:le |les )?(?:manda|mandan|envía|envia|envían|envian) (?:muchos |muchas |sus |un (?:gran |fuerte )?)?(?:saludos|abrazos?|besos|cariños|las gracias)|le(?:yó|yeron) (?:su|tu) (?:reseña|comentario|mensaje)|${FOREIGN_RELAY})${E}`);
// "Jolene says he's her bravest shot buddy": what the clinician the review credits said of them.
// ("Dr. Kvasnikoff still talks about that night", "Dr. Pardy loves his visits with your Nan", "Dr. Trent is still smiling
// about those twins": the credited clinician remembers their care.)
const SAID_OF_THEM = new RegExp(`${B}(?:(?:says|said) (?:he|she|they|you|u)(?:'s|'re| is| are| was| were)|(?:says|said) (?:it was|it's|it is) (?:(?:his|her|their|an absolute|a real|a) )?(?:pleasure|privilege|honou?r)|(?:still )?(?:smiling|grinning|beaming) (?:about|over) (?:you|u|that|those|your|the)|(?:still )?(?:talks|talked|speaks|spoke) about (?:you|u|that (?:[${L}-]+ )?(?:day|night|morning|evening|delivery|birth)|the (?:[${L}-]+ )?(?:day|night))|(?:loves|loved|enjoys|enjoyed) (?:working|being) with (?:you|u|him|her|them|your [${L}-]+)|(?:says|said) (?:[${L}0-9-]+ ){0,4}?(?:with|caring for|looking after|treating|seeing) (?:you|u|him|her|them|your [${L}-]+)(?: (?:all|both))? (?:has been|was|is|have been) (?:(?:his|her|their|an absolute|a real|a|an|such a) )?(?:pleasure|privilege|honou?r|joy)|(?:still )?remembers (?:you|u|that (?:day|night))|(?:loves|loved|enjoys|enjoyed|misses) (?:his|her|their) (?:visits|chats|catch-ups|sessions|time) with (?:you|u|your))${E}`);
// "Kerri-Ann is only delighted!" to a review of her care: the clinician the review credits, pleased (a team "delighted"
// at news of a new wing is not).
// ("Declan's delighted you're all sorted", "she was thrilled to read it", "was all smiles reading it", "Orla and the
// midwives were over the moon", "was really glad to read this", "Nurse Melissa loved this!", "has read this three times already".)
const DELIGHTED = new RegExp(String.raw`(?:is|was|'s|were|are|'re) (?:only |just |so |really |absolutely |all )?(?:delighted|thrilled|touched|chuffed|moved|stoked|made up|over the moon|beaming|blushing|grinning|buzzing|smiles|(?:so |really |very )?(?:glad|pleased|happy) to (?:hear|read|see) (?:this|that|it|your))(?= *[,.!—–]| *$| *\p{Extended_Pictographic}| (?:you(?:'re| are)?|u|that|to (?:hear|read|see|know)|with (?:this|that|your|the)|about (?:this|that|your|the)|reading (?:this|that|it|your))(?![a-z]))|(?<![a-z])(?:loved|loves|adored) (?:this|that|it|reading (?:this|that|it|your [a-z]+)|your (?:review|message|words|post|note|comment|kind words|shout-?out))(?= *[,.!—–]| *$| *\p{Extended_Pictographic})|(?<![a-z])(?:has|'s) (?:already )?read (?:this|it|your [a-z]+) (?:\d+|two|three|four|five|several|a few|so many|many) times|(?<![a-z])(?:teared|welled|choked|filled) up (?:reading|when (?:she|he|they) read|at|over) (?:this|that|it|your [a-z]+)(?![a-z])|(?<![a-z])(?:was|is|were|'s) (?:in|close to|nearly in|almost in) tears (?:reading|over|at) (?:this|that|it|your [a-z]+)(?![a-z])`, 'u');
// "…says you were a delight", "…says your tissue looked great": what a clinician saw of them.
const SAID_YOU_WERE = new RegExp(`${B}(?:say|says|said) (?:that )?(?:(?:you|u) (?:were|was)|(?:you|u|he|she|they) did (?:so |really |super |incredibly )?(?:great|well|brilliantly|amazing(?:ly)?|fantastic|awesome|perfectly)|your (?:[${L}-]+ ){1,2}?(?:looked|looks|look|was|were|is|are|has|have|healed|healing))${E}`);
// Kinds of clinical team, as in "our nursing team": read by CLINICAL_GROUP and by NOT_TO_A_CLINICIAN.
const CLINICAL_FIELD = `nursing|clinical|medical|gp|pharmacy|dispensary|dispensing|doctors'?|nicu|icu|picu|scbu|maternity|midwifery|delivery|l&d|surgical|theatre|dental|hygiene|physio|physiotherapy|therapy|rehab|oncology|cardiology|paediatric|pediatric|orthodontic|optometry|dermatology|np|nurse practitioner|counselling|counseling|mental health|behaviou?ral health|ward|imaging|radiology|x-ray|ultrasound|lab|laboratory|phlebotomy|infusion|wound care|anaesthetic|anesthesia|recovery(?: bay| room| ward| unit)?|endoscopy|dialysis|chemo|urology|ent|orthopaedic|orthopedic|ortho|neurology|rheumatology|respiratory|diabetes|podiatry|audiology|hearing|eye|skin|gynae|gynaecology|gynecology|obstetric|obstetrics|fertility|ivf|sleep|pain|cardiac|stroke|fracture|speech therapy|sports medicine|urgent care|minor injuries|continence|memory|breast|vascular|ophthalmology|district nursing|community nursing|gastro|renal|haematology|hematology|vaccination|immuni[sz]ation|wing|ward's|unit's`;
const CLINICAL_GROUP = re(`(?:our|the) (?:[${L}'-]+ )?(?:${CLINICAL_FIELD}) (?:team|staff|nurses|techs?|technicians|crew|suite|unit)|(?:our|the) (?:[${L}'-]+ )?(?:doctors|nurses|gps|clinicians|physicians|dentists|hygienists|physios|physiotherapists|therapists|consultants|surgeons|midwives|health visitors|paramedics|radiographers|sonographers|phlebotomists|anaesthetists|anesthetists|pharmacists|audiologists|optometrists|opticians|podiatrists|paediatricians|pediatricians|dietitians|carers|care staff|healthcare assistants|care assistants|nursing assistants)|(?:the|our) (?:[${L}-]+ )?team (?:on|in|at) (?:ward [${L}0-9]+|the (?:[${L}-]+ )?(?:ward|unit|department))|(?:our|the|[${L}]+day's) (?:nurse|doctor|gp|locum|clinician|dentist|hygienist|physio|physiotherapist|therapist|counsell?or|psychologist|psychiatrist|consultant|surgeon|periodontist|endodontist|orthodontist|dermatologist|audiologist|optometrist|podiatrist|chiropractor|dietitian|midwife|pharmacist|physician associate|physician assistant|pa|nurse practitioner|health visitor|paramedic)(?![${L}])`);
// A clinical role said of a staff member: "Tessa, our Physician Associate", "the nurse who…".
const CLINICAL_ROLE = new RegExp(String.raw`^,? (?:our|the|a|is a|is our|who is a|who is our) (?:[\p{L}-]+ )?(?:nurse|doctor|gp|clinician|dentist|hygienist|physio|physiotherapist|therapist|consultant|surgeon|midwife|pharmacist|physician associate|nurse practitioner|health visitor|paramedic|practitioner|optometrist|orthodontist|chiropractor)`, 'u');
const CLINICAL_TITLE = /^(?:dr|dra|dre|doctor|doctora|nurse|np|rn|sister|midwife|physio|prof|professor)\b/;
const CLINICIAN_HANDLE = /^@(?:[Dd]r|[Dd]octor|[Nn]urse|[Mm]idwife|[Pp]hysio)(?=[A-Z_])/;

/**
 * "We can't discuss anyone's care online": a reply that says it will not talk about care has chosen not to
 * confirm anything. The second opinion stays quiet on such a reply, and health words beside the statement are not
 * read as going into the care the review describes; a confirmation written beside it ("we can't discuss your root
 * canal") is still caught.
 */
export const PRIVACY_STATEMENT = /(?:can't|cannot|can not|are unable to|aren't able to|are not able to|unable to|won't|will not|do not|don't|never) (?:discuss|comment on|share|go into|talk about|confirm|disclose|look into|look at|look up|check|access)(?: [a-z'-]+){0,3}? (?:anyone's|any patient's|anybody's|patients'|individual|individuals'|personal|specific|private|patient|medical|clinical|health|confidential)(?![a-z])|(?:patient )?(?:confidentiality|privacy) (?:rules|laws|regulations|means|prevents?|stops?)(?![a-z])/;
// The practice could not find them: "I have not been able to identify you as a patient", "difficulties matching you to a patient".
// "…and cannot find any record of you attending": a records check that finds no patient.
const NO_RECORD_OF_THEM = /(?:(?:not|n't|cannot|unable to) (?:be able to )?(?:find|locate|trace|match)|no) (?:any )?(?:record|trace|registration|details|notes)s? (?:of|for) (?:you|u|your name|anyone)(?![a-z])/;
export const NOT_FOUND = /(?:not (?:been )?(?:able to )?|unable to |n't (?:be able to )?|cannot |difficult(?:y|ies) |trouble |struggling (?:to )?)(?:identify|identifying|find|finding|match|matching|locate|locating|trace|tracing)(?![a-z])/;
// Inside an if-clause or a question nothing is said to have happened: "if you feel your rating…".
const CONDITIONAL = new RegExp(`${B}(?:if|unless|whether|in case|should you|would you|do you|did you|have you)${E}[^,;.!?—–]*$`, 'u');

/** What ties the person answered to care, sentence by sentence. Each sentence's ties are cached by its text
 * (and the staff the review credits), so re-reading a long reply after an edit looks at the changed sentence only;
 * the whole answer is kept per document, since health details, confirms-patient and the second opinion all read it. */
/** A placement, rotation or work experience: the reply answers a learner about their time with the team, not a patient. */
const LEARNER = /(?<![a-z])(?:placements?|rotations?|work experience|internships?|electives?|shadowing)(?![a-z])/;
// The comment tells of someone training or starting work here: "proud to have done my elective at…", "my cousin just
// started as a nurse at your Arima site" (not "joined as a new patient", nor "I worked as a nurse for 30 years": a patient may
// have been one).
const LEARNER_OR_STAFF_TOLD = /(?<![a-z])(?:my|our|his|her|their) (?:[a-z-]+ ){0,2}?(?:placements?|rotations?|electives?|internships?|work experience)(?![a-z])|(?<![a-z])(?:the|this|that|your) (?:student |clinical |nursing |summer )?(?:placement|rotation|elective|internship|work experience)(?![a-z])(?! (?:of|for) )|(?<![a-z])(?:started|starting|joined|joining|began|hired) (?:here |there |with you |at [a-z' -]{1,40}? )?as an? (?!(?:new |private |nhs |temporary |regular )?(?:patient|client|customer|member)s?(?![a-z]))[a-z-]+|(?<![a-z])new job (?:at|with)(?![a-z])|(?<![a-z])(?:i'm|im|i am|as) a (?:[a-z-]+ )?student(?! (?:patient|discount|card|loan|visa|rate|price|id)s?(?![a-z]))/;
/** The comment comes from a learner or a new member of staff: what the reply says of their time here is not care. */
export function learnerAnswered(doc: Doc): boolean {
  return (LEARNER.test(doc.context.lower) && LEARNER.test(doc.lower)) || testWhole(LEARNER_OR_STAFF_TOLD, doc.context.lower);
}

export function careTies(doc: Doc): readonly Hit[] {
  let ties = TIES_OF_DOC.get(doc);
  if (!ties) TIES_OF_DOC.set(doc, (ties = readCareTies(doc)));
  return ties;
}
const TIES_OF_DOC = new WeakMap<Doc, readonly Hit[]>();

function readCareTies(doc: Doc): Hit[] {
  if (!doc.addressed || learnerAnswered(doc)) return [];
  const credited = creditedForCare(doc);
  if (credited.size > 0 && inAnotherLanguage(doc)) credited.add(FOREIGN_REPLY);
  const prefix = [...credited].join(' ') + '\u0000';
  const hits: Hit[] = [];
  doc.sentences.forEach((span, i) => {
    const text = doc.text.slice(span.start, span.end);
    const ties = TIE_CACHE.get(doc.known, prefix + text, () => sentenceTies({ text, lower: doc.lower.slice(span.start, span.end), people: doc.people.filter((p) => p.sentence === i).map((p) => ({ ...p, start: p.start - span.start, end: p.end - span.start })) }, doc.known.clinicians, credited));
    for (const t of ties) hits.push({ start: t.start + span.start, end: t.end + span.start, message: 'Confirms that someone is a patient of the practice.', why: t.why, redaction: '' });
  });
  // "Eskerrik asko! — Dr Itziar" to "Shoutout to Dr Arrizabalaga for the dry needling": the clinician the review credits
  // signs the reply, which says they cared for the person answered.
  // ("Well deserved, Mei-Ling!" under a post about her award: praise for their work, not for anyone's care.)
  const signer = signOff(doc);
  if (signer && creditedClinician(signer.text, credited) && !tests(PROFESSIONAL_PRAISE, doc.context.lower)) hits.push({ start: signer.start, end: signer.end, message: 'Confirms that someone is a patient of the practice.', why: `${quoteOf(doc.text, signer)}, the clinician the review credits, signs the reply, which says they cared for the person answered.`, redaction: '' });
  return hits;
}

const PROFESSIONAL_PRAISE = /(?<![a-z])(?:award|awards|insights?|article|webinar|conference|paper|research|panel|piece|presentation|keynote|lecture|(?:great|brilliant|fascinating|excellent|informative|useful) (?:talk|post|thread|session)|recogni[sz]ed|recognition|well deserved|promoted|promotion|appointed|appointment as|retire|retirement)(?![a-z])/;
/** The staff member who signs a reply ("— Dr Itziar", "- PJ" at its very end), if any. */
function signOff(doc: Doc): PersonMention | undefined {
  const last = doc.people.filter((p) => p.role === 'staff' || p.role === 'provider').pop();
  if (!last || hasLetterOrDigit(doc.text.slice(last.end))) return undefined;
  return /[—–-]\s*$|\n\s*$/.test(doc.text.slice(Math.max(0, last.start - 4), last.start)) ? last : undefined;
}

/** The words of a name, lower-cased, without accents and a possessive, as `credited` holds them ("Dr. Ana Ruiz" → dr,
 *  ana, ruiz; "Ciarán" → ciaran, since a review may spell the name without its accent; "Ingrid's" → ingrid). */
const nameWords = (name: string) => unaccented(name.toLowerCase()).replace(/['’]s$/, '').split(/[\s.]+/);

function creditedClinician(name: string, credited: ReadonlySet<string>): boolean {
  return nameWords(name).some((w) => credited.has(w)) || credited.has(ANY_STAFF) || (credited.has(CLINICIAN_CREDITED) && CLINICAL_TITLE.test(name.toLowerCase()));
}

interface Sentence {
  text: string;
  lower: string;
  /** People mentioned, offsets into this sentence. */
  people: PersonMention[];
}
type Tie = Span & { why: string };
const TIE_CACHE = new SentenceCache<Tie[]>();

function sentenceTies(s: Sentence, clinicianWords: ReadonlySet<string>, credited: ReadonlySet<string>): Tie[] {
  const ties: Tie[] = [];
  const add = (span: Span, why: string) => ties.push({ ...span, why });
  const quoted = (span: Span) => quoteOf(s.text, span);
  const conditional = (at: number) => CONDITIONAL.test(s.lower.slice(0, at));

  for (const [pattern, what, needs] of FAMILIES) {
    if (!holdsAny(s.lower, needs)) continue;
    // "Loved meeting the kids!" to "we had such a good time at the clinic open house": they came to an event.
    if (credited.has(AT_AN_EVENT) && MET_IN_PERSON.has(what)) continue;
    if (cannotMatchYet(s.lower, pattern)) continue;
    compileOnFirstRun(pattern, s.lower);
    for (const m of s.lower.matchAll(pattern)) {
      if (m[1] !== undefined && !isTheirs(m[1])) continue; // "your phone issue" is not a person
      const span = { start: m.index!, end: m.index! + m[0].length };
      // "share your experience with us" is the review, not an experience here.
      // "share your experience with us", "for sharing your recent experience" is the review, not an experience here.
      if (/^your (?:(?:recent|latest|last) )?experiences?(?: with us)?$/.test(m[0]) && /(?:shar(?:e|ed|ing)|tell(?:ing)? us about|telling us of) $/.test(s.lower.slice(Math.max(0, span.start - 16), span.start))) continue;
      // ("Would you be happy for us to share your before & after?": the question takes their pictures as given.)
      if (conditional(span.start) && !/new|another|elsewhere|moved|before|transformation|results? (?:pics?|photos?|pictures?)/.test(m[0])) continue;
      if (NOT_FOUND.test(s.lower.slice(0, span.start))) continue; // "we have not been able to identify you as a patient"
      if (NO_RECORD_OF_THEM.test(s.lower.slice(span.end))) continue; // "we have checked our system and cannot find any record of you"
      add(span, `${quoted(span)} ${what}, and a reply speaks to one person.`);
    }
  }
  if (TO_YOU.test(s.lower)) {
    for (const m of matchAllWhole(s.lower, YEARS)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (!conditional(span.start)) add(span, `${quoted(span)} is said of the person this reply answers: a long care relationship.`);
    }
  }
  // Thanks relayed to a clinician: the reviewer saw them.
  const clinicians = clinicianMentions(s, clinicianWords, credited);
  if (clinicians.length) {
    // ("the recovery crew says you were a delight": what the clinicians said of them, credited in the review or not.)
    const relay = RELAY_ONE.exec(s.lower) ?? ([...credited].some((w) => !w.startsWith(FRONT_DESK) && !REVIEW_TONE.includes(w)) ? SAID_OF_THEM.exec(s.lower) ?? DELIGHTED.exec(s.lower) : SAID_YOU_WERE.exec(s.lower));
    // "Just let the clinician know when you're called in": the reader is told to tell them, nothing is relayed.
    // ("Thanks for asking after her!": the commenter asked after the clinician.)
    const before = relay ? s.lower.slice(Math.max(0, relay.index - 14), relay.index) : '';
    // ("The whole podiatry team appreciates it": thanks for everyone, unless the team cheers the person on.)
    // (Passed on to the whole maternity team by name, "we'll pass on your kind words to…", when the review credits the
    // midwives, it is still their words relayed to the clinicians who cared for them.)
    const passedOn = relay && /^(?:pass|relay|shar|forward|fed|feed)/.test(relay[0]) && (credited.has(CLINICIAN_CREDITED) || credited.has(ANY_STAFF));
    const wholeTeam = relay && !passedOn && /^(?:our|the) (?:whole|entire) /.test(s.lower.slice(clinicians[0].start)) && !/(?<![a-z])(?:you|u|him|her|them|your)(?![a-z])/.test(relay[0]);
    const toldToReader = relay && (/(?:^|[^a-z])(?:just|please|simply|you can|feel free to|do|then) $/.test(before) || (/^ask/.test(relay[0]) && /(?:thanks|thank you|thank u) for $/.test(before)));
    const who = /^(?:he|she)$/i.test(s.text.slice(clinicians[0].start, clinicians[0].end)) ? 'the clinician the review credits' : 'a clinician';
    // ("Dr. Tsang said he did great": what the clinician said of them, the other way round.)
    const saidOfThem = relay && /^(?:\W*)(?:say|says|said)(?![a-z])/.test(relay[0]);
    if (relay && !toldToReader && !wholeTeam && !conditional(relay.index) && !credited.has(APPEARANCE) && !credited.has(ELSEWHERE)) add(clinicians[0], saidOfThem ? `The reply passes on what ${quoted(clinicians[0])}, ${who}, said of them, which says that clinician cared for them.` : `The reply passes their words on to ${quoted(clinicians[0])}, ${who}, which says that clinician cared for them.`);
  }
  // "Thank you Tina, we'll pass this on ❤️" to "Came in for a smear, the nurse made it so much less awkward": with no one
  // named, their words go to the clinician the review praises (not to a complaint, not "to the practice manager").
  if (clinicians.length === 0 && !s.people.some((p) => p.role === 'staff' || p.role === 'provider') && (credited.has(CLINICIAN_CREDITED) || credited.has(ANY_STAFF)) && !credited.has(COMPLAINT_MARK) && credited.has(THANKFUL_MARK) && !credited.has(APPEARANCE) && !credited.has(ELSEWHERE)) {
    const passed = PASS_IT_ON.exec(s.lower);
    if (passed && !conditional(passed.index) && !NOT_TO_A_CLINICIAN.test(s.lower.slice(passed.index + passed[0].length, passed.index + passed[0].length + 40))) add({ start: passed.index, end: passed.index + passed[0].length }, `${quoted({ start: passed.index, end: passed.index + passed[0].length })} passes their words on to the clinician the review credits, which says that clinician cared for them.`);
  }
  // A clinician's care described to the person answered: "Dr. Nowak was thorough and reassuring".
  for (const c of clinicians) {
    const cared = CLINICIAN_CARED.exec(s.lower.slice(c.end, c.end + 90));
    // "Dr Ackroyd is wonderful with nervous patients of all ages": praise of how they are with everyone.
    const withEveryone = cared && WITH_A_GROUP.test(s.lower.slice(c.end + cared[0].length, c.end + cared[0].length + 40));
    if (cared && !withEveryone && !conditional(c.start)) add(c, `The reply describes ${quoted(c)}'s care to the person it answers.`);
    // "Book a review and he'll go through it with you" to "Dr Rolle said my cholesterol is 7.2": "he" is the clinician the
    // comment credits (named staff are read below, with their credit).
    else if (/^(?:he|she)$/.test(s.lower.slice(c.start, c.end)) && holds(CLINICIAN_OFFERS_TALK, s.lower.slice(c.end, c.end + 100)) && !conditional(c.start)) add(c, `${quoted(c)}, the clinician the comment credits with their care, offers to talk it through with the person answered, which says they cared for them.`);
  }
  // Any staff member who did something for them ("Martin was able to provide the guidance you needed"), or
  // whom they dealt with ("your experience with Priya").
  for (const p of s.people) {
    if (p.role !== 'staff' && p.role !== 'provider') continue;
    const after = s.lower.slice(p.end, p.end + 100);
    const before = s.lower.slice(Math.max(0, p.start - 40), p.start);
    // "Siobhan says you're very welcome!" to "Siobhan the practice manager sorted out my medical card": reception's help
    // is no care (though reception greeting a regular by name knows them from their visits).
    const frontDesk = nameWords(p.text).some((w) => credited.has(FRONT_DESK + w));
    if (frontDesk && !STAFF_GREETS.test(after)) continue;
    if ((STAFF_HELPED.test(after) || EXPERIENCE_WITH.test(before)) && !conditional(p.start)) add(p, `The reply says ${quoted(p)} cared for the person it answers.`);
    else if ((STAFF_SAYS_OF_YOU.test(after) || STAFF_INSTRUCTS.test(after)) && !conditional(p.start)) add(p, `The reply passes on what ${quoted(p)} said of the person it answers, as someone who cared for them.`);
    // "Dr. Kessler says go get 'em this season" to a review of Dr. Kessler's care: their words, passed on.
    else if (CREDITED_SAYS.test(after) && nameWords(p.text).some((w) => credited.has(w)) && !credited.has(APPEARANCE) && !conditional(p.start)) add(p, `The reply passes on what ${quoted(p)}, whom the review names for their care, says to the person answered.`);
    else if (STAFF_GREETS.test(after) && !credited.has(ELSEWHERE)) add(p, `${quoted(p)} sends the person answered a personal greeting, as someone who knows them from their care.`);
    // "Dr. Dasgupta would like the chance to talk it through with you" to a review of Dr. Dasgupta's care: the
    // clinician who saw them takes up their case.
    // "That's Layla for you!", "That'll be Éabha!" to "the nurse in Sioux City was brilliant": who the clinician the review
    // credits by role was (not "That's Yesenia" to "Is that Nurse Yesenia?", which names her already).
    else if (WHO_IT_WAS.test(before) && credited.has(ANY_STAFF) && !credited.has(APPEARANCE)) add(p, `The reply names ${quoted(p)} as the clinician the review credits, which says they cared for them.`);
    // "Carmen está muy contenta…", "Annelie sê sy is so bly…": a reply in another language that names the clinician the
    // review credits with their care passes something of theirs on, whatever the words.
    else if (nameWords(p.text).some((w) => credited.has(w)) && !credited.has(APPEARANCE) && !credited.has(ELSEWHERE) && !credited.has(QUESTION_MARK) && credited.has(FOREIGN_REPLY) && !conditional(p.start)) add(p, `The reply, in another language, speaks of ${quoted(p)}, whom the review credits with their care.`);
    else if (holds(CLINICIAN_OFFERS_TALK, after) && (credited.has(ANY_STAFF) || nameWords(p.text).some((w) => credited.has(w))) && !conditional(p.start)) add(p, `${quoted(p)}, whom the review credits with their care, offers to talk it through with the person answered, which says they cared for them.`);
  }
  return ties;
}

/** The reply is in another language ("¡Gracias Ernesto! Carmen está muy contenta de saber…"): none of its words but
 *  people's names is an English function word, and most are not everyday English words (the everyday list is small, so
 *  an English line of names and titles would pass that test alone; a signature under an English reply is English). */
function inAnotherLanguage(doc: Doc): boolean {
  let text = doc.lower;
  for (const p of [...doc.people].sort((a, b) => b.start - a.start)) text = text.slice(0, p.start) + ' ' + text.slice(p.end);
  const words = text.match(/[a-z\u00DF-\u024F']{2,}/g) ?? [];
  return words.length >= 3 && !words.some((w) => ENGLISH_FUNCTION_WORDS.has(w)) && words.filter((w) => !isCommonWord(w.replace(/'s$/, ''))).length >= 0.6 * words.length;
}
const ENGLISH_FUNCTION_WORDS = new Set('the and to you your we our of for with has have was will this that it are be thank thanks they their from been about very would what when who just all she he her his us were had can could should which there here'.split(' '));

const PASS_IT_ON = new RegExp(`${B}(?:(?:we'll|we will|i'll|i will|we've|we have|i've|i have|will|'ll) (?:be sure to |make sure to |definitely |happily |gladly |certainly |absolutely )?(?:pass(?:ed)?|relay(?:ed)?|share(?:d)?|forward(?:ed)?)|(?:(?:we're|we are|i'm|i am) )?(?:passing|relaying|forwarding)) (?:this|it|that|these|them|your (?:[${L}-]+ )?(?:words|review|message|feedback|comments?|thanks|praise|compliments?))(?: (?:on|along))?${E}`, 'u');
// ("…on to our behavioral health team", "with the nursing team": a clinical team is the clinicians the review credits.)
const NOT_TO_A_CLINICIAN = new RegExp(`^ (?:on |along )?(?:to|with) (?:the |our |all the |all our |the rest of the )?(?!(?:[a-z&]+ ){0,2}?(?:${CLINICAL_FIELD})(?![a-z]))(?:(?:whole|entire|wider|[a-z]+) ){0,2}(?:team|staff|crew|everyone|everybody|practice|clinic|surgery|practice manager|manager|management|reception|receptionists?|front desk|front office|office|admin|owners?|board|complaints? team|patient services)(?![a-z])`);
// A review that complains: words passed on from it are no thanks to a clinician.
// ("★☆☆☆☆" and "★★☆☆☆" are complaints; "★★★★☆" holds "★☆" too, and is not.)
const COMPLAINT = /(?<![a-z])(?:rude|dismissive|condescending|unhelpful|rough|patroni[sz]ing|abrupt|awful|terrible|horrible|judge?mental|worst|disappoint\w*|never again|appalling|disgusting|useless|unprofessional|complain\w*|waited|waiting|ignored|1\/5|2\/5|one star|1 star|(?<!★★)★☆)(?![a-z])/;
const COMPLAINT_MARK = '\u0001complaint';
const AT_AN_EVENT = '\u0001at an event';
const THANKFUL_MARK = '\u0001thankful';
// A comment that asks ("czy mogę umówić wizytę u dr. …?"): what it names is asked about, not credited.
const QUESTION_MARK = '\u0001question';
/** Marks of the review's tone, not of anyone it credits. */
// A reply written in another language (read from the reply, kept with the marks so sentences are cached by it).
const FOREIGN_REPLY = '\u0001another language';
const REVIEW_TONE = [COMPLAINT_MARK, THANKFUL_MARK, QUESTION_MARK, FOREIGN_REPLY, AT_AN_EVENT];
// A review posted on a review site (its stars or the site's name head the comment).
const REVIEW_SITE = /★|(?<![a-z])(?:google|yelp|healthgrades|trustpilot|ratemds|zocdoc|nhs website|nhs choices)(?![a-z])/;
// Words of praise that make a review a thank-you.
const THANKFUL = /(?<![a-z])(?:thank\w*|thx|great|amazing|brilliant|fantastic|wonderful|excellent|lovely|kind|gentle|best|angel|star|legend|gun|awesome|recommend\w*|at ease|less awkward|so good|grateful|love[ds]?|dream team|(?:5|five)[ -]stars?|10\/10)(?![a-z])|★★★★/;
// After a clinician's name: "was so supportive", "provided thorough and reassuring care", "made you feel heard"; in the
// present tense only words of care ("Kendra is pretty amazing, we agree" praises her, whoever she treated).
const WITH_A_GROUP = /^ with (?:all |every |any |our |little |young |older )?(?:[a-z-]+ )?(?:patients|kids|children|people|families|teens|babies|adults|everyone|anyone|clients|customers)(?![a-z])/;
const CLINICIAN_CARED = new RegExp(`^(?:(?:,| and| &) [${L}. ]{1,40}?)? (?:has |have |had )?(?:(?:was|were|has been|have been) (?:so |very |really |both |always |extremely |incredibly |truly )?(?:[${L}-]+,? (?:and )?){0,3}?(?:supportive|helpful|thorough|reassuring|caring|(?<!of a )kind|gentle|attentive|understanding|compassionate|professional|wonderful|amazing|brilliant|fantastic|great|lovely|excellent|patient|informative|efficient)|(?:is|are) (?:so |very |really |both |always |extremely |incredibly |truly )?(?:[${L}-]+,? (?:and )?){0,3}?(?:supportive|helpful|thorough|reassuring|caring|(?<!of a )kind|gentle|attentive|understanding|compassionate|patient|informative)|made (?:you|your)|made a (?:[${L}-]+ )?(?:impression|impact|difference)|(?:was |were |has been |have been )?able to)${E}`, 'u');
// ("Trent says he'll miss everyone too": a word for everyone.)
const CREDITED_SAYS = /^(?:'s| is)? (?:says|said|sê|reckons|thinks|wants you to know|sends|sent|taking credit|claiming credit|taking the credit|claiming the credit|approves|agrees)(?:[ .!]|$)(?!(?:that )?(?:our|the(?! (?:pleasure|feeling))|we|all|every|most|patients|clinics?|appointments?)(?![a-z]))(?![^.!?]{0,30}(?:everyone|everybody|all of you|you all)(?![a-z]))/;
// "Nathan says you're his most punctual client", "Dr Haddad says … you did really well", "… how well you've done",
// "Dr Te Rangi says your grandad's crossword game is the highlight of her Wednesday" (not "says to tell your dad hello").
const STAFF_SAYS_OF_YOU = /^ (?:says|said|thinks|reckons|was saying)(?: that)? (?:[a-z',]+ ){0,10}?(?:you(?:'re| are| were| did| have been|'ve been|'ve done| have done)|(?<!(?<![a-z])(?:tell|hi to|hello to|love to|regards to|wishes to|best to) )your (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|son|daughter|little one|boy|girl|husband|wife|partner|kids?|children|baby)(?:'s)?(?![a-z])|suits? (?:you|u)|look(?:s|ed)? (?:great|good|amazing|fab|lovely|smart|brilliant) on (?:you|u)|you (?:barely|hardly|never|didn't|did not|really|totally|just) [a-z]+|how (?:well|much|far) you)(?![a-z])/;
// "Bec says bring your runners on Wednesday", "Kwame says no taking the stairs two at a time just yet", "Dr Kearsley says
// that was the quickest bonding job of his week": a clinician's word to the person about their own care.
const STAFF_INSTRUCTS = /^ (?:says|said)(?: to)? (?:remember(?![a-z])|(?:bring|wear|pack|keep|use|pop|leave|take|ice|rest) (?:your|ur|those|the|them|it)(?![a-z])|no [a-z]+ing(?![a-z])|that was (?:the|a|one of the|your) )/;
const CLINICIAN_OFFERS_TALK = /^(?:(?: would (?:like|love|welcome|be (?:happy|glad|pleased))| will|'ll| is (?:happy|keen|glad|available)| has offered| wants| has asked) (?:the (?:chance|opportunity) )?(?:to )?(?:personally )?(?:talk|speak|discuss|go through|go over|chat|call|ring|phone|meet)(?![a-z])[^.!?]{0,40}?(?:with |to )?(?:you|u)(?![a-z])| is (?:always |still )?(?:here|there|around|available) (?:for you )?(?:whenever|if|any ?time|when) you(?:'d like| would like| want| need| wish| feel ready)? to (?:talk|chat|speak|come in|go over it))/;
const WHO_IT_WAS = /(?:^|[.!?,] )(?:(?:yes|yep|yeah|ah|oh|aw+|haha|ha)[,!]? )?(?:that's|thats|that'll be|that will be|that would be|that was|sounds like|must have been|must be|it was|it'll have been) $/;
// "Jordan says hi!", "Dr. Patel sends her love", "Sadhbh has asked us to send her love".
const STAFF_GREETS = /^(?: and [a-z'-]+)? (?:says|said|sends|sent|send|say|(?:has |had )?(?:asked|wants|wanted) (?:us|me) to (?:send|pass on|say)(?: you)?) (?:hi|hello|hey|hiya|her love|his love|their love|love|best wishes|her best|his best|their best|a big hug|hugs)(?![a-z])/;
const EXPERIENCE_WITH = new RegExp(String.raw`(?:your|ur) (?:[\p{L}-]+ ){0,2}?(?:experiences?|time|appointments?|sessions?|consultations?|visits?) (?:with|of) (?:both )?$`, 'u');
// After any staff member's name: care, guidance or support given to them.
const STAFF_HELPED = new RegExp(`^(?:(?:,| and| &) [${L}. ]{1,40}?)? (?:has |have |had )?(?:(?:since|already|now|also|personally|then) )?(?:(?:was|were|has been|have been) (?:so |really |always )?able to |could |managed to )?(?:(?:provided|gave|given|offered|provide|give|offer|delivered)(?: you(?: with)?)? (?:[${L},-]+ ){0,5}?(?:care|guidance|advice|support|treatment|explanations?|reassurance|attention|follow-up)|(?:support|help|treat|see|look after|care for|reassure|examine|guide|advise|listen to|refer|prescribe|explain|sort|visit|supported|helped|treated|saw|seen|looked after|cared for|reassured|examined|guided|advised|listened to|referred|prescribed|explained|sorted|visited|called|rang|phoned|remembers|remembered|(?:still |definitely |really )remembers) (?:(?:how|when|what|the day) (?:[${L}']+ ){0,4}?)?(?:you|your|him|her|them)|made (?:you|your)|to (?:ring|call|phone|contact|see|check on|examine|look at) (?:you|him|her|them)|(?:can|could|will|'ll) check (?:on|in on) (?:you|him|her|them)|(?:did )?(?:discuss|discussed|went through|go through|talked through|talk through|went over|go over) (?:[${L}-]+ ){1,3}?with (?:you|him|her|them)|diagnosed|prescribed|(?:is|are) (?:always |still )?(?:here|there) for (?:you|u|him|her|them) every step of the way)${E}`, 'u');

/** Clinicians named or referred to in the sentence: titled staff, staff the policy lists with a title, staff the
 * review credits with care, clinical roles ("our nurse", "the doctors"). */
function clinicianMentions(s: Sentence, clinicianWords: ReadonlySet<string>, credited: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  // ("Mei Fong has been told" to "The girl at reception Mei Fong so helpful": the review puts her at the desk, whoever
  // else on the staff shares a name with her; "Dr. Qureshi front desk staff" lists a doctor, then the desk.)
  const isClinician = (p: PersonMention) =>
    (p.role === 'staff' || p.role === 'provider') && (CLINICAL_TITLE.test(p.text.toLowerCase()) || !nameWords(p.text).some((w) => credited.has(FRONT_DESK + w))) &&
    (CLINICAL_TITLE.test(p.text.toLowerCase()) ||
      credited.has(ANY_STAFF) ||
      nameWords(p.text).some((w) => clinicianWords.has(w) || credited.has(w)) ||
      CLINICAL_ROLE.test(s.lower.slice(p.end, p.end + 50)) ||
      // "Nurse Dara", "our optician Imogen": a clinical role just before the name.
      /(?:^|[^a-z])(?:nurse|dr\.?|doctor|midwife|hygienist|physio|optician|optometrist|audiologist|dentist|therapist|counsell?or|pharmacist|podiatrist|chiropractor) $/.test(s.lower.slice(Math.max(0, p.start - 14), p.start)));
  for (const p of s.people) if (isClinician(p)) out.push({ start: p.start, end: p.end });
  if (!cannotMatchYet(s.lower, CLINICAL_GROUP)) {
    compileOnFirstRun(CLINICAL_GROUP, s.lower);
    for (const m of s.lower.matchAll(CLINICAL_GROUP)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // "He'll be chuffed to hear that – I'll pass it on!" to "Yay Dr Menon! He did my crown", "We'll show her this": with no
  // staff named in the sentence, "he", "she", "him" or "her" is the clinician the review credits.
  if (out.length === 0 && credited.has(CLINICIAN_CREDITED) && !s.people.some((p) => p.role === 'staff' || p.role === 'provider')) {
    const pronoun = /(?<![a-z'])(?:he|she|him|her|his)(?![a-z])/.exec(s.lower);
    if (pronoun) out.push({ start: pronoun.index, end: pronoun.index + pronoun[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The review credits a staff member with care: "Megan cleaned my teeth so gently", "Rachel listened", "Jamal helped me
// through the worst year of my life".
// ("Had my smear with Roz", "got my bloods done by Ana": care by the staff member named.)
const CARE_IN_REVIEW = /(?<![a-z])(?:(?:had|got|did|have|get) (?:my|our|his|her|the kids'?|the baby's|mum's|mom's|dad's) (?:[a-z-]+ ){1,2}?(?:done )?(?:with|by)(?= )|clean\w*|miracle\w*|treat\w*|counsel\w*|psycholog\w*|optometr\w*|optician\w*|audiolog\w*|podiatr\w*|chiropract\w*|orthodont\w*|midwi\w*|surgeon|consultant|exam\w*|saw|seen|(?:to see|visited|came out to see) (?:me|us|my [a-z]+)(?![^.!?]{0,50}(?:to (?:talk|speak|present|teach|tell)|(?:school|class|club|group|meeting|assembly|event|fair|talk|workshop|conference)(?![a-z])))|explain\w*|listen\w*|gentle|gently|painless|car(?:e|ed|ing)|appointment|appt|visit|procedure|check-?ups?|session|therap\w*|injection|jab|shot|test|nurses?|hygienists?|doctors?|dentists?|physios?|therapists?|deliver\w*|stitch\w*|fix\w*|filling|crown|x-?ray|reassur\w*|thorough|diagnos\w*|prescri\w*|scan|(?:been )?seeing|(?:helped|got|pulled|saw|talked|walked) (?:me|us|my [a-z]+) through|(?:has |have )?help(?:ed|s)? (?:me|us|my [a-z]+) (?:so much|a lot|more than|enormously|immensely|massively|hugely|tremendously|cope|heal|recover|get better|feel better|manage)|(?:had|got|has|gets) (?:me|us|my [a-z]+) (?:back|walking|running|moving|playing|on my feet)|changed (?:my|our|his|her) (?:life|lives|world)|transform\w* (?:my|our|his|her) (?:[a-z-]+ )?(?:life|lives|recovery|rehab|smile|health|mobility|confidence)|(?:my|our|his|her) (?:recovery|rehab|rehabilitation)(?![a-z])|cleared (?:me|us|my [a-z]+) to|above and beyond|the extra mile|track(?:ed)? down|sort(?:ed|ing) (?:me|us|out(?! (?:my|the|our|a|an|this|that) )|(?:out )?my(?! (?:[a-z-]+ ){0,2}?(?:paperwork|forms?|insurance|bill|invoice|account|registration|card|parking|address|details|complaint|mess|booking|refund|payment|letter|records?|transfer)(?![a-z])))|medicines?|medications?|meds|prescriptions?|pharmac\w*|chemist|saved (?:my|our|his|her|their) li(?:fe|ves)|(?:got|fitted|fit|squeezed) (?:me|us|my [a-z]+) in|look(?:ed|s|ing) after|made (?:me|us|my [a-z]+) feel|held (?:my|his|her) hand|(?:dental |dentist's |the )chair|massage\w*|rehab\w*|vaccin\w*|immuni[sz]\w*|birth(?!days?(?![a-z]))\w*|labou?r|(?:had|delivered) (?:my|our) (?:baby|twins|son|daughter|little one))(?![a-z])/;

// The same in the languages reviews come in: "m'a beaucoup aidée", "la naissance de ma fille", "me ajudou com a dor", "het my
// tande reggemaak", "hielp me", "hat mich behandelt", "przy szczepieniu", "ne meri maa ka dhyan rakha".
const FOREIGN_CARE_IN_REVIEW = new RegExp(`${B}(?:m'a (?:[${L}]+ )?(?:aidée?|soignée?|suivie?|accompagnée?|rassurée?|examinée?|opérée?|vaccinée?|remise? sur pied|guérie?)|soins?|soign[${L}]*|accouchement|naissance|grossesse|consultation|traitement|(?:me|nos|le|la|les) (?:ha |han )?(?:atendió|atendieron|cuidó|cuidaron|ayudó|ayudaron|trató|trataron|operó|vacunó|explicó)|(?:me|nos) (?:ajudou|ajudaram|atendeu|atenderam|tratou|trataram|cuidou|cuidaram|explicou)|atendimento|consulta|tratamiento|tratamento|parto|fisioterapeuta|fisio|terapeuta|enfermeira|enfermera|doctora|(?:het|hat) (?:my|mich|ons|uns|my [${L}]+|mein[${L}]*) (?:[${L}]+ ){0,3}?(?:gehelp|reggemaak|mooi gemaak|behandel|behandelt|geholfen|versorgt|untersucht|operiert|geimpft|geopereer|ingeënt)|hielp (?:me|mij|ons)|behandeling|afspraak|tandarts|suster|behandlung|ärztin|zahnarzt|zahnärztin|(?:przy|podczas) (?:szczepieniu|wizycie|porodzie|zabiegu|leczeniu)|wizyt[${L}]*|leczeni[${L}]*|(?:ka|ki|ke) (?:bahut )?(?:dhyan|ilaaj|ilaj|khayal) (?:rakha|rakhi|kiya|kiye)|gofal|triniaeth|cymorth|ngā mihi ki te (?:tākuta|neehi))${E}`, 'u');

/** The name words (no titles, three letters or more) of each staff full name in the policy, read once per policy. */
function fullStaffNames(known: KnownNames): readonly string[][] {
  let names = FULL_STAFF_NAMES.get(known);
  if (!names) {
    names = [...known.staff].filter((full) => full.includes(' ')).map((full) => nameWords(full).filter((w) => w.length > 2 && !CLINICAL_TITLE.test(w)));
    FULL_STAFF_NAMES.set(known, names);
  }
  return names;
}
const FULL_STAFF_NAMES = new WeakMap<KnownNames, string[][]>();

/** Name words of staff the review (the context) names in a sentence about their care. */
function creditedForCare(doc: Doc): Set<string> {
  const out = new Set<string>();
  const c = doc.context;
  for (const p of c.people) {
    if (p.role !== 'staff' && p.role !== 'provider') continue;
    // The sentence that names them, and the next when it goes on about them ("Yay Dr Menon! He did my crown").
    const next = c.sentences[p.sentence + 1];
    const goesOn = next && /^\s*(?:he|she|they)(?![a-z])/.test(c.lower.slice(next.start, next.end));
    const sentence = c.lower.slice(c.sentences[p.sentence].start, (goesOn ? next : c.sentences[p.sentence]).end);
    // "pls tell dr feld thank u", "Dr Priya is amazing!!", and any titled clinician a review on a review site names ("Dr. Benally
    // always makes time"): thanks or praise for their care (unless the review speaks of their public work: an interview, an award).
    // ("@DrAdaezeOkafor you're a lifesaver": a clinician's handle carries the title too.)
    const thanked = (CLINICAL_TITLE.test(p.text.toLowerCase()) || CLINICIAN_HANDLE.test(p.text)) && (/(?:^|[^a-z])(?:thank|thanks|thx|ty)(?![a-z])/.test(sentence) || PRAISED.test(sentence) || REVIEW_SITE.test(c.lower)) && !PUBLIC_APPEARANCE.test(sentence) && !PROFESSIONAL_PRAISE.test(sentence);
    // "He treated my dad at the IHS clinic years ago!": care somewhere else, before they came here.
    if (CARE_ELSEWHERE.test(sentence)) continue;
    // "Callum on reception sorted my repeat prescription": thanks passed on to reception say nothing about care.
    // (They are marked, so that what they "say" to the person answered is no clinician's word either.)
    if (FRONT_DESK_AFTER.test(c.lower.slice(p.end, p.end + 40)) || FRONT_DESK_BEFORE.test(c.lower.slice(Math.max(0, p.start - 40), p.start))) {
      for (const w of nameWords(p.text)) out.add(FRONT_DESK + w);
      continue;
    }
    // "Heather and team at Merrowdale House are amazing": praise for staff where a relative lives in care.
    const praisedInCare = PRAISED.test(sentence) && CARE_HOME.test(sentence);
    // "The district nurses came out every day after his stroke. Morag especially was amazing.": one of the carers just described.
    const previous = c.sentences[p.sentence - 1];
    const oneOfThem = previous !== undefined && /(?<![a-z])(?:especially|particularly|in particular|above all)(?![a-z])/.test(sentence) && (holds(CARE_IN_REVIEW, c.lower.slice(previous.start, previous.end)) || c.health.some((h) => h.sentence === p.sentence - 1));
    if (holds(CARE_IN_REVIEW, sentence) || FOREIGN_CARE_IN_REVIEW.test(sentence) || thanked || praisedInCare || oneOfThem || c.health.some((h) => h.sentence === p.sentence)) {
      for (const w of nameWords(p.text)) out.add(w);
      out.add(CLINICIAN_CREDITED);
    }
  }
  // "Erik says it was no trouble" to "Dr Lindqvist stayed late to see me": the other words of a credited clinician's
  // full name in the policy ("Dr Erik Lindqvist") name them too.
  const creditedNames = [...out].filter((w) => w.length > 2 && !w.startsWith('\u0001') && !CLINICAL_TITLE.test(w));
  if (creditedNames.length) for (const words of fullStaffNames(doc.known)) {
    if (words.some((w) => creditedNames.includes(w))) for (const w of words) out.add(w);
  }
  // "The physio here is brilliant": the review credits a clinician by role, so the staff member a reply
  // names is that clinician ("Chloe and the team will be chuffed").
  if (holds(ROLE_PRAISED, c.lower)) out.add(ANY_STAFF);
  // "Saw Dr. Marsh on the Channel 6 news talking about measles": praise for a public appearance, so thanks
  // passed on to her say nothing about anyone's care.
  // ("Congrats Dr Kavitha on 10 years!", "who's the cute doc lol": a milestone or looks, no care either.)
  if (testWhole(PUBLIC_APPEARANCE, c.lower) || testWhole(PRAISE_NOT_FOR_CARE, c.lower)) out.add(APPEARANCE);
  // "He treated my mum at the county hospital years ago!": care somewhere else, so greetings passed on to him say
  // nothing about care here.
  if (CARE_ELSEWHERE.test(c.lower)) out.add(ELSEWHERE);
  if (COMPLAINT.test(c.lower)) out.add(COMPLAINT_MARK);
  if (THANKFUL.test(c.lower)) out.add(THANKFUL_MARK);
  if (/\?\W*$/.test(c.lower)) out.add(QUESTION_MARK);
  if (EVENT_IN_REVIEW.test(c.lower) && !holds(CARE_IN_REVIEW, c.lower) && c.health.length === 0) out.add(AT_AN_EVENT);
  return out;
}
// A care home, its residents, or one going by "X House" or "X Lodge" ("Happy 100th birthday to Oma Gertie at Kameeldoring
// House!"; not "our house", "the lodge").
export const CARE_HOME = /(?<![a-z])(?:care[ -]home|nursing[ -]home|rest[ -]home|residential[ -]home|hospice|(?<=[a-z] )(?<!(?:^|[^a-z])(?:the|a|an|our|my|your|his|her|their|this|that|one|every|each|full|open|whole|big|new|old) |['’]s )(?:house|lodge|manor)|residents?)(?![a-z])/;
/** Fond words a practice puts before someone it calls its own: "our lovely Dorothy", "our very own Gwladys". */
export const FOND = '(?:lovely|dear|wonderful|amazing|marvellous|very own|own|beloved|fabulous|gorgeous|favourite|favorite|oldest|much-loved)';
const FRONT_DESK_AFTER = /^(?:'s)?,? (?:\(|on |at |from |in |who (?:works|is) (?:on |at |in )?)?(?:the |our |your )?(?:[a-z]+ )?(?:reception|receptionists?|front desk|front office|office|admin|administrator|secretary|switchboard|phones|practice manager|office manager|scheduler|booking team|billing(?: team| office)?|insurance team|accounts)(?![a-z])/;
// ("the receptionist on the phone (Mhairi?)".)
const FRONT_DESK_BEFORE = /(?:receptionist|reception|front desk|admin|secretary|office manager|practice manager|recepcionista|recepción|recepção|réceptionniste|secrétaire|receptioniste|rezeptionistin|empfangsdame|ontvangsdame)(?: (?:on|at) the (?:phones?|desk|front))? \(?$/;
const CARE_ELSEWHERE = /(?<![a-z])(?:years ago|(?:at|in) (?:the|a|my|his|her) (?:old|previous|former|other|another) (?:clinic|hospital|practice|surgery)|before (?:he|she|they) (?:joined|came|moved)|(?:when|while) (?:he|she|they) (?:was|were) at)(?![a-z])/;
const ANY_STAFF = '\u0001any staff';
const FRONT_DESK = '\u0001front desk: ';
const CLINICIAN_CREDITED = '\u0001a clinician credited';
const APPEARANCE = '\u0001appearance';
// What the comment was at: an event of the practice's, not a visit for care.
const EVENT_IN_REVIEW = /(?<![a-z])(?:at|to) (?:the|your|our|this|that|yesterday's|today's|[a-z]+day's) (?:[a-z-]+ ){0,3}?(?:open house|open day|fair|fun run|5k|festival|parade|event|bbq|barbecue|party|stand|booth|stall|market|expo|fete|picnic|coffee morning|workshop|class|talk)(?![a-z])/;
const MET_IN_PERSON = new Set([SEEN_IN_PERSON, CAME_IN]);
const ELSEWHERE = '\u0001care elsewhere';
const PRAISE_NOT_FOR_CARE = /(?<![a-z])(?:(?:congrats|congratulations|well done|happy) [^.!?]{0,30}?(?:on|for) (?:(?:\d+|ten|fifteen|twenty|twenty-five|thirty|forty) years|(?:your|her|his|the) (?:[a-z-]+ )?(?:retirement|award|promotion|anniversary|graduation|milestone|wedding|engagement))|(?:cute|handsome|hot|pretty|good-looking|fit) (?:doc|doctor|dentist|nurse|physio|vet|guy|girl|one))(?![a-z])/;
const PUBLIC_APPEARANCE = /(?<![a-z])(?:on (?:the )?(?:[a-z0-9]+ ){0,2}?(?:news|tv|telly|radio|podcast|breakfast show)|(?:your|her|his|the|[a-z]+'s) (?:[a-z0-9-]+ )?(?:interview|podcast|article|column|talk|webinar|segment|blog|paper)|in the (?:paper|newspaper|news)|(?:great|brilliant|fascinating|excellent|informative|useful|fab|lovely|inspiring) (?:talk|panel|presentation|lecture|webinar|keynote|piece|article|interview)|(?:in|on) (?:the|your|this|that) (?:[a-z-]+ )?(?:video|reel|advert|ad|poster|clip|photo|campaign)|at the (?:[a-z-]+ ){0,2}?(?:expo|show|fair|stand|stall|festival|market|parade|open day|careers day|health day)|(?:great|brilliant|fab|useful|helpful|informative|excellent|lovely) (?:myth ?buster|post|tips?|reminder|video|infographic|explainer|thread)|for (?:organi[sz]ing|running|arranging|hosting) (?:the |our |a |this )?(?:[a-z-]+ ){0,2}?(?:fun ?run|fundraiser|raffle|bake sale|event|walk|race|quiz|fete|fair|collection|appeal))(?![a-z])/;
const PRAISE = '(?:is|was|were|are|\'re|has been|have been|\'s) (?:so |very |really |absolutely |just )?(?:brilliant|amazing|great|fantastic|wonderful|excellent|lovely|kind|gentle|the best|incredible|outstanding|superb|fab|fabulous|the real deal|an? (?:absolute |total |real |true |complete )?(?:star|legend|gun|gem|champion|champ|hero|angel|superstar|rock ?star|godsend|lifesaver|life saver|treasure|miracle worker|magician|wizard)|(?:absolute |total |real |true )?(?:stars|legends|gems|champions|heroes|angels|superstars|rock ?stars|godsends|lifesavers|treasures|miracle workers|magicians|wizards)|the (?:absolute |real |ultimate )?dream team|(?<=(?<![a-z])(?:so|very|really) )good|good with (?:me|her|him|them|us|my|our|kids|children|the kids))(?![a-z])';
const PRAISED = new RegExp(PRAISE);
// ("Great optometrist in Ashburton", "best chiro in town": the praise before the role; "Finally a physio who listens";
// "thanks to the midwives"; "the dermatologist was condescending": a complaint names the role too; "the physio in
// Rustenburg made me cry (good tears)", "the dentist fixed my chipped tooth": what the role did for them.)
const CLINICAL_ROLES = '(?:physio|physiotherapist|dentist|hygienist|nurse|doctor|gp|therapist|counsell?or|chiro|chiropractor|optician|optometrist|audiologist|podiatrist|midwife|midwives|surgeon|orthodontist|consultant|dermatologist|pharmacist|locum)';
const ROLE_PRAISED = new RegExp(`(?<![a-z])(?:(?:loves?|loved|adores?|adored) (?:her|his|their|my|our|the) (?:[a-z-]+ )?${CLINICAL_ROLES}s?(?![a-z])|(?:(?:the|my|our|your|a|this) (?:[a-z-]+ )?|(?<=^|[.!?:] ))${CLINICAL_ROLES}s? (?:here |there |(?:at|in) [a-z ]{2,30})?(?:${PRAISE}|(?:made me (?:cry|smile|laugh)|made (?:it|me|us|everything|the whole (?:thing|experience|process)) (?:so |much |so much |a lot |far )*(?:less|more|easy|easier|painless|bearable|comfortable|relaxed|fun)|put (?:me|us) at ease|fixed my|sorted my|saved my|got my|sorted me|fixed me)(?![a-z]))|(?:finally|at last|at long last) (?:a|an) (?:[a-z-]+ )?${CLINICAL_ROLES}(?![a-z])|(?:(?:thank you|thanks|shout ?out|kudos|props) to|(?:a )?(?:gold stars?|medals?|a medal|a pay rise|a raise|10\/10|ten out of ten) (?:for|to)) (?:the|our|my|all the|your) (?:[a-z-]+ ){0,2}?${CLINICAL_ROLES}s?(?![a-z])|(?:the|my) (?:[a-z-]+ )?${CLINICAL_ROLES} (?:(?:at|in) [a-z ]{2,30})?(?:was|is) (?:so |very |really |quite |a bit |a little )?(?:rude|dismissive|condescending|unhelpful|rough|patronising|patronizing|cold|abrupt|awful|terrible|horrible|judgemental|judgmental)(?![a-z])|(?:(?<=^|[.!?:] )|(?:a|the|such a|what a) )(?:great|amazing|brilliant|fantastic|wonderful|excellent|lovely|kind|gentle|thorough|best|fab|fabulous|incredible|outstanding|superb|awesome) (?:[a-z-]+ )?${CLINICAL_ROLES}s?(?![a-z]))`);

function quoteOf(text: string, span: Span): string {
  const s = text.slice(span.start, span.end).trim();
  return `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;
}
