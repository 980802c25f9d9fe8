// Wording that confirms or implies that an identifiable person is, was or will be a patient:
// their visit, appointment, procedure or chart, "our patient", "see you Tuesday", "glad we could fix
// that tooth". Merely confirming that a reviewer is a patient can be a disclosure.
import { asksAboutAGroup, isPatientMention, opensReply, toEveryReader, WHOEVERS_AT_START, type Anchor } from '../anchors';
import { CARE_HOME, careTies, FOND, L, learnerAnswered, NOT_FOUND, ONE_RELATIVE, PRIVACY_STATEMENT, RELATIVES, THEIR_VISIT, wordPattern } from '../care-ties';
import { CASE_TOLD, clauseBefore, forAGroup, GENERAL_SENTENCE, isStaffHealth, saidOfAGroup, SERVICE_NAME, WHOSE_CASE } from './health-details';
import { CARE_NOUNS, possessedCare } from '../possessed-care';
import { reviewerNamed } from './person-name';
import { matchAll, quote, type Detector, type Hit } from '../detector';
import type { Doc } from '../doc';
import { PhraseList, sentenceAt, startsUpper, tests, unicode, type Span } from '../text';
import { execWhole, holds, holdsInSentences } from '../required-words';
import { EMERGENCY_NUMBERS, isCommonWord } from '../vocabulary';

const E = '(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])';
// The patterns run on the lower-cased, folded text: letters are an explicit class (L), so no pattern needs
// unicode mode, which made their first use (compilation) several times slower.
const re = wordPattern;

// "today's appointment slots", "Monday's exam rooms": the schedule, not someone's visit.
const NOT_ATTRIBUTIVE = '(?! (?:slots?|times?|openings?|availability|hours|lines?|schedule|requests?|reminders?|rooms?|spots?|calendar))';

// Nouns after "patient" that make it a modifier: "our patient portal", "the patient toilet", "our virtual patient group".
const PATIENT_MODIFIES = 'portal|education|experience|safety|satisfaction|forms?|intake|privacy|records?|advoca[a-z]*|engagement|communication|flow|care|callbacks?|outcomes?|survey|handouts?|population|volume|cent(?:er|re)d|information|access|services|coordinators?|navigators?|relations|smile|appointment|visit|cleaning|exam|special|toilets?|lines?|groups?|participation|panel|forum|representatives?|reps?|voice|feedback|reviews|comments|concerns|complaints|questions|queries|enquiries|needs|demand|lists?|registrations?|notes|letters|data|confidentiality|dignity|welfare|wellbeing|choice|charter|rights|guides?|materials|leaflets?|newsletters?|app|parking|car park|entrance|area|lounge|liaison|advice|transport|numbers|base|load|journey|pathway|support|facing|friendly|centric|focused|focussed|contact|feedback|accounts?|billing|financ[a-z]*|payments?|team|office|desk|travel|transfers?|bookings?|wifi|kitchen';
// "our patient", "this client", "a long-time patient": one specific patient. The words in between are
// adjectives, never another determiner ("that a patient might…" is a clause, not "that patient").
const OUR_PATIENT = `(?:our|my|this|that|the same|one|longtime|long-time|longest-standing|youngest|oldest|littlest|bravest|favorite|favourite|fave|newest|star|sweetest|first) (?:(?!(?:a|an|the|every|any|each|all|no|our|your)${E})[${L}0-9-]+ ){0,2}?(?<!(?<![a-z])(?:very|so|too|most|more|less|super|extremely|incredibly|really|quite|ever) )(?:patient|client)(?:'s)?(?!-)(?! (?:${PATIENT_MODIFIES})${E})`;
// "a patient" is nobody in particular, unless the reply says it of the person it answers ("coming from a long-term patient").
const A_PATIENT = re(`(?:a|an) (?:(?!(?:the|every|any|each|all|no)${E})[${L}0-9-]+ ){0,2}?(?<!(?<![a-z])(?:very|so|too|most|more|less|super|extremely|incredibly|really|quite|ever) )(?:patient|client)(?!-)(?!'s)(?! (?:${PATIENT_MODIFIES})${E})`);

// "not a real patient", "we don't have a registered patient with your name".
const PRACTICE_MOVES = /(?:we're|we are|we'll be|i'm|i am|we've been|we have been|dr\.? [a-z]+ is|dr\.? [a-z]+ will be|after|since|by|before) $/;
const STAFF_MESSAGE = /(?:^|[^a-z])(?:tell|give) (?:him|her|them|your (?:son|daughter|mum|mom|dad|boy|girl|little one|kids|husband|wife|nan|gran|grandma|grandpa)) (?:that )?((?:dr\.? |nurse )?[a-z]+) (?:(says|said|sends|is still|misses|can't wait|cannot wait|says hi))(?![a-z])/g;
const INVITATION = /(?:no need to|don't|do not|please|and|then|to|can|could|should|may|might|will|'ll) $/;
// "we recommend coming in 6–8 weeks before you travel": when anyone should come, not a visit.
const RECOMMENDED_VISIT = /(?:recommend|recommends|suggest|suggests|advise|advises|worth|best|consider|try|avoid|prefer|start|keep|aim for|plan on) $/;
// "an update with a simpler log-in is coming in the spring": a thing on its way, when its clause names no person.
const THING_COMING = /^(?![^,]*(?:^|[^a-z'])(?:you|your|u|ur|he|she|they|him|her|them|we|i)(?![a-z']))[^,]* (?:is|are) $/;
const EMERGENCY_LINE_BEFORE = new RegExp(String.raw`(?:call|ring|dial|phone|contact) (?:${EMERGENCY_NUMBERS}|an ambulance|emergency services|the emergency)(?![a-z0-9])(?:[^.!?]*[.!?]+\s+)?[^.!?]*$`);
const FITTED_BEFORE = /(?:adding|added|add|installing|installed|putting|put up|fitted|fitting|replaced|replacing|moving|moved|painting|painted)(?: [a-z'-]+){0,3} $/;
const IF_THEY_HAVE_ONE = /^[^.!?]{0,40}?(?:if|in case) (?:you|u) (?:already |still )?(?:have|'ve got|have got|got) (?:one|it|them)(?![a-z])/;
const IF_YOU_CALL = /^\W*if (?:you|u)(?![a-z])[^.!?]*?(?:call|ring|phone|contact|message|email|book|pop in|come in|get in touch)(?![a-z])[^.!?]* and (?:we|we'll|we will|the team|someone|a clinician)?[^.!?]{0,12}$/;
const GROUP_IN_PROCESS = /(?:^|[^a-z])(?:patients|people|everyone|anyone|anybody|appointments|bookings|those|(?:every|each|any) (?:patient|person|caller|client))(?![a-z])[^.!?;]{0,70}$/;
const BEFORE_ANY = /(?:before|when|once|until|after|as soon as) (?:a |an |any |the |each |every )?(?:[a-z-]+ ){0,3}$/;
const NEGATED = /(?:not|never|isn't|wasn't|no longer|(?:don't|do not|does not|doesn't|did not|didn't) have|no record of)(?: an?| any)? $/;

// Said outright, whoever the person is.
// [pattern, what it says, words one of which the text must hold for it to be tried (and compiled)]
// Someone described, not named, in a clinician's story: "a 4-year-old", "a retired fire captain", "one of the lads".
const CASE_PERSON = '(?:\\d+-year-old|\\d+ ?yo|girl|boy|lad|lads|lass|man|woman|gentleman|lady|worker|labourer|laborer|farmhand|pilgrim|villager|principal|headteacher|teacher|captain|rancher|farmer|coach|player|scrum-halves|athlete|runner|couple|mum|dad|mom|grandad|grandma|veteran|firefighter|pensioner|tourist|visitor|hiker|walker|cyclist|climber|swimmer|surfer|kayaker|paddler|diver|sailor|fisherman|angler|skier|snowboarder|jogger|builder|tradie|teen|teenager|toddler|grandmother|grandfather|granny|drummer|musician|singer|dancer|landscaper|gardener|chef|baker|mechanic|plumber|electrician|carpenter|driver|trucker|pilot|soldier|fisherman|shearer|miner|bride|groom|newlywed|retiree|student|schoolgirl|schoolboy|deckhand|crewman|crew member|fisherwoman|goalie|goalkeeper|halfback|fullback|winger|striker|councillor|little one|infant|newborn|kiddo|youngster|local)';
// "a 4-year-old from Blaketown", "the gentleman with the red ute": one person, described, and up to 40 characters more of them.
const WHEN_TOLD = '(?:this (?:week|morning|weekend|afternoon)|last (?:week|month|winter|summer|autumn|spring|night|weekend)|yesterday|overnight|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])';
const DESCRIBED_PERSON = `(?:a|an|one|the) (?:[${L}0-9'-]+ ){0,3}?${CASE_PERSON} (?:[^.!?\\n]{0,40}? )?`;
// A clock time: "4", "4pm", "10:30", "9.15 a.m." (a bare digit before a letter would not end at a word).
const CLOCK = '\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.))?(?![\\d:])';
// A day and a time, then "with": "next Wednesday at 4pm with", "Fri 10:30 with", "tomorrow at 9 with".
const SLOT_WITH = new RegExp(`(?:(?:next|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tomorrow|today)(?: (?:at|@))? ${CLOCK} with (?:dr\\.? |nurse |doctor )?$`);
// Before the day: a service's timetable ("our diabetes clinic runs Thursday at 2 with Nurse Kim"), whoever comes.
const SERVICE_TIMETABLE = /(?:clinics?|class(?:es)?|sessions?|groups?|workshops?|talks?|drop-ins?|runs?|held|opens?|every|each)(?: [a-z]+){0,3} $/;
// ("a patient listener": what someone is like, unless the sentence goes on with the visit: "a patient today".)
const PATIENT_NOUN_ENDS = `(?:(?= (?:today|yesterday|throughout|during|for|at|with|and|too|again|as|of ours)(?![${L}]))|(?! [${L}]))`;
const ALWAYS: [RegExp, string, string[]?][] = [
  // A post welcoming a family by name: "A big welkom to the Nkosi family, who joined us this week".
  [re(`(?:welcome|welkom|haere mai|fáilte|failte|bienvenue|bienvenidos?)(?: (?:back )?to)? (?:the )?[${L}'-]+ (?:family|whānau|whanau|clan|household|twins|crew),? (?:who|that) (?:(?:have|has|'ve) )?(?:just |recently |officially )?(?:joined|registered|signed up|moved|transferred)(?: (?:with|to))? (?:us|our|the)(?![${L}])`), 'welcomes a family as new patients', ['joined', 'registered', 'signed up', 'moved', 'transferred']],
  // ("you're our most regular regular", "our Tuesday 10am regular": one of the practice's regulars; not "our regular hours".)
  [re(`${OUR_PATIENT}|(?:our|my) (?:[${L}0-9-]+ ){0,2}?regular${PATIENT_NOUN_ENDS}|patient of the (?:day|week|month|year)|(?<!(?<![a-z])(?:every|each|any|not) )one of (?:our|dr\\.? [${L}]+'s|my|her|his) (?:[${L}-]+ ){0,3}?(?:patients|regulars|favorites|favourites|faves)|(?:session|appointment|visit|consult) with (?:a|an|my|our|this) (?:[${L}-]+ )?(?:client|patient)`), 'names someone as a patient'],
  // "nasz pacjent", "nuestra paciente", "notre patiente", "il nostro paziente", "unsere Patientin", "ein claf", "bệnh nhân
  // của chúng tôi": one patient of ours, in the languages bilingual practices post in (the plural is everyone).
  [re(`(?:nasz|naszego|naszemu|naszym|nasza|naszej|naszą) (?:[${L}-]+ )?pacjent(?:a|owi|em|ka|ki|ce|kę|ką)?|(?:nuestr[oa]|noss[oa]|minha|meu|mi) (?:[${L}-]+ )?paciente|(?:notre|mon|ma) (?:[${L}-]+ )?patiente?|(?:il nostro|la nostra|al nostro|alla nostra|del nostro|della nostra) (?:[${L}-]+ )?pazient[ei]|(?:unser|unsere|unserer) (?:[${L}-]+ )?patient(?:in)?|(?:ein|fy) (?:nghlaf|claf)|bệnh nhân của chúng tôi`), 'names someone as a patient', ['pacjent', 'paciente', 'patient', 'pazient', 'claf', 'bệnh nhân']],
  // "your mum's dressing was changed this morning", "his catheter was replaced on Tuesday", "both of Eileen's falls were
  // reviewed by our falls nurse": care done to someone.
  [re(`(?:your|ur|his|her|their|[${L}]+'s) (?:[${L}-]+ )?(?:(?:dressings?|bandages?|catheter|cast|stitches|sutures|drip|cannula|line|pump|wound|pads?|stoma bag|splint) (?:was|were|has been|have been|is being|got|gets) (?:changed|checked|removed|redone|re-?dressed|taken out|cleaned|flushed|replaced|put on|fitted)|(?:falls?|medications?|meds|medicines|care plan|chart|bloods|results|x-?rays?|scans?|wounds?|pressure sores?|weight|blood pressure) (?:was|were|has been|have been|is being|are being) (?:reviewed|assessed|checked|looked at|seen) by (?:our|the|a|dr\\.? [${L}]+|nurse [${L}]+))`), 'says what the practice did in someone\'s care', ['changed', 'checked', 'removed', 'redone', 'dressed', 'taken out', 'cleaned', 'flushed', 'replaced', 'put on', 'fitted', 'reviewed', 'assessed', 'looked at', 'seen by']],
  // "a former NICU baby who just turned 10", "our former patient Jo": someone once in its care.
  [re(`(?:a|our|one of our) former (?:nicu |scbu |picu |icu |ward |clinic |cardiac rehab )?(?:patients?|bab(?:y|ies)|residents?|clients?|graduates?)(?! (?:group|network|forum|panel|survey|feedback|satisfaction|experience)${E})`), 'names someone as a former patient', ['former']],
  // "we've seen four toddlers with hand, foot and mouth from the same nursery", "three kids from Little Acorns Daycare":
  // a cluster from one place identifies them to everyone who knows the place.
  [re(`(?:we've|we have|we|i've|i have|i) (?:already )?(?:seen|treated|had|admitted|diagnosed|looked after|vaccinated) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|a handful of) (?:[${L}0-9-]+ ){0,3}?(?:kids|children|toddlers|babies|pupils|students|players|patients|people|workers|teens|families)(?: [^.!?\\n]{0,50}?)? from (?:the same |one |a single )?(?:[${L}'-]+ ){0,3}?(?:primary|school|nursery|daycare|day care|preschool|pre-school|kindergarten|academy|college|care home|team|club|factory|office|camp|church|street|estate)|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[${L}0-9-]+ ){0,2}?(?:kids|children|little ones|toddlers|babies|pupils|students|players|teens|workers|residents) from (?:the same|one|a single) (?:[${L}'-]+ ){0,3}?(?:primary|school|nursery|daycare|day care|preschool|kindergarten|care home|team|club|factory|office|camp|church|street|estate|road|block)(?: [^.!?\\n]{0,40}?)? (?:were|have been|was|got) (?:admitted|seen|treated|diagnosed)`), 'tells of a cluster of patients from one place', ['seen', 'treated', 'had', 'admitted', 'diagnosed', 'looked after', 'vaccinated']],
  // "To the lovely family who brought in flowers after their little one's asthma admission": a family thanked for something
  // after their relative's care here.
  [re(`(?:the|that) (?:[${L}-]+ ){0,2}?famil(?:y|ies) who [^.!?\\n]{0,80}? (?:after|following|during) (?:their|his|her) (?:[${L}-]+ )?(?:dad|mum|mom|mother|father|grandma|grandmother|grandad|grandpa|grandfather|nan|gran|son|daughter|baby|little one|child|boy|girl|husband|wife|partner|brother|sister|aunt|uncle)(?:'s)? (?:[${L}-]+ ){0,2}?(?:stay|admission|operation|op|surgery|treatment|care|visit|birth|delivery|recovery|replacement|appointment|time with us|stay with us)`), 'thanks a family after a relative\'s care here', ['famil']],
  // "We said goodbye to one of our longest-staying residents", "the passing of our dear resident": one who died in its care.
  [re(`(?:said|say|saying|bid|bade) (?:a (?:[${L}-]+ )?)?(?:goodbye|farewell) to one of our (?:[${L}-]+ ){0,3}?(?:residents|patients)|(?:lost|losing|the (?:loss|passing) of) (?:one of our (?:[${L}-]+ ){0,3}?(?:residents|patients)|our (?:dear|beloved|much-loved|lovely|wonderful) (?:resident|patient))`), 'says someone in its care has died', ['goodbye', 'farewell', 'lost', 'losing', 'loss', 'passing']],
  // "you're Dr. Mehta's patient anyway": a clinician's patient.
  [re(`(?:dr|dra|doctor|nurse)\\.? [${L}]+'s (?:[${L}-]+ ){0,2}?(?:patient|client)(?:'s)?(?! (?:${PATIENT_MODIFIES})${E})`), 'names someone as a patient', ['patient', 'client']],
  // "he's stable and in great spirits", "she remains in a critical condition": how someone in its care is doing.
  [re(`(?:he|she|they|the (?:boy|girl|child|kid|man|woman|driver|cyclist|pedestrian|rider|player|teen|teenager|toddler|baby|patient))(?:'s|'re| is| was| are| were| remains?)(?: now| currently| still| listed as)? (?:in (?:a )?)?(?:(?:critical|serious|satisfactory) condition|stable(?: condition)?(?= *(?:[.!,;—–]|and |but |on |$)))`), 'reports the condition of someone in its care', ['stable', 'critical', 'serious', 'satisfactory']],
  // "She was our very first jab of the day".
  [re(`(?:our|my) (?:very )?(?:first|last|youngest|oldest) (?:jab|patient|appointment|vaccination|shot|baby|delivery|client|customer) of the (?:day|morning|afternoon|week|year|clinic|season)`), 'names someone as a patient', [' of the ']],
  // "a privilege caring for your mum", "lovely looking after the two of ye", "we're honoured to care for him" (not "we'd
  // be happy to look after you", an offer).
  // ("It was a privilege for our team to care for your wife", "we love looking after the whole Pickering crew".)
  [re(`(?:(?:honou?r|privilege|pleasure|blessing|joy|gift)(?: for (?:our|the) (?:[${L}-]+ )?(?:team|staff|nurses|carers|doctors|midwives))? (?:(?:to|of) )?|(?:love|loved|enjoy|enjoyed|adore) )(?:car(?:e|ing) for|treat(?:ing)?|look(?:ing)? after|tak(?:e|ing) care of) (?:you|him|her|them|your|his|their|ye|the (?:two|three|four|both) of (?:you|ye|them)|the (?:whole |entire )?[${L}'-]+ (?:crew|family|clan|gang|household|whānau|whanau|tribe)|[${L}]+'s)`), 'says the practice cared for someone'],
  // (Written from the verb back, so that it is tried at "caring", "looking"… only: "great" and "nice" are everywhere.)
  [re(`(?<=(?<!(?:would|'d|will|'ll|to) be )(?:(?:honou?red|privileged|blessed|proud) to (?=car|tre|loo|tak)|(?:lovely|wonderful|great|so nice|nice|a treat|an absolute joy) (?=caring|treating|looking|taking)))(?:car(?:e|ing) for|treat(?:ing)?|look(?:ing)? after|tak(?:e|ing) care of) (?:you|him|her|them|your|his|their|ye|the (?:two|three|four|both) of (?:you|ye|them)|[${L}]+'s)`), 'says the practice cared for someone', ['care for', 'caring for', 'treat', 'look after', 'looking after', 'care of']],
  [re(`(?:participant|subject|patient|case) (?:#|no\\.? ?|number )\\d+`), 'numbers someone in a study or caseload'],
  [re(`(?:presented|presenting|present|shared|sharing|discussed|discussing) (?:the|a|an|this|my|our) (?:[${L}-]+ )?case of (?:a|an|my|our)|remember (?:the|that|our) (?:[${L}-]+ ){0,2}?(?:guy|girl|kid|boy|lady|man|woman|patient|baby|toddler|teen|gentleman) who`), 'tells a patient\'s story'],
  // "Happy birthday to our favourite Kōwhai wing resident!", "congratulations to one of our patients": one of them, greeted
  // (with a name after it, OUR_PATIENT_BEFORE reads the name too).
  [re(`(?:happy (?:\\d+(?:st|nd|rd|th) )?(?:birthday|bday)|happy \\d+(?:st|nd|rd|th)|congratulations|congrats|well done|happy anniversary|a warm welcome|welcome) to (?:our (?:[${L}'-]+ ){0,3}?(?:resident|patient|client)(?!s)|one of our (?:[${L}'-]+ ){0,3}?(?:residents|patients|clients))(?![${L}])(?! (?!(?:at|in|on|of|and|who|with|for|from|today|tonight|this|last|yesterday|here|there)${E})[${L}])`), 'greets one of its patients', [' to our', ' to one of our']],
  // "a question from one of my Tuesday clients this week", "Reflection from last Thursday's clinic: a teenage dancer…",
  // "A little girl who'd been too scared… climbed in by herself today", "the first athlete I treated": one patient, placed.
  [re(`(?:from|with|by) one of (?:my|our) (?:[${L}-]+ )?(?:clients|patients|residents) (?:this (?:week|morning|afternoon)|today|yesterday|last (?:week|night)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:from|at|in) (?:(?:last|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day's|today's|yesterday's|this morning's|last night's) (?:clinic|list|session|surgery|theatre list|shift|ward round|on-call)[:,]? (?:[—–-] )?(?:a|an|one)(?= )|(?<=^|[.!?:] )(?:a|an|one) (?:[${L}0-9'-]+ ){0,3}?${CASE_PERSON} who(?:'d|'s|'ve)? [^.!?\\n]{0,120}? (?:today|this morning|this afternoon|yesterday|last night)|the (?:very )?(?:first|last) (?:[${L}0-9'-]+ ){0,2}?(?:${CASE_PERSON}|patient|client|resident|baby) (?:i|we) (?:ever )?(?:saw|treated|delivered|fitted|operated on|looked after)`), 'tells of one patient the practice saw', ['one of my', 'one of our', "day's", "'s clinic", 'today', 'this morning', 'this afternoon', 'yesterday', 'last night', 'first', 'last']],
  // "Someone rang the end-of-treatment bell on the third floor today": a patient finishing treatment here.
  [re(`(?:rang|rings|ringing|ring) (?:the|our) (?:end[- ]of[- ](?:treatment|chemo|radiotherapy)|chemo|treatment|radiotherapy|radiation|victory|celebration) bell`), 'says someone finished treatment here', ['bell']],
  // "the junior whose poison ivy we diagnosed by video", "the young mum whose sepsis we nearly missed": one case, told.
  [re(WHOSE_CASE), 'tells of one case the practice treated'],
  // "Case from our Seldovia clinic last winter: a 34-year-old deckhand…": one patient's case, told.
  [re(CASE_TOLD), 'tells of one patient\'s case', ['case']],
  // "well done for getting your FIT kit back to our counter", "your swab is with the lab": their sample, handled here.
  [re(`(?:getting|got|sending|sent|dropping|dropped|bringing|brought|returning|returned|handing|handed) (?:your|ur) (?:[${L}-]+ ){0,2}?(?:kit|sample|swab|specimen)s? (?:back|in)|(?:your|ur) (?:[${L}-]+ ){0,2}?(?:kit|sample|swab|specimen)s? (?:is |are |was |were |has |have |got )?(?:back|received|through|with (?:the|our) lab)`), 'speaks of their sample, handled here', ['kit', 'sample', 'swab', 'specimen']],
  // "one of our residents, 91, came off lorazepam last spring": one patient, told with their age.
  [re(`one of (?:our|my) (?:[${L}-]+ )?(?:residents|patients|clients), (?:aged |age )?\\d{1,3},`), 'tells of one patient, with their age', ['one of']],
  // "Overheard in the Oban waiting room: a wee lad telling his granny…": one patient at the practice, as seen there.
  [re(`overheard (?:in|at) (?:the|our) (?:[${L}-]+ ){0,2}?(?:waiting room|clinic|surgery|reception|practice|chair|ward|lobby|dispensary|pharmacy)`), 'tells of one patient at the practice', ['overheard']],
  [re(`(?:the )?(?:baby|babies|twins|triplets) (?:we|i|dr\\.? [${L}]+) delivered|welcome to the world|born (?:at|on|just after|just before) [^.!?\\n]{1,40}? with (?:our|the|dr\\.?|midwife|nurse) (?:[${L}-]+ )?(?:midwife|midwives|midwifery team|team|doctor|obstetrician|[${L}]+)|delivered (?:baby|twins|a baby|our)|(?<!(?:'s|'ve|has|have|had|who) )delivered babies|baby (?:girl|boy) (?:arrived|was born|made (?:her|his) debut)|(?:mama|mom|mommy|mum|mummy|mother) (?:[${L}]+ )?labou?red|(?:had|delivered|welcomed) (?:her|his|their) (?:[${L}-]+ )?(?:baby|babies|twins|son|daughter|little ones?|boy|girl) (?:here|with us|(?:at|in|on) our)(?![${L}])|(?<!(?<![a-z])(?:were|are|be|been|get|gets|got|being) )born (?:here|(?:at|in|on) our (?:[${L}-]+ ){0,3}?(?:birth(?:ing)? (?:cent(?:re|er)|suite|unit)|maternity (?:unit|ward|wing|suite)|labou?r ward|delivery suite|hospital|unit|ward))|(?:newest |youngest )?members? of the [${L} ]{2,30} family|(?:to be|was|were|being|be) (?:there (?:for|at)|present (?:for|at)|(?:a )?part of) (?:[${L}]+'s|your|his|her|their) (?:[${L}-]+ )?(?:arrival|birth|delivery)${E}|(?:can't|cannot|can not) wait to meet (?:the|your) (?:wee |little |new |tiny )?(?:one|baby|bub|bubba|arrival|bundle)${E}`), 'announces a birth at the practice'],
  [re(`(?:graduated|graduating|graduates) from our|(?:wrapping|wrapped|wraps|wrap) up (?:pt|physical therapy|therapy|rehab|treatment|chemo|braces)(?! (?:is|are|can be|marks|means)${E})|last day (?:of|at) (?:pt|physical therapy|therapy|rehab|treatment|chemo)|finished (?:his|her|their) (?:[${L}-]+ )?(?:pt|therapy|rehab|treatment|chemo|braces|program|series)`), 'describes someone finishing care here'],
  [re(`(?:your|my|his|her) \\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|(?:your|my|his|her) \\d{1,2}:\\d{2}|\\d{1,2} ?(?:am|pm) (?:slot|appointment|appt)|(?:our|the) \\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)? (?:slot|appointment|appt|patient|client|regular)(?![${L}])|(?:someone|somebody|the (?:person|lady|gent|gentleman|man|woman|kid|child|patient)) in (?:our|the) \\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)? chair(?![${L}])|our \\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm) (?!(?:class|session|clinic|opening|start|walk-?ins?|bootcamp|run|yoga|pilates|group|meeting|huddle|shift|webinar|talk|drop-?ins?|open|opens|slot)${E})[${L}-]+(?= (?:with|who|is|was|has|had|came|just)${E})`), 'mentions someone\'s appointment time'],
  // ("the nurses looked after you so well", "Dr Hart sorted everything out for you": care given, said of them.)
  [re(`(?:we|i|dr\\.? [${L}]+|nurse [${L}]+|our team|the team|(?:the|our) (?:[${L}-]+ ){0,3}?(?:(?:gp|doctor|nurse|dentist|physio|physiotherapist|clinician|hygienist|midwife|optometrist|audiologist|podiatrist|consultant|surgeon|therapist|paramedic|carer)s?|midwives|staff|team)(?! (?:who|that)(?![${L}]))|(?<=(?<![${L}])(?:gp|doctor|nurse|dentist|physio|clinician|consultant|surgeon)(?![${L}])[^.!?]{1,60})(?:he|she)) (?:[${L}']+ ){0,2}?(?:(?:saw|sat with|treated|fixed|delivered|diagnosed|caught|stitched|operated on|patched|scoped|examined|vaccinated|casted|looked after|cared for|reassured) (?:him|her|them|you|your|his|their|[${L}]+'s|(?:an?|the) (?=\\d|(?:two|three|four|five|six) (?!(?:of|per|in) )[${L}])(?!\\d[\\d.,]* ?(?:%|per ?cent|percent)))|sorted (?:you|him|her|them)(?: out)?(?![${L}])|got (?:you|him|her|them) (?:all )?sorted(?: out)?(?![${L}])|put (?:you|him|her|them) (?:at ease|at your ease)|made (?:you|him|her|them) feel (?:at ease|comfortable|welcome|safe|so welcome|so comfortable)|sorted (?:everything|it all|things|it|that|this|all that) (?:out )?for (?:you|him|her|them))|(?:have|has|had) helped(?! (?:patients|people|families|many|hundreds|thousands|millions|countless|others|communities|children|kids|women|men|adults|our patients|so many|lots|plenty|a lot|loads|a great many|a number of|numerous|most|the most|us|our (?:team|staff|practice|clinic|surgery|service)|hugely|massively|enormously|greatly|immensely|tremendously|\\d))|(?:we|i|dr\\.? [${L}]+) (?:[\\p{L}']+ ){0,3}?(?:started|put|moved|switched|prescribed|referred|sent|admitted|discharged|cleared|fitted|placed) (?:him|her|them)|(?:moving|putting|starting|switching) (?:him|her|them) (?:to|on)|(?:glad|happy|pleased|delighted|thrilled) (?:that )?(?:we|dr\\.? [${L}]+|nurse [${L}]+) (?:could|were able to|got to) (?:help|fix|get|see|treat|take care)|(?:glad|happy|pleased|delighted|thrilled|honou?red) to have been (?:able to help|of (?:some |any )?(?:help|assistance|service))|(?:we|i) (?:were|was) (?:so |very |really |only too |more than |all |truly )?(?:glad|happy|pleased|delighted|thrilled|honou?red|privileged) to (?:be able to )?(?:help|assist|look after|care for|treat|support)(?! (?:with|at|out at|organi[sz]e|run|raise)${E})|(?:it was|it's been|it has been) (?:a|our|an absolute|a real|such a) (?:pleasure|privilege|joy) (?:to help|helping)(?! (?:with|at|out at|organi[sz]e|run|raise)${E})|could help your|(?:we|i|dr\\.? [${L}]+|nurse [${L}]+) did (?:your|ur|his|her|their)|(?:honou?r|privilege|pleasure|joy|honou?red|privileged) to (?:have )?walk(?:ed)? alongside (?:you|him|her|them)(?! all)(?![${L}])`), 'says the practice treated someone'],
  // A clinician's story of one encounter: "removed a Lego stud from the nose of a 4-year-old from Beeston", "caught twins in
  // the tub at 3am", "working with one of the academy's young scrum-halves", "a retired fire captain came in about…".
  [re(`(?:caught|delivered|removed|treated|reset|stitched|extracted|operated on|fitted|restored|rebuilt|splinted|patched up|stabili[sz]ed|resuscitated|admitted|rehabb?ing|working with|finished [^.!?\\n]{0,40}? on|came in (?:about|with|for)) (?:[^.!?\\n]{0,40}? )?(?:(?:a|an|one of (?:the|our|my)) (?:[${L}0-9'-]+ ){0,4}?${CASE_PERSON}|twins|triplets)(?![${L}-])|(?<!(?<![${L}])(?:if|when|whenever|say|suppose|imagine|until|unless) )(?:a|an|one of (?:the|our|my)) (?:[${L}0-9'-]+ ){0,4}?${CASE_PERSON}(?:,? [^.!?\\n]{0,40}?)? (?:came in (?:about|with|for)|(?:i've|we've|i have|we have) been (?:rehabb?ing|treating|seeing|working with|looking after))(?![${L}])|(?:(?:just|we|i|we've|i've) )had (?:a|an) (?:[${L}0-9'-]+ ){0,3}?${CASE_PERSON} in (?:with|for|after)(?![${L}])`), 'tells a patient\'s story', ['caught', 'deliver', 'remov', 'treat', 'reset', 'stitch', 'extract', 'operated', 'fitted', 'restored', 'rebuilt', 'splinted', 'patched up', 'stabili', 'resuscitat', 'admitted', 'rehab', 'working with', 'finished', 'came in', 'been', ' in with', ' in for', ' in after']],
  // "a dad brought in his toddler after she swallowed a button battery", "a couple … just had their 20-week anatomy scan with
  // us", "whose mama spent her final weeks with us": one family's visit or stay here, told as a story.
  [re(`(?<=(?<![a-z])(?:a|an) (?:[${L}-]+ ){0,2}?(?:dad|mum|mom|parent|father|mother|grandmother|grandma|grandad|grandfather|husband|wife|man|woman|couple) (?:rushed |carried )?)brought (?:in )?(?:his|her|their) (?:[${L}-]+ ){0,2}?(?:toddler|son|daughter|baby|child|kid|boy|girl|twins|newborn|infant|teen|mum|mom|dad|mother|father|wife|husband|partner|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[- ](?:day|week|month|year)[- ]old)`), 'tells a patient\'s story', ['brought']],
  // "the gent who does the crossword in our Stornoway waiting room every Tuesday": a regular, by their habit here.
  [re(`(?:who|that) (?:[${L}'-]+ ){1,6}?(?:in|at) our (?:[${L}-]+ ){0,2}?(?:waiting room|reception|foyer|lobby|car park|parking lot) (?:every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)day`), 'describes a regular visitor', ['every', 'each']],
  // "dla naszej mieszkanki, Pani Heleny", "notre patiente": the practice's own patient or resident, in another language.
  [re(`(?:naszej|naszego|nasza|naszemu) (?:mieszkan(?:ki|ka|ce|ca|iec|ńca|cowi)|pacjent(?:ki|ka|ce|a|owi)?)|(?:nuestra|nuestro) (?:paciente|residente)|(?:notre|nos) (?:patiente?s?|résidente?s?)`), 'names someone as a patient', ['nasz', 'nuestr', 'notre', 'nos ']],
  // "delivered my 1,000th baby this morning! Mum Ekaterina…": one birth, today's.
  [re(`delivered (?:my|our|her|his) [\\d,]+(?:st|nd|rd|th) (?:baby|babies)`), 'tells a patient\'s story', ['delivered']],
  // "three Year 2 kids from Hilltop Primary in with scarlet fever before 10am": children seen here, by where they come from.
  [re(`(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|a bunch of) (?:[${L}0-9'-]+ ){0,6}?(?:were |are |all )?in with (?:it|scarlet fever|chicken ?pox|measles|mumps|covid|flu|norovirus|tonsillitis|hand,? foot and mouth|gastro|rsv|croup|conjunctivitis|pink ?eye|impetigo|head lice|nits|whooping cough|strep(?: throat)?|slapped cheek)(?![${L}])`), 'tells of patients seen here', ['in with']],
  // "Mayor Solheim … getting her blood pressure checked at our booth": one person's check, done by the practice.
  [re(`(?:getting|got|had|having|gets|has) (?:his|her|their) (?:blood pressure|bp|cholesterol|blood sugar|glucose|eyes|eyesight|hearing|skin|moles?|feet|teeth|flu (?:jab|shot)|covid (?:jab|shot|booster)|vaccine|jab|booster|pulse|heart) (?:checked|tested|done|measured|taken|examined|screened|looked at) (?:at|by|with) (?:our|us(?![${L}]))`), 'tells a patient\'s story', ['checked', 'tested', 'done', 'measured', 'taken', 'examined', 'screened', 'looked at']],
  // "a musher came in with frostbite straight after the race", "a tourist limped in with a fish hook in his thumb": one
  // person's arrival, with what they came in with.
  [re(`(?<![${L}])(?<!(?<![${L}])(?:if|when|whenever|say|suppose|imagine|until|unless) )(?:a|an) (?:[${L}-]+ ){0,2}?[${L}]{3,} (?:came|limped|hobbled|walked|staggered|was carried|was stretchered) in(?:to (?:our|the) (?:[${L}-]+ ){0,2}?(?:clinic|surgery|practice|ed|er|urgent care|department|unit))? (?:with|after) (?:a |an |his |her |their |some |bad |severe |nasty |mild )?(?:[${L}-]+ ){0,2}?(?:frostbite|frostnip|hypothermia|burns?|cuts?|gash|lacerations?|fractures?|chest pain|stroke|seizure|fever|rash|bites?|stings?|concussion|heatstroke|heat exhaustion|dehydration|allergic reaction|anaphylaxis|asthma attack|fish ?hook|splinter|infection|injur(?:y|ies)|wound|bleeding|nosebleed|sprain|dislocation|break)(?![${L}])`), 'tells a patient\'s story', ['came in', 'limped in', 'hobbled in', 'walked in', 'staggered in', 'carried in', 'stretchered in']],
  [re(`(?:just|finally|recently|today|yesterday) (?:had|got|finished|completed|started) (?:his|her|their) (?:[${L}0-9-]+ ){0,3}?(?:scan|appointment|check-?up|procedure|surgery|treatment|transfer|cycle|session|jab|vaccine|delivery|op|operation|consult|consultation|round) (?:with us|here)`), 'tells a patient\'s story', [' with us', ' here']],
  [re(`spent (?:his|her|their) (?:final|last) (?:[${L}]+ )?(?:days|weeks|months|years|hours|moments) (?:with us|here|in our care)`), 'tells a patient\'s story', ['final', 'last ']],
  // "A young mum I saw on Tuesday had been told…", "a patient I've looked after for 22 years", "the oldest pilgrim we
  // vaccinated this Hajj season": one encounter, one patient.
  [re(`(?:a|an|one|the) (?:[${L}0-9'-]+ ){0,3}?(?:${CASE_PERSON}|patient|client|resident|family|guy|kid|baby) (?:(?:i|we) (?:first |last |recently |once )?(?:saw|treated|met|examined|admitted|looked after|operated on|delivered|scanned|reviewed|warmed up|patched up|stitched up|rescued|resuscitated|stabili[sz]ed|vaccinated|immuni[sz]ed) (?:[^.!?\\n]{0,40}? )?(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|week|(?:[${L}]+ )?season)|today|tonight|yesterday|last (?:week|night|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|earlier (?:today|this week))|(?:i've|we've|i have|we have) (?:looked after|treated|cared for|known|been seeing) (?:for (?:\\d+|many|so many|over|nearly|almost)|since)|(?:i|we) (?:first |last |once )?(?:saw|treated|met|looked after|delivered) [^.!?\\n]{0,50}?(?:came back|came in|dropped in|popped in|stopped by|visited|wrote to|emailed|messaged|brought (?:[^.!?\\n]{0,30}? )?in) (?:to (?:tell|thank|show|see|meet)|today|yesterday|this week|last week))`), 'tells a patient\'s story', ['saw', 'treated', 'met', 'examined', 'admitted', 'looked after', 'operated', 'delivered', 'scanned', 'reviewed', 'cared for', 'known', 'seeing', 'warmed up', 'patched up', 'stitched up', 'rescued', 'resuscitated', 'stabili', 'vaccinated', 'immuni']],
  // "Last Tuesday a 4-year-old from Blaketown was brought into our clinic", "To the gentleman with the red ute who came over
  // faint in our car park on Monday": one person, and what happened to them here.
  [re(`${DESCRIBED_PERSON}(?:was|were) (?:brought|rushed|carried|airlifted|flown|taken|admitted) (?:in(?:to)?|to) (?:our|the) (?:[${L}-]+ )?(?:clinic|surgery|practice|ed|er|emergency department|a&e|urgent care|ward|unit|hospital)`), 'tells a patient\'s story', ['brought', 'rushed', 'carried', 'airlifted', 'flown', 'taken', 'admitted']],
  // "Case from this week: a teenage forward … came back to the ice two days after a concussion": one real case, told.
  [re(`(?:case|patient) (?:from|of) (?:this|last) (?:week|weekend|month|night|shift)(?:end)?(?=:? (?:a|an|one|the|our) )`), 'tells a patient\'s story', ['case from', 'case of', 'patient from', 'patient of']],
  // "baby number four, delivered in our birthing suite at 3am on Sunday": a birth in the practice's care.
  [re(`(?<!(?<![${L}])(?:were|are|have been|been) )(?:delivered|born|arrived|welcomed(?: (?:baby|little|their|a baby|twins|a little)(?: [${L}-]+){0,2}?)?) (?:safely |safe and sound )?(?:in|at|on) our (?:[${L}-]+ ){0,2}?(?:birthing suite|birth(?:ing)? cent(?:re|er)|maternity (?:unit|ward|suite)|labou?r ward|delivery suite|birthing pool|birth unit)`), 'says a baby was born in the practice\'s care', ['birth', 'maternity', 'labour', 'labor', 'delivery suite']],
  // "the late Ron Petrakis, a patient of ours for 40 years", "who was a patient of ours": one person, named as ours.
  [re(`(?:[${L}]+, |(?:he|she|who|they) (?:was|is|were|are|had been|has been) )(?:a|an|one) (?:[${L}-]+ )?(?:patient|client|resident) of (?:ours|mine|this practice|the practice|our practice)`), 'names someone as a patient', ['of ours', 'of mine', 'practice']],
  // "Dr Solberg treated three people for hypothermia this week", "last month our Durness team spotted sepsis in a local
  // shepherd": a few people cared for at a time the town knows, each of them recognisable.
  [re(`(?:our (?:[${L}-]+ ){0,2}?(?:team|staff|clinic|nurses|doctors|crew|urgent care|ed|er|medics|gps|physios|midwives)|dr\\.? [${L}]+|nurse [${L}]+) (?:have |has )?(?:treated|spotted|diagnosed|caught|looked after|stabili[sz]ed|rewarmed|resuscitated|revived|patched up|stitched up) (?:(?<=${WHEN_TOLD}[^.!?\\n]{0,120})|(?=[^.!?\\n]{0,120}?${WHEN_TOLD}))(?:[${L}-]+ ){0,2}?(?:in |on )?(?:a|an|one|two|three|four|five|the) (?:[${L}0-9'-]+ ){0,3}?(?:${CASE_PERSON}s?|people|locals?|kids|children|hikers|walkers|shepherd)${E}`), 'tells a patient\'s story', ['treated', 'spotted', 'diagnosed', 'caught', 'looked after', 'stabili', 'rewarmed', 'resuscitated', 'revived', 'patched up', 'stitched up']],
  // "Shoutout to Dr. Becca and Lance for helping the family from the rollover on I-70 yesterday": the people of one
  // accident, cared for.
  [re(`(?:helping|treating|looking after|caring for|attending to|stabili[sz]ing|helped|treated|looked after|cared for|stabili[sz]ed) (?:the|a|an|all|both) (?:[${L}0-9-]+ ){0,2}?(?:family|families|driver|drivers|passengers?|man|men|woman|women|boy|girl|child|children|kids?|cyclists?|hikers?|climbers?|swimmers?|walkers?|people|couple|teenagers?|teens?|victims?|casualties|riders?|motorcyclists?) (?:from|in|involved in|hurt in|injured in|caught in|pulled from) (?:the|a|an|this|that|last|yesterday's|today's|saturday's|sunday's|friday's|monday's|tuesday's|wednesday's|thursday's) (?:[${L}0-9-]+ ){0,3}?(?:rollover|crash|collision|accident|pile-?up|fire|blaze|incident|storm|flood|explosion|smash|wreck)`), 'tells a patient\'s story', ['rollover', 'crash', 'collision', 'accident', 'pile', 'fire', 'blaze', 'incident', 'storm', 'flood', 'explosion', 'smash', 'wreck']],
  [re(`${DESCRIBED_PERSON}(?:who|that) (?:came over|collapsed|fainted|fell|was taken ill|took ill|took a (?:bad )?(?:fall|tumble|turn)|had a (?:[${L}]+ )?(?:seizure|fit|fall|turn)) [^.!?\\n]{0,30}?(?:in|at|outside) our (?:[${L}-]+ )?(?:car park|parking lot|waiting room|reception|clinic|surgery|practice|pharmacy|foyer|entrance)`), 'tells a patient\'s story', ['our car park', 'our parking', 'our waiting room', 'our reception', 'our clinic', 'our surgery', 'our practice', 'our pharmacy', 'our foyer', 'our entrance']],
  // "Mrs Ferraz, whom our aged care team looked after in her final months": someone in its care, named.
  [re(`(?:whom|who) (?:(?:our|the) (?:[${L}-]+ ){0,3}?(?:team|nurses|staff|carers|doctors|midwives|physios|crew)|we|i) (?:looked after|cared for|nursed|treated|supported|delivered)`), 'says the practice cared for someone', ['whom', 'who our', 'who the', 'who we', 'who i ']],
  // "the late Mr Okonkwo, who lived with us at Lanternhill House for five years": a resident of its care home.
  // ("our dear friend Albert, who lived at Harbour Lodge for 11 years": a home's name says the same.)
  [re(`who (?:lived|stayed|has lived|had lived|lives) (?:with us (?:at|in|on|for|since)|at (?:[${L}'-]+ ){1,3}?(?:lodge|house|manor|care home|nursing home|rest home|hospice) (?:for|since)(?![${L}]))`), 'says someone lived in its care', ['with us', 'lodge', 'house', 'manor', 'home', 'hospice']],
  // "One resident, a retired minister from Stirling, went from 14 meds to 6": one patient, described so others know them.
  [re(`(?<![${L}])one (?:of our )?(?:[${L}-]+ )?(?:residents?|patients?|clients?), (?:a|an) (?:[${L}0-9'-]+ ){1,4}?(?:from|in|at|who)(?= )`), 'tells a patient\'s story', ['resident,', 'residents,', 'patient,', 'patients,', 'client,', 'clients,']],
  // "We have contacted the patient directly and apologised": one patient, after a complaint.
  [re(`(?:contacted|reached out to|been in (?:touch|contact) with|spoken (?:to|with)|spoke (?:to|with)|apologi[sz]ed to|called|rang|phoned|written to|wrote to) (?:the|this) (?:patient|resident|client|patient's family|resident's family)(?: (?:directly|privately|personally|concerned|involved|in question))`), 'speaks of one patient after a complaint', ['the patient', 'this patient', 'the resident', 'this resident', 'the client', 'this client', "patient's family", "resident's family"]],
  // "proud of the team for getting local sprinter Aaliyah Grant back on the track": back to play after their care here.
  [re(`(?:getting|got|get|helped|helping|help) (?:@?[${L}0-9_]+ ){1,4}(?:(?:to )?get )?(?:back on (?:the|his|her|their) (?:track|pitch|court|field|feet|bike|ice|mat|slopes|road)|back (?:to|in) (?:training|playing|competing|racing|the gym|the game|action))`), 'says the practice treated someone', ['back ']],
  // ("Our pharmacy team, led by Gurpreet, is ready.": the practice is ready, not someone's order; nor is "until a
  // defibrillator is ready".)
  // ("Look who dropped in today – the Cornish Pirates mascot!": a visitor who cheers the waiting room, no patient.)
  [re(`(?:look|guess) who(?:'s| is)? (?:(?:came|stopped|dropped|popped) (?:in|by)|is back|back)(?![^.!?\\n]{0,60}?(?:mascot|santa|father christmas|easter bunny|tooth fairy|fire (?:brigade|crew|engine)|firefighters|the mayor|our mp|councillor|therapy dog|puppy|volunteers|students|school choir))|in good hands with (?:us|our team)|we've seen since|we have seen since|seen (?:him|her|them) since|(?:\\d+|many|so many) years with us|(?:all )?(?:those|these|the) (?:[${L}]+ )?(?:mornings|afternoons|evenings|sessions|visits|appointments|classes) with us|(?:after|through|for) all (?:those|these|your) (?:[${L}-]+ )?(?:physicals|check-?ups|checkups|visits|appointments|sessions|cleanings|squats|lunges|stretches|reps|treatments|injections|jabs)${E}|(?:celebrated|celebrating) [^.!?]{0,30} with us|at group|ready for pick-?up|(?:is|are) ready(?<!(?<![${L}])(?:team|staff|clinic|service|services|we|pharmacy|practice|centre|center)(?![${L}])[^.!?]{0,60}(?:is|are) ready)(?<!(?<![a-z])(?:defibrillators?|defibs?|aeds?|ambulances?|help|paramedics|crews?|coffee|tea|kettle|cakes?|food|lunch|breakfast|dinner|bbq|barbecue|rooms?|hall|venue|stage|building|website|app|forms?|survey|rota|timetable|menu|everything|everyone) (?:is|are) ready)(?= [—–-]|[,!.]|$)`), 'implies an ongoing care relationship'],
];

// Visits and presence at the practice: a patient only when a specific person is in the sentence.
// "the kid who bit me today", "the 89 yo gentleman this morning who told me…": someone staff met at work.
const MET_AT_WORK = re(`(?:who|that) (?:just |literally |then )?(?:bit|told|asked|gave|showed|handed|hugged|drew|made|called|thanked|kicked|threw up on|sneezed on|cried on|high-fived|redecorated) (?:me|us|our)|(?:this morning|this afternoon|earlier today|today) who`);
// [pattern, what it says, words one of which the text must hold for it to be tried (and compiled)]
const IF_A_PATIENT = /(?<![a-z])(?:if|whether) (?:you're|you are|youre|you were|you've been|you have been) (?:a |an |already a |already an |one of )?(?:our |an existing |a registered |a current )?(?:patients?|client|member|registered|seen here|treated here|under our care)(?![a-z])/;
// ("It was a pleasure having you with us!" to a student thanking the team for a placement: their time as a learner.)
const IN_ITS_CARE = 'says someone is in its care';
const WITH_PERSON: [RegExp, string, string[]?][] = [
  // "We've rebooked Nenek Halimah for 2pm today": a booking made again for someone.
  [re(`(?:re-?booked|rescheduled) (?:[${L}'-]+ ){1,3}?(?:in )?(?:for|to|on) (?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}(?::\\d{2})? ?(?:am|pm))${E}`), 'arranges their care here', ['booked', 'rescheduled']],
  // "It's a joy to have Arthur with us", "a privilege having Nana with us": a resident or patient in the practice's care.
  // "Mr Tom Quayle, a Birchwood House resident for eight years", "our much-loved resident since 2016": a resident of the home.
  [re(`(?:a|an) (?:[${L}'-]+ ){1,3}?(?:house|lodge|manor|home|court|gardens|hospice) resident|(?:a|an|our) (?:(?:much-loved|beloved|dear|lovely|long-time|longtime|long-standing|longstanding|former|oldest) )?resident (?:here |with us )?(?:for (?:\\d+|many|several|[${L}]+) (?:years|months)|since (?:\\d{4}|[${L}]+))`), 'calls them a resident of the home', ['resident']],
  [re(`(?:joy|pleasure|privilege|delight|treat|honou?r) (?:to have|having) (?:[${L}'-]+ ){1,3}?(?:with us|in our care|here with us)`), IN_ITS_CARE, ['to have', 'having']],
  // "93 and still the sharpest patient on our books", "you're the best patient in Texas": one person, as our patient.
  // ("the best patient care", "our youngest patients": the service, or a group.)
  [re(`(?:the|our) (?:very )?(?:[${L}]{2,}est|favourite|favorite|best|most [${L}]+) (?:little |wee |young |old )?patient(?![${L}'’])(?! (?:care|experience|outcomes?|safety|feedback|portal|service|satisfaction|journey|advocate|records?|information|education|resources?|ratings?|reviews?|voice|group|panel|forum|charter|pathway|flow|numbers?)(?![${L}]))`), 'calls one person its patient', ['patient']],
  // "Mrs. Evangeline Tsosie, 91, completed our falls-prevention programme".
  [re(`(?:completed|finished|graduated from) our (?:[${L}-]+ ){0,3}?(?:programme|program|course|rehab|rehabilitation|therapy|sessions)`), 'says someone finished care here', ['completed', 'finished', 'graduated']],
  // "Mateo and Sofi are both due for cleanings": the practice knows their recall.
  [re(`(?:is|are|'s|'re) (?:both |all |now |also |already )?(?:over)?due (?:for|a) (?!(?:their|his|her|a|an) first${E})(?:a |an |their |his |her )?(?:[${L}-]+ )?(?:cleanings?|check-?ups?|checkups?|appointments?|visits?|recalls?|reviews?|boosters?|jabs?|shots?|vaccines?|exams?|x-?rays?|scans?|refills?)`), 'says when they are due for care here', ['due']],
  [MET_AT_WORK, 'describes someone the staff met at work'],
  // "Vedika's in at 3:40 with Dr Lalitha": their booking, looked up.
  [re(`(?:'s|'re| is| are) (?:booked )?in at ${CLOCK}`), 'says when their care is', [' in at ']],
  // "Yes, Aoife was here yesterday": a visit, as a lookup confirms it.
  [re(`(?:was|were) (?:here|in|seen|in clinic|in the clinic|in to see us) (?:yesterday|today|this morning|this afternoon|last (?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:from|at) ${CLOCK})`), 'describes a visit to the practice', ['here', ' in', 'seen']],
  // "Marcelo did great today": how they got on at their visit.
  [re(`(?:did|was|were) (?:so |really |super |absolutely )?(?:great|amazing|brilliant|fantastic|awesome|so well|really well|a star|a champ|a superstar|a trooper|so brave|brave) (?:today|this morning|this afternoon|yesterday)`), 'describes how they got on at a visit', ['today', 'this morning', 'this afternoon', 'yesterday']],
  // "Oisín was a star at his food challenge".
  [re(`(?:did|was|were) (?:so |really |super |absolutely )?(?:amazing|brilliant|fantastic|awesome|a star|a champ|a superstar|a trooper|so brave|brave) (?:at|for|during|with) (?:his|her|their|your) (?:[${L}-]+ ){0,2}?(?:appointment|appt|visit|check-?up|cleaning|filling|jabs?|shots?|vaccinations?|injections?|challenge|tests?|scans?|session|x-?rays?|bloods|blood test|stitches|op|operation|procedure|extraction|fitting|impressions)`), 'describes how they got on at a visit', ['amazing', 'brilliant', 'fantastic', 'awesome', 'star', 'champ', 'trooper', 'brave']],
  [re(`(?:next|now|currently|just gone) in with (?:dr|doctor|nurse|the|our)`), 'describes a visit to the practice', [' in with ']],
  // "She's been seeing Dr. Patel since 1987": years in a clinician's care.
  [re(`(?:been seeing|has seen|have seen|been a patient of|been registered with|been coming to) (?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|us|our (?:practice|surgery|clinic|office)) (?:since|for (?:\\d+|many|so many|over|nearly|almost|about))|(?:sees|is seeing|'s seeing) (?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+) (?:every|each|once a|twice a|weekly|fortnightly|monthly|regularly|on (?:mon|tues|wednes|thurs|fri|satur|sun)days)${E}`), 'says how long they have been in care here'],
  // "Bertrand, who was treated on our stroke unit", "Jemima's mum is in with us on Ward 3": care here, said of them.
  // ("after his stay on Ward 3", "during her time in our hospice": their stay, named.)
  [re(`(?:was|were|been|is|are|being|got) (?:treated|cared for|looked after|nursed|admitted|operated on|delivered) (?:on|in|at|by|with) (?:our|us)|(?:is|are|'s|'re) (?:in|staying) with us (?:on|in|at|this|for|since)|(?:his|her|their) (?:recent |short |long )?(?:stay|time|admission) (?:on|in|at|with) (?:ward [${L}0-9]+|us|our (?:[${L}-]+ )?(?:ward|unit|hospital|hospice|home|clinic)|the (?:[${L}-]+ )?(?:ward|unit))`), 'says the practice cared for them', ['treated', 'cared for', 'looked after', 'nursed', 'admitted', 'operated', 'delivered', 'with us', 'stay', 'time', 'admission']],
  // "I've put Joel in the 4:15 with Dr. Morrow", "Rasmus is second on the list tomorrow", "Ofelia is in the north wing":
  // a booking or a stay, looked up for them.
  [re(`(?:i've|we've|i have|we have|i|we) (?:just |now |also )?(?:put|booked|moved|squeezed|slotted|pencill?ed|fitted) (?:him|her|them|[${L}]+) (?:in|into|on|for|to)(?: for| with| at)? (?:the |a |an )?(?:${CLOCK}|[${L}]+day|tomorrow|today|this|next|with|at|slot|appointment|appt|clinic|list)|(?:is|are|'s) (?:first|second|third|fourth|next|last) (?:on the (?:[${L}]+ )?list|in (?:the )?(?:queue|line))|(?:is|are|'s) (?:still |now )?(?:in|on) (?:(?:the )?(?:north|south|east|west|main|ground|first|second|top|[${L}]+day) (?:wing|ward|floor|unit)|(?:ward|bay) \\d{1,2}[a-z]?(?![${L}\\d]))`), 'says when or where their care is', ['put', 'booked', 'moved', 'squeezed', 'slotted', 'pencil', 'fitted', ' list', 'queue', 'line', 'wing', 'ward', 'floor', 'unit', 'bay']],
  [re(`(?:one of|among|amongst) (?:our|the practice's) (?:[${L}-]+ ){0,3}?(?:patients|residents|clients)`), 'counts them among the practice\'s patients'],
  // "Jordan's been to 3 of 4 sessions": attendance at care here.
  [re(`(?:\\d+|a few|several|two|three|four|five|six|eight|ten|twelve) (?:weeks|months|sessions) of (?:[${L}-]+ ){0,2}(?:classes|sessions|therapy|physio|rehab|treatment|training) with`), 'describes their attendance at care here', ['weeks of', 'months of', 'sessions of']],
  [re(`(?:been to|attended|made it to|come to|came to) (?:\\d+|all|every|each|both|three|four|five|six) (?:of (?:\\d+|the|our|their|his|her) |out of \\d+ )?(?:[${L}-]+ )?(?:sessions|appointments|classes|groups|visits|clinics)`), 'describes their attendance at care here', ['been to', 'attended', 'made it to', 'come to', 'came to']],
  [re(`(?:one of|among) the (?:[${L}-]+ ){0,3}?(?:patients|residents|clients) (?:(?:dr\\.?|doctor|nurse) [${L}]+|we|i) (?:sees?|treats?|have|has|look after|looks after|care for|cares for)`), 'counts them among the practice\'s patients', ['patients', 'residents', 'clients']],
  [re(`(?<!(?<![${L}])(?:before|if|whenever|until|till) (?:you|u|they|he|she) )(?<!(?<![${L}])(?:before|when|whenever|until|till) )(?:came|come|comes|coming|rushed|walked|popped|stopped|swung|hobbled|limped|dropped) (?:in|by|into|to us|to our|back in|back for|(?:in )?to see (?:dr\\.?|doctor|nurse|our|the (?:doctor|nurse|physio|dentist|gp|midwife|team)))|(?:came|come|comes|coming|went|passed) through (?:our|the) (?:[${L}-]+ )?(?:clinic|practice|surgery|ed|er|a&e|urgent care|unit|ward|department|emergency department|doors)|(?:is|'s|are|'re|was) (?:already |now |still )?on (?:our|dr\\.? [${L}]+'s) (?:[${L}-]+ )?(?:list|waitlist|waiting list|books|register|caseload)|(?:walked|skipped|danced|hopped|strolled) (?:out of|out from) (?:our|the) (?:[a-z-]+ ){0,2}?(?:clinic|practice|office|surgery|centre|center|hospital|unit|ward|room)|in (?:chair|room|bay|bed|op) \\d|in (?:our|the|my|his|her) ${CLOCK} (?:slot|appointment|appt|session)|(?<!(?<![${L}])(?:brought|bring|brings|bringing|dropped|drop|sent|left|baked) )in for (?:a|an|his|her|their|the)(?! (?:nurses|team|staff|doctors|girls|boys|reception|front desk)(?![${L}]))(?! (?:(?:real|big|nice|lovely|little|special|proper) )?(?:treat|surprise|shock|ride|rough ride|bumpy ride|wild ride|long wait|busy (?:day|week)|fright|laugh|storm)(?![${L}]))|(?<!(?<![${L}])(?:anyone|everyone|everybody|whoever|someone|people|patients|nobody|every (?:patient|person|family)) (?:who|that) (?:[${L}]+ ){0,3})(?:bikes|walks|drives|comes) (?:here|in|to us|to our)|(?:look|guess) who|spotted in|(?<!(?<![a-z])(?:don't|do not|never|no need to|not) (?:bring|take|come|go|walk|send)(?: [${L}]+)? )(?<!(?<![a-z])(?:heating|heater|radiators?|air[- ]con|air conditioning|temperature|thermostat|chairs?|seats?|seating|tv|screens?|toys?|magazines?|music|signs?|signage|posters?|plants?|lights?|lighting|floor|carpet|toilets?|wifi|windows?|doors?|fans?|water cooler|decor|paint) )(?<!(?<![a-z])(?:posted|displayed|available|advertised|pinned|listed|shown|(?:reception|website|online|desk|phone) (?:and|or)) )(?:in|to) (?:our|the|my) (?:office|clinic|practice|waiting room|lobby|exam room|chair|ultrasound room|pt gym|dental chair)(?![${L}])(?! (?:manager|managers|management|team|staff|owner|owners|lead|director|administrator|admin|secretary|website|phone|phones|line|email|inbox|page|account|policy|policies)(?![${L}]))|exam room \\d|sees? clearly for the first time|(?<!(?<![${L}])(?:was|were|been|is|are) [${L}]+ed(?: [${L}0-9]+){0,3} )for the first time since|(?:visit|appointment|appt|cleaning|exam|session|check-?up|stay|time|years?|months?|journey|treatment|care|programme|program|rehab|recovery|course|first [${L}]+|been|staying|here) (?:[${L}-]+ )?(?:with|in) us|(?:is|are|'s|was|were) (?:still |now |currently )?in with us(?= on| in| at| this| since| for)|(?<!due for )(?:his|her|their) (?:first|last|very first|next) (?:visit|cleaning|exam|appointment|day|session|checkup|check-up|newborn visit|pair)|got (?:his|her|their) (?:[${L}0-9-]+ )?(?:shots|vaccines?|stitches|cast|glasses|braces|cleaning)|(?:was|were|been|being|is|are|(?<!(?:(?<![\s\S])|[.!?—–-]\s*|(?:please|should|to|must|can|could|do|best|and) ))get|gets|got) seen (?:here|today|yesterday|this|last|by|in|at|on|for)|cleared (?:to|for) (?:return|go back|work|play|sports|exercise|fly|drive|school|surgery)|[${L}]+'s (?:(?:last|first|next|latest|recent|weekly|monthly|final) )?(?:home |phone |video )?(?:place|home|house|visit|appointment|appt|cleaning|check-?up|exam|procedure|surgery|consult|follow-?up|results?|prescription|refill|records?|chart)${NOT_ATTRIBUTIVE}|(?:loved|love|enjoyed) (?:working (?:on|with)|treating|caring for)|(?:holding|saving|saved|held) (?:a|the|your) (?:chair|spot|slot|room|appointment)`), 'describes a visit to the practice'],
];

// Said to the person being answered: their visit, their results, seeing them again.
// A day, a date or a time, as a booking names it.
const WHEN = `(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|today|tomorrow|tmrw|tmr|tonight|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[${L}]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[${L}]* \\d{1,2}|the \\d{1,2}(?:st|nd|rd|th)|next [${L}]+`;
const TITLE_WORD = /^(?:Dr|Dra|Dre|Doctor|Nurse|Mr|Mrs|Ms|Miss|Mx|Prof|Sister|Matron)$/;
const WHO_ASKED = /(?:^|[^a-z])(?:is|was|isn't|wasn't) (?:that|this|it) [^?]{1,60}\?|one of (?:yours|your patients)/;
const YES_THATS = /(?:^|[.!?]\s+)(?:(?:yes|yep|yeah|yup|ha|haha|aw+|oh|of course)(?: [a-z]+)?[\s,!.—–-]+)+(?:it's|that's|that is|it is|that was|it was) ([a-z]+)(?![a-z'])/;
const INCIDENT_WORDS = ['pile', 'crash', 'collision', 'wreck', 'shooting', 'stabbing', 'explosion', 'derailment', 'blaze'];
const INCIDENT = /(?<![a-z])(?:pile-?up|crash|collision|wreck|shooting|stabbing|explosion|derailment|blaze)(?![a-z])/g;
// Care, then one dated or named event: "brought into our ER after tonight's", "bringing in the boy from the Elm St bike".
const CARED_FROM_EVENT = /(?<![a-z])(?:cared for|treated|treating|saw|seen|brought (?:in|into)|bringing (?:in|into)|admitted|came (?:in|through)|transferred|rushed|airlifted|looked after|patients)(?![a-z])[^.!?]{0,60}?(?<![a-z])(?:from|after|in|following) (?:this morning's|this afternoon's|this evening's|tonight's|last night's|yesterday's|today's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|last week's|the|that)(?: [a-z0-9'.-]+){0,4} $/;
const SEEING_THEM = 'arranges or recalls seeing them';
const VISITOR = /(?<![a-z])(?:visit|visiting|see|seeing|pop in to see) (?:my|our) (?:[a-z-]+ )?(?:aunt|auntie|uncle|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|husband|wife|partner|friend|brother|sister|son|daughter|relative)(?![a-z])|(?<![a-z])(?:booked|registered|signed up|coming|going)(?: (?:for|to|on|onto|up for))? (?:the|a|your) (?:[a-z-]+ ){0,2}?(?:workshop|talk|webinar|seminar|open day|fun run|fair|first aid (?:course|class)|cpr (?:course|class))(?![a-z])/;
// (…or to "I booked the CPR workshop": they come to an event.)
// What a practice makes or fits for someone ("the new bite guard", "your new varifocals").
const FITTED = '(?:glasses|specs|frames|lenses|lens|varifocals|bifocals|contacts|contact lenses|hearing aids?|dentures?|crowns?|veneers|bridge|braces|aligners|retainers?|implants?|insoles|orthotics|brace|splint|bite guard|bite splint|night ?guard|mouth ?guard|occlusal splint|boot|cast|sling|inhaler|spacer|cpap(?: mask)?|pump|sensor|monitor|filling|fillings)';
const DEALINGS = 'speaks of their dealings with the practice';
const TO_ADDRESSEE: [RegExp, string, string[]?][] = [
  // "how much you value the care and commitment he's shown you", "how attentive you've found his care": care given to them.
  [re(`(?:care|treatment|attention)(?: and (?:[${L}-]+ )?[${L}-]+)? (?:he|she|they|we|the team|our team|dr\\.? [${L}]+|nurse [${L}]+)(?:'s|'ve| has| have| had)? (?:given|gave|shown|showed|provided) (?:you|u|your [${L}]+)${E}|(?:you've|you have|you) (?:found|received|had|valued) (?:his|her|their|our) (?:[${L}-]+ )?care${E}`), 'speaks of the care they had here', ['given', 'gave', 'shown', 'showed', 'provided', 'care']],
  // "Yes, it's all ready for you at the counter", "it's at reception for collection", "they're at the front desk, pick them
  // up any time": their prescription, note or glasses, waiting for them.
  // ("anyone can send repeat requests in advance so they're ready for collection": whoever sends them.)
  [re(`(?<!(?<![${L}])(?:anyone|anybody|everyone|everybody|any patient|all patients)(?![${L}])(?:[^.!?]|\\.(?=\\S)){0,100})(?:it's|it is|they're|they are|(?:your|the) (?:[${L}-]+ ){1,2}?(?:is|are|'s)) (?:all |now |already )?(?:ready|waiting) (?:for (?:you|u|collection|pick-?up)|to (?:collect|pick up|be collected)|at (?:the )?(?:[${L}-]+ )?(?:reception|front desk|counter|dispensary|desk|pharmacy))|(?:it's|it is|they're|they are) (?:now )?at (?:the )?(?:[${L}-]+ ){0,2}?(?:reception|front desk|counter|dispensary|desk)(?= for (?:collection|pick-?up)|,? (?:ready|waiting)|,? (?:just )?(?:pick|collect) (?:it|them) up| to collect)`), 'says what is theirs is ready for them', ['ready', 'waiting', 'collect', 'pick']],
  // "Results usually take 3–5 working days, we'll text you": their results, on the way to them.
  [re(`results? (?:[${L}-]+ ){0,3}?(?:take|takes|come back|comes back|are back|is back|be back|arrive|are due|is due)(?![${L}])[^.!?\\n]{0,50}?(?:we'll|we will|i'll|i will|the nurse will|the team will|someone will) (?:[${L}]+ )?(?:text|call|ring|email|message|phone|contact|let) (?:you|u)(?![${L}])`), 'says their results are on the way to them', ['result']],
  // "we'll send the nurse out to your mum on Friday", "Ingrid can call out to her next week", "Gethin has him on the 19th at
  // 11am": a home visit or a booking arranged for them or the relative they asked about.
  [re(`(?:send|sending|sent) (?:the|a|our) (?:[${L}-]+ )?(?:nurse|nurses|doctor|gp|carer|physio|midwife|team|paramedic|podiatrist|optometrist|audiologist|someone|phlebotomist) (?:out|round|over|along) to (?:you|u|him|her|them|(?:your|ur) [${L}]+)|(?:can|will|'ll|could|is going to|are going to) (?:call|pop|come|head|drive|nip) (?:out|round|over|up) to (?:you|u|him|her|them|(?:your|ur) [${L}]+|see (?:you|u|him|her|them))(?![${L}])|(?<![${L}])(?:has|'s got|has got) (?:you|u|him|her|them) (?:booked |pencilled |penciled )?(?:in |down |on the (?:list|books|rota|schedule) )?(?:on|for) (?:the \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next [${L}]+)`), 'arranges a home visit or a booking for them', ['out to', 'round to', 'over to', 'up to', 'along to', ' has ', "'s got"]],
  // "geniet van je nieuwe bril", "viel Spaß mit den neuen Hörgeräten", "profitez de vos nouvelles lunettes": what was
  // fitted for them, in other languages.
  [re(`(?:je|jouw|uw) nieuwe (?:bril|lenzen|hoortoestellen|hoortoestel|beugel|tanden|kroon|glimlach)|(?:deine[nmrs]?|ihre[nmrs]?|den|die|der|dem) neuen? (?:brille|hörgeräten?|hörgerät|zahnspange|zähnen?|krone|kontaktlinsen)|(?:tes|vos|ta|votre|ton) (?:nouvelles?|nouveaux?|nouvel|nouveau) (?:lunettes|dents|appareils?|couronne|sourire|lentilles)|(?:tu|su|tus|sus) (?:nuev[ao]s? (?:gafas|lentes|anteojos|audífonos|sonrisa|brackets|frenos|dientes|corona)|(?:gafas|lentes|anteojos|audífonos|sonrisa|brackets|frenos|dientes|corona) nuev[ao]s?)|(?:i tuoi|il tuo|la tua|le tue|i suoi|il suo|la sua|le sue) nuov[ioae] (?:occhiali|apparecchio|apparecchi|sorriso|denti|lenti)|(?:l'apparecchio|gli occhiali|il sorriso|l'apparecchio acustico) (?:ti|le) sta(?:nno)? (?:benissimo|bene|a meraviglia)|(?:seus?|teus?|os seus|o seu|o teu|os teus|sua|tua) nov[oa]s? (?:óculos|aparelhos?|sorriso|dentes|lentes)|nowe okulary|nowy aparat|nowy uśmiech`), 'speaks of what was fitted for them here', ['nieuwe', 'neue', 'nouve', 'nouvel', 'nuev', 'nuov', 'novo', 'nova', 'nowe', 'nowy', ' sta']],
  // "Rawiri has spoken to her nurse — we've started a fluid chart", "we've upped his dose": their care changed here.
  [re(`(?:we've|we have|i've|i have|we|the nurses have|the team has) (?:now |just |already |also )?(?:started|begun|put (?:her|him|them) on|increased|reduced|stopped|changed|upped|lowered|adjusted) (?:(?:her|his|their|your) (?:[${L}-]+ ){0,2}?(?:medication|meds|dose|antibiotics|cream|fluids|dressings?|obs|observations|chart|care plan|regime|regimen|tablets|inhaler)|an? (?:[${L}-]+ ){0,2}?(?:chart|care plan|course of [${L}]+|monitoring))`), 'says what the practice changed in their care', ['started', 'begun', 'put ', 'increased', 'reduced', 'stopped', 'changed', 'upped', 'lowered', 'adjusted']],
  // "a new batch of dinosaur stickers waiting for all three": rewards kept for the children they bring.
  [re(`(?:stickers?|lollipops?|lollies|badges?|prizes?|balloons?) (?:[${L}-]+ ){0,2}?(?:waiting|ready|saved|set aside|put aside|kept) for (?:you|him|her|them|all (?:two|three|four|five|of (?:you|them))|both of (?:you|them)|the (?:kids|twins|boys|girls|little ones?))`), 'keeps a reward for the children they bring', ['waiting', 'ready', 'saved', 'aside', 'kept']],
  // "The waiting room isn't the same without your crossword chat", "the ward's not the same without her": a regular missed.
  [re(`(?:waiting room|surgery|clinic|practice|ward|reception|unit|office|home|lounge)(?:'s| is| has)? (?:just )?(?:not|n't|isn't|is not|won't be|wasn't|hasn't been|never) the same without (?:you|u|ya|your|ur|him|her|them)`), 'says the practice misses them as a regular', ['the same without']],
  // "happy with your new smile", "the new frames are a hit", "sorry we kept you waiting", "while we sorted your insurance":
  // what the practice fitted, kept them waiting for, or sorted out for them.
  [re(`(?:your|ur|the|that) new (?:smile|teeth|knee|hip|${FITTED})(?! (?:plan|scheme|offer|range|collection|service|clinic|price|prices)${E})|(?:kept|left) (?:you|your [${L}]+) waiting|(?:we|the team|our team|reception) (?:[${L}]+ )?(?:sorted|fixed|resolved|processed|corrected|updated|chased) (?:out )?(?:your|ur) (?:[${L}-]+ )?(?:insurance|claims?|invoice|paperwork|forms?)`), 'speaks of what was done for them here', ['new ', 'waiting', 'sorted', 'fixed', 'resolved', 'processed', 'corrected', 'updated', 'chased']],
  // "at your review next Thursday": a review booked for them (not the review they wrote).
  // ("…with you at Thursday's antenatal visit": a day's visit, theirs.)
  [re(`(?:at|for|in|before) (?:your|ur) (?:[${L}-]+ )?(?:review|consultation|session|clinic) (?:(?:next|on|this) [${L}0-9]+|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:with (?:you|u) |see (?:you|u) )(?:at|in|during) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day's|tomorrow's|next week's) (?:[${L}-]+ )?(?:visit|appointment|appt|review|consultation|check-?up|scan)`), 'speaks of their booking here', ['review', 'consultation', 'session', 'clinic', "day's", "tomorrow's", "week's"]],
  // "your plan gives you 20 visits a year and you've used 14", "you have 6 sessions left": their visits, counted from the records.
  [re(`(?:you've|you have|you) used (?:\\d+|all|both|three|four|five|six)(?: of (?:your|the|them|those))?(?: (?:\\d+ )?(?:visits|sessions|appointments))?(?=[,.;!]| so| and| this| already| out| $)|(?:you've|you have|you've got|you still have) (?:\\d+|one|two|three|four|five|six) (?:more )?(?:visits?|sessions?|appointments?|treatments?)? ?(?:left|remaining)`), 'counts their visits from the records', ['used', 'left', 'remaining']],
  // "your payment was logged against the wrong visit": their account here.
  [re(`(?:your|ur) (?:payment|copay|co-pay|bill|balance|invoice|statement|charges?|refund)(?: [${L}]+){0,2}? (?:was|were|has been|have been|had been|is|got) (?:logged|applied|posted|processed|allocated|matched|billed|charged|credited|refunded|sent|put)${E}`), 'refers to their account here', ['payment', 'copay', 'co-pay', 'bill', 'balance', 'invoice', 'statement', 'charge', 'refund']],
  // "your gran was such a pleasure": a relative the staff looked after.
  [re(`(?:your|ur) (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|son|daughter|husband|wife|partner|baby|little one|boy|girl|twins|kids|children) (?:was|is|were|are|has been|have been) (?:such |an absolute |a real |a total |always )?(?:a )?(?:pleasure|delight|joy|star|sweetheart|treasure|superstar|trooper)(?: to (?:look after|care for|treat|have|see|meet))?`), 'says the practice cared for their relative', ['pleasure', 'delight', 'joy', 'star', 'sweetheart', 'treasure', 'trooper']],
  // "You're booked in with Siosaia on Thursday at 4pm": a booking made for them.
  // ("Your mum's booked with Dr Abboud at 10:15": a relative's booking.)
  // ("Yes, she's booked in for Thursday" to "my mum's at your care home, is she getting the flu jab?")
  // ("Yes, all confirmed for Saturday morning with Dr Lim": the booking they asked about.)
  [re(`(?:you're|you are|youre|ur|you've been|you have been|(?:your|ur) [${L}]+(?:'s| is| has been)|(?<=(?:^|[.!?,—–] ?)(?:yes|yep|yeah|yup)?,? ?)(?:he|she|they)(?:'s|'re| is| are| has been| have been)) (?:all )?(?:booked|scheduled|pencilled|confirmed) (?:in )?(?:with|for|on|at)|(?<=(?:^|[.!?,—–] ?)(?:(?:yes|yep|yeah|yup|hi|done|great|perfect)[,!]? )?)all (?:confirmed|booked) (?:in )?(?:(?:for|on|at) (?:${WHEN})|with (?:dr\\.?|doctor|nurse|sister|midwife|the (?:doctor|nurse|gp|dentist|hygienist|physio|midwife)))`), 'arranges their care here', ['booked', 'scheduled', 'pencilled', 'confirmed']],
  // "We've got your mum pencilled in for Tuesday", "you arrived 25 minutes late", "you've used 14 of your visits": their
  // bookings and attendance here.
  [re(`(?:got|have|'ve|put) (?:you|u|your [${L}]+) (?:booked|scheduled|pencilled|penciled|down) (?:in )?(?:with|for|on|at)|(?:we|we've|i|i've)(?: have| got|'ve got) (?:you|u|your [${L}]+) (?:(?:at|for) (?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)?|${WHEN})|(?:on|with) (?:${WHEN}|dr\\.? [${L}]+|nurse [${L}]+))|(?:you|u) (?:arrived|turned up|showed up|got here|checked in) (?:(?:\\d+|a few|several|ten|fifteen|twenty|thirty|forty) (?:minutes?|mins?|hours?) (?:late|early|after)|at \\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)?(?![0-9]))|(?:you're|you are|youre|your|ur) (?:now |all )?(?:in|booked in) with(?! us)|(?:bumped|moved) (?:you|u|your [${L}]+) up(?: the (?:list|queue|waiting list))?${E}|(?:working|worked|work) with (?:you|u) on (?:your|ur)${E}|(?:you|u)(?:'ve| have) (?:used|had|attended|booked) (?:\\d+|all|most|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:of (?:your|the) )?(?:[${L}-]+ )?(?:visits|sessions|appointments|treatments|repairs|brackets|fillings|extractions|adjustments|cleanings|injections|scans|x-?rays)`), 'arranges their care here', ['booked', 'scheduled', 'pencilled', 'penciled', 'down', 'arrived', 'turned up', 'showed up', 'got here', 'checked in', 'used', 'had', 'attended', ' in with', 'bumped', 'moved', 'work', 'have you', 'got you', 'have your', 'got your', 'have u', 'got u']],
  // "You're #47 and we're calling #41 now", "you're number 12 on the list": their place in the queue here.
  [re(`(?:you're|you are|youre|ur) (?:now )?(?:number |no\\.? ?|#) ?\\d+(?![\\d:])`), 'arranges their care here', ['number', '#', 'no']],
  // "Dr. Ahmad completed the medical report on Thursday", "signed your sick note this morning": paperwork done for them.
  [re(`(?:completed|signed|sent|re-sent|resent|faxed|emailed|finished|written|wrote|filled (?:in|out)|done) (?:the|your|his|her|their) (?:[${L}-]+ )?(?:medical (?:report|letter|form|certificate)|referral(?: letter)?|sick note|fit note|mc|doctor's (?:note|letter))${E}`), 'arranges their care here', ['medical', 'referral', 'sick note', 'fit note', 'mc', "doctor's"]],
  // "Thanks for getting vaccinated!", "thank you for having your smear done": care they had, acknowledged ("… with us" has
  // its own entry).
  [re(`(?:thanks|thank you|thx|ty) (?:so much |again )?for (?:getting|having) (?:vaccinated|immuni[sz]ed|screened|tested|boosted|your (?:[${L}-]+ )?(?:jab|shot|vaccine|vaccination|booster|screening|smear|mammogram|check|test))${E}(?! with us)`), DEALINGS, ['getting', 'having']],
  // "Siosaia can fit you in after 6": a booking for them.
  // (A named clinician: "we can get you in today" is the invitation every caller gets.)
  // "Jackson is already on Grant's schedule Thursday at 4", "you're on Dr Byrne's list": booked with a named clinician.
  [re(`(?:is|are|'s|'re) (?:already |now |all |still )?(?:on|in) (?:dr\\.? )?[${L}]+'s (?:[${L}-]+ )?(?:schedule|books|calendar|diary|list)${E}`), 'arranges their care here', ["'s "]],
  [re(`(?!(?:we|i|they|you|he|she|it|who|someone|somebody|team|that|this|reception|and|so|just)${E})[${L}]+ (?:can|could|will|should be able to) (?:probably |definitely |easily |still )?(?:fit|squeeze|slot) (?:you|u|your [${L}]+) in (?:on|at|after|before|this|next|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`), 'arranges their care here', ['fit', 'squeeze', 'slot']],
  // "Rosalind has been working with your sister since the spring": a clinician's care of them.
  [re(`(?:has|have|'s|'ve) been (?:working|seeing|treating) (?:with )?(?:you|u|your [${L}]+) (?:since|for (?:the|a|\\d+|many|several|a few|over|about|nearly|almost))`), 'says a clinician here cares for them', ['working', 'seeing', 'treating']],
  // "same as when you brought Arjun in last month": a visit they made.
  [re(`(?:when|since|after|before|like) (?:you|u) (?:brought [${L}]+ in|came in|came to see us|were in|were here|popped in|dropped in)`), 'recalls their visit here', ['brought', 'came', 'were in', 'were here', 'popped in', 'dropped in']],
  // "as you were on the labour ward with us", "on the ward you were on": their stay here.
  [re(`(?:you|u|your [${L}]+)(?: were| was| are| have been| had been|'ve been|'re) (?:on|in|admitted to) (?:the|our) (?:[${L}-]+ ){0,2}?(?:ward|unit|bay|icu|nicu|hdu|theatres?)${E}|(?:ward|unit|bay|room|bed|clinic|department) (?:that )?(?:you|u|your [${L}]+) (?:were|was|are|is|had been|have been) (?:on|in|at)${E}`), 'places them on a ward or unit here', ['ward', 'unit', 'bay', 'icu', 'hdu', 'theatre', 'room', 'bed', 'clinic', 'department']],
  // "yes he checked in at 9:15 and is with Dr. Rautenbach now": someone's visit, as it happens.
  [re(`(?:he|she|they|your [${L}]+)(?:'s|'re| is| are| was| were| has| have)? (?:just |already |now )?(?:checked in(?! (?:on|with))|in with (?:dr\\.? [${L}]+|the (?:doctor|nurse|consultant|dentist|physio|surgeon|midwife|team))|with (?:dr\\.? [${L}]+|doctor [${L}]+|the (?:doctor|nurse|consultant|dentist|physio|surgeon|midwife)) (?:now|right now|at the moment)|being seen (?:now|by|right now|at the moment))`), 'says they are being seen here', ['checked in', ' with ', 'being seen']],
  // "I've moved your microsuction to 4:15 on Wednesday", "your next port flush is on 22 July at 10am": their booking.
  // (One pattern per shape, each tried only when its words are there: as one pattern it took 14 ms to compile.)
  [re(`(?:moved|rescheduled|rebooked|booked|changed|brought forward|pushed back|put) (?:your|ur|his|her|their|[${L}]+'s) (?:[${L}'-]+ ){0,3}?(?:[${L}-]+) (?:to|for|from|in for|on) (?:${WHEN})`), 'arranges their care here', ['moved', 'reschedul', 'rebooked', 'booked', 'changed', 'brought forward', 'pushed back', 'put ']],
  [re(`(?:your|ur) (?:next )?(?:[${L}-]+ ){0,2}?(?!(?:newsletter|post|blog|event|webinar|live|video|episode|class|order|delivery|parcel)${E})(?:[${L}-]+) (?:is|will be|has been) (?:now |all |provisionally |already )?(?:on|at|booked for|set for|scheduled for|booked in for|rebooked for) (?:${WHEN})`), 'arranges their care here', ['is on', 'is at', 'will be on', 'will be at', 'booked for', 'set for', 'scheduled for', 'booked in for']],
  [re(`same time (?:next|in) (?:[${L}0-9]+ )?(?:week|weeks|month|months|year)|(?:you're|youre|you are|ur|u r) all set for (?:${WHEN})`), 'arranges their care here', ['same time', 'all set']],
  [re(`(?:dr\\.? [${L}]+|nurse [${L}]+) (?:can|will|could) (?:still )?see (?:you|u)`), 'arranges their care here', ['see ']],
  [re(`(?:dr\\.? [${L}]+|nurse [${L}]+|the (?:doctor|gp|nurse|midwife|physio|district nurse)) (?:can|will|could) (?:do|make|fit in|arrange) (?:a|an|the|your|his|her) (?:[${L}-]+ )?(?:visit|appointment|review|call|check) (?:on |at |for )?(?:${WHEN})`), 'arranges their care here', [' visit', 'appointment', 'review', ' call', 'check']],
  // "your AMH came back at 8.2", "your bloods have come back normal": their own result, read to them.
  [re(`(?:your|ur) (?:[${L}0-9-]+ ){1,3}?(?:came|has come|have come|come) back(?: (?:at|as|showing|normal|clear|fine|ok|okay|negative|positive|high|low|raised|within|in range|slightly|a bit|all|borderline)| ?[-–:,]? ?\\d)`), 'refers to their own result', [' back']],
  // French and Spanish replies from bilingual practices: "votre rendez-vous", "vos nouveaux appareils", "su próxima cita",
  // "sus radiografías", "à la prochaine visite", "nos vemos en su limpieza" (not how to book one: "al hacer su cita").
  // Spanish: "ya la cambié para el jueves 12" (their appointment moved), "su mamá se sintió bien atendida" (cared for here).
  [re(`(?<![${L}])(?:la|lo|le|te|los|las) (?:cambi[ée]|cambiamos|mov[ií]|movimos|pas[ée]|pasamos|agend[ée]|agendamos|program[ée]|programamos|reprogram[ée]|reprogramamos|anot[ée]|anotamos) (?:para|al|a las|el)${E}|(?:se sinti[oó]|se sintieron|fue|fueron|estuvo|estuvieron) (?:muy |tan )?bien atendid[oa]s?${E}`), 'refers to their care here', ['cambi', 'movi', 'moví', 'pasé', 'pase', 'pasamos', 'agend', 'program', 'anot', 'atendid']],
  [re(`(?<!(?<![${L}])(?:prendre|réserver|reserver|fixer|demander|annuler|modifier|confirmer|pour) )(?:votre|vos|ton|ta|tes) (?:(?:prochain|prochaine|premier|premi[eè]re|dernier|derni[eè]re|nouveau|nouvelle|nouveaux|nouvelles) )?(?:rendez-vous|rdv|dossier|visite|consultation|traitement|ordonnance|r[eé]sultats?|appareils?|audiogramme|examen|chirurgie|s[eé]jour|suivi|ajustement|prescription|lunettes|verres|proth[eè]ses?|plombage|couronne|nettoyage|op[eé]ration|radiographies?|prise de sang|analyses?|bilan(?: de sant[eé])?|contr[oô]le)|(?<!(?<![${L}])(?:hacer|pedir|reservar|programar|agendar|solicitar|cancelar|cambiar|confirmar|para) )(?:su|sus|tu|tus) (?:(?:pr[oó]xima|pr[oó]ximo|[uú]ltima|[uú]ltimo|nueva|nuevo|nuevas|nuevos) )?(?:cita|consulta|expediente|historial|tratamiento|receta|resultados?|radiograf[ií]as?|visita|limpieza|an[aá]lisis|cirug[ií]a|ortodoncia|frenos|lentes|vacunas?|chequeo)|(?:[aà] la|jusqu'[aà] la|hasta (?:la|su)) (?:prochaine|pr[oó]xima) (?:visite|rendez-vous|cita|consulta|visita|limpieza|revisi[oó]n|chequeo|sesi[oó]n|s[eé]ance|control|contr[oô]le)|on se revoit|nos vemos (?:en|el|la|pronto)`), 'refers to their care here', ['votre', 'vos ', 'ton ', 'ta ', 'tes ', 'su ', 'sus ', 'tu ', 'tus ', 'prochaine', 'proxim', 'próxim', 'revoit', 'nos vemos']],
  // "votre mère est encore à l'étage, chambre 12": a relative's stay, looked up; "Dr Park dit que votre fils fait des
  // progrès" (what a clinician says of their child); "ag súil le tú a fheiceáil arís" (Irish); "welai di wythnos nesa", "welwn ni chi a'ch
  // mab wythnos nesaf" (Welsh: see you, and your son, next week); "om jou volgende week weer te sien" (Afrikaans); "Dr Akavak vous dit à
  // bientôt" (a clinician's see you soon).
  [re(`(?:votre|ta|ton) (?:mère|père|fils|fille|mari|femme|épouse|époux|grand-mère|grand-père|enfant|bébé) (?:est|a été) (?:encore |toujours |bien )?(?:à l'étage|hospitalisée?|admise?|en chambre|dans (?:le|notre) service|au service|aux soins|chambre \\d+)|(?:welai|wela i|gwela i|welwn ni) (?:di|ti|chi)(?: a['’](?:ch|th) [${L}]+)? (?:wythnos nesa|wythnos nesaf|yfory|dydd [${L}]+|cyn bo hir|yn fuan|eto|yn yr? (?:[${L}]+ )?(?:apwyntiad|archwiliad|ymweliad|sesiwn) nesa(?:f)?)|(?:ag súil le|ag tnúth le) (?:tú|thú|sibh|tusa) a fheiceáil (?:arís|an tseachtain seo chugainn|amárach|i mí)|(?:om )?(?:jou|julle|u) (?:volgende week |weer |môre |more |gou )+te sien|sien (?:jou|julle|u) (?:weer|volgende week|môre|more|gou)|(?:vous|te) dit à bientôt|(?:dit|dice|diz|sagt|zegt) (?:que |dass |dat )?(?:votre|ton|ta|su|tu|seu|sua|teu|tua|ihr|dein|deine|je|uw) (?:fils|fille|enfant|bébé|mère|père|hijo|hija|madre|padre|bebé|filho|filha|mãe|pai|sohn|tochter|kind|mutter|vater|zoon|dochter|moeder|vader)`), 'speaks of their visit, stay or care here', ['votre', 'ta ', 'ton ', 'wela', 'gwela', 'welwn', 'súil', 'tnúth', 'sien', 'bientôt', 'dit', 'dice', 'diz', 'sagt', 'zegt']],
  // Polish, Portuguese and Tagalog-English replies: "do zobaczenia na następnej wizycie", "Dr Wiśniewski przekaże
  // pozdrowienia", "que a consulta correu bem", "até a próxima consulta", "na próxima limpeza", "see you sa next check-up
  // mo", "maalagaan ang lola mo" (to care for your grandma).
  [re(`(?:na |po )?(?:następnej|kolejnej|najbliższej|pana|pani|twojej|pierwszej) (?:wizycie|wizyty|kontroli|konsultacji)|(?:pana|pani|twoja|twój|twoje|twoich) (?:wizyta|wizyty|leczenie|leczenia|wyniki|wyników|recepta|receptę|zabieg|zabiegu|plomba|aparat|aparatu)|(?:na )?(?:następną|kolejną|najbliższą) (?:wizytę|kontrolę|konsultację)|przeka(?:że|żemy|załam|zaliśmy|żę) (?:pozdrowienia|podziękowania|pani|panu|wasze|twoje)`), 'speaks of their visit or treatment here', ['wizy', 'kontrol', 'konsultac', 'leczen', 'wynik', 'recept', 'zabieg', 'plomb', 'aparat', 'przeka']],
  [re(`(?:sua|tua|seu|teu|seus|suas) (?:próxima |proxima |última |ultima |primeira )?(?:consulta|tratamento|exames?|receita|resultados?|limpeza|cirurgia|sessão|sessao)|(?:a|o) (?:consulta|tratamento|exame|cirurgia|limpeza) (?:correu|foi|ocorreu|ficou)|(?:até (?:a|à)|n[aà]) próxima (?:consulta|sessão|sessao|limpeza|visita|revisão|revisao)`), 'speaks of their visit or treatment here', ['consulta', 'tratamento', 'exame', 'receita', 'resultado', 'limpeza', 'cirurgia', 'sess', 'revis', 'visita']],
  // German, Vietnamese and Welsh replies: "bis zum nächsten Termin", "Ihre Behandlung", "lịch hẹn của chị", "hẹn gặp lại anh
  // lần sau", "kết quả xét nghiệm của mẹ bạn" (your mother's test results), "eich apwyntiad" (your appointment), "gofalu am
  // eich mam" (caring for your mum), "hẹn gặp lại bé lần khám tới" (see the little one at the next check).
  [re(`(?:ihr|ihre|ihren|ihrem|ihrer|dein|deine|deinen|deinem) (?:(?:nächste[nmr]?|letzte[nmr]?|neue[nmr]?) )?(?:termin|behandlung|untersuchung|befunde?|rezept|ergebnisse?|zahnreinigung|kontrolle|operation|röntgenbild|hörgeräte?|brille|zahnspange)(?! (?:kann|können|lässt sich|lassen sich|buchen sie))|(?:bis )?(?:zum|beim) nächsten (?:termin|besuch|kontrolltermin)|(?:lịch hẹn|buổi khám|kết quả(?: xét nghiệm)?|đơn thuốc|ca mổ) của (?:anh|chị|em|bác|cô|chú|ông|bà)|hẹn gặp lại (?:anh|chị|em|bác|cô|chú|ông|bà|bé|con|cháu)(?: vào| lần| tuần| hôm)|lần khám (?:tới|sau|tiếp theo)|(?:erste[nmr]?|nächste[nmr]?) termin (?:bei|mit|ist|am)|(?:la|ti|vi|lo|li|le) aspettiamo (?:per|al|alla|il|la|a|tra)|sizokubona|sizobonana|(?:lịch hẹn|buổi khám|kết quả(?: xét nghiệm)?(?: máu)?|đơn thuốc|ca mổ) của (?:mẹ|bố|cha|con|vợ|chồng|ông|bà) (?:anh|chị|em|bạn)|(?:eich|dy) (?:apwyntiad|triniaeth|canlyniadau|presgripsiwn)|(?:gofalu|ofalu) am (?:eich|dy)(?= [${L}])`), 'speaks of their visit or treatment here', ['ihr', 'dein', 'nächsten', 'termin', 'của', 'hẹn gặp', 'lần khám', 'eich', 'dy ', 'aspettiamo', 'sizo']],
  // Afrikaans replies: "Dr Davids sien haar weer volgende week", "jou nuwe tande" (your new teeth).
  [re(`sien (?:jou|haar|hom|julle|u) (?:weer )?(?:volgende (?:week|maand)|môre|more|(?:maan|dins|woens|donder|vry|sater|son)dag)|(?:jou|u) (?:nuwe |volgende )?(?:tande|tand|bril|afspraak|kontrole|behandeling|resultate|voorskrif|gehoorapparaat|operasie)`), 'speaks of their visit or treatment here', ['sien ', 'jou ']],
  // Their booking, in Portuguese, Spanish and Polish: "a consulta da Beatriz é amanhã às 15h", "su cita con la Dra. Ruiz
  // queda para el martes", "przełożyłam wizytę na środę".
  [re(`(?:está|esta|fica|ficou) (?:marcad[ao]|agendad[ao]|confirmad[ao]|remarcad[ao]) para (?:a |o )?(?:segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|amanhã|amanha|hoje|dia \\d)|(?:a|o) (?:consulta|sessão|sessao|limpeza|cirurgia|exame)(?: d[aoe]s? [${L}]+)?(?: com (?:a |o )?(?:dra?\\.? )?[${L}]+)? (?:é|e|está|esta|fica|ficou) (?:marcad[ao] |confirmad[ao] |remarcad[ao] )?(?:para )?(?:amanhã|amanha|hoje|às|as|na|no|dia)|(?:tu|su) (?:cita|consulta|turno)(?: con (?:el |la )?(?:dra?\\.? )?[${L}]+)? (?:es|está|esta|queda|quedó|sigue) (?:confirmada |programada |agendada |cambiada )?(?:para )?(?:mañana|hoy|el|a las|este|esta)|la (?:cita|consulta) de [${L}]+ (?:es|está|queda)|przełoż(?:yłam|yłem|yliśmy|yłyśmy|ymy|ę) (?:pani |panu |pana |twoją )?wizytę|(?:pani|pana) wizyta (?:jest|będzie)`), 'speaks of their booking here', ['marcad', 'agendad', 'confirmad', 'consulta', 'sess', 'limpeza', 'cirurgia', 'exame', 'cita', 'turno', 'przeło', 'wizyta']],
  [re(`(?:check-?up|appointment|appt|cleaning|visit|consultation|consult|results?|resulta|reseta|gamot|treatment|braces|session) mo|(?:sa )?(?:next|susunod na) (?:check-?up|appointment|appt|cleaning|visit|consultation|session) (?:mo|ninyo|nyo|niyo)|sa susunod (?:na )?(?:check-?up|appointment|appt|cleaning|visit|konsulta|consultation|session|balik)|(?:maalagaan|alagaan|inalagaan|naalagaan|maasikaso|inasikaso) (?:ang |si )?(?:[${L}]+ ){1,2}?(?:mo|ninyo|niyo|nyo)(?![${L}])`), 'speaks of their visit or treatment here', [' mo', 'nyo', 'niyo', 'ninyo', 'susunod']],
  // "Check in at 8:30pm at the sleep centre entrance": when to arrive for their booking.
  [re(`check in (?:at|by|from) (?:${WHEN})`), 'arranges their care here', ['check in']],
  // "Hope you're enjoying the new varifocals": something the practice fitted or made for them.
  [re(`(?:enjoy|enjoying|loving|getting used to|settling into|settle into|adjusting to|used to) (?:the|your|ur) new (?:[${L}-]+ )?(?:smile|${FITTED})`), 'speaks of what the practice made or fitted for them', [' new ']],
  // "a joy to watch your twins grow up", "we love taking care of her family too": a long care relationship.
  [re(`(?:watch|watching|watched|seen|seeing|see) (?:your|ur|them|him|her|every one of them|all of them|that|those|the (?:kids|twins|boys|girls)) (?:[${L}]+ ){0,2}?(?:grow up|growing up|grow|growing|grew)|(?:love|loved|enjoy|enjoyed) (?:taking care of|looking after|caring for|treating) (?:you|your|her|his|their|them|him)`), 'speaks of caring for them over time'],
  // ("the paper that started the claim", "the claim that vaccines…": an assertion, not an insurance claim.)
  [re(`(?<!(?<![a-z])(?:started|made|repeated|spread|debunked|disproved|support|supports|supported) )(?<!(?<![a-z])(?:printed|shown|listed|found|written) (?:on|in) )(?:the|your|this|that) (?!(?:bank|card|credit|debit|phone|mobile|energy|electricity|gas|water|tax|paypal) )(?:[${L}]+ )?(?:claim(?! that)|bill|statement(?! that)|copay|balance(?! (?:scale|tests?|assessments?|boards?|exercises?|class(?:es)?|training|issues?|problems?|clinic)(?![${L}]))|invoice)`), 'refers to their care here'],
  [re(`(?:your|ur) (?:\\d{1,2}/\\d{1,2} )?due date`), 'refers to their pregnancy care here'],
  [re(`(?:today|tomorrow|yesterday|tonight|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s (?:visit|appointment|appt|cleaning|check-?up|exam|procedure|surgery|consult|follow-?up|session)${NOT_ATTRIBUTIVE}`), 'refers to their visit here'],
  // "your smile looks incredible", "enjoy seeing clearly again": how their treatment here turned out.
  [re(`(?:your|ur) (?:new )?smile (?:looks|is looking|turned out|came out)|enjoy(?:ing)? (?:seeing|hearing|walking|chewing|eating|sleeping|breathing|running|smiling) (?:clearly |properly |normally |comfortably |pain[- ]free )?again`), 'speaks of how their treatment here turned out', ['smile', 'again']],
  // "our drivers love their Tuesday visits to you", "we love having both of them in": care they have here.
  [re(`(?:visits?|deliveries|trips|calls|rounds) to (?:you|your|ur)${E}|(?:love|loved|enjoy|enjoyed) having (?:you|both of (?:you|them)|them|him|her|(?:(?!you )[${L}]+ and )?the (?:kids|twins|boys|girls|little ones)|your [${L}]+)(?: all| both)? (?:in(?! (?:our|the|a|an|at|on|for) (?!(?:office|clinic|practice|surgery|chair|dental chair|waiting room)${E}))|here|over|along|with us)${E}`), 'speaks of their care here', ['visit', 'deliver', 'trip', 'calls', 'rounds', 'having']],
  // "we'll let your nephrologist know": the practice in touch with their own clinician.
  [re(`(?:we'll|we will|i'll|i will|we've|we have|we|i) (?:let|tell|inform|update|contact|call|ring|email|write to|message) (?:your|ur) (?:[${L}-]+ )?(?:[${L}]+ologists?|consultant|specialist|surgeon|gp|doctor|midwife|care team|care coordinator|social worker|health visitor|key worker)${E}`), 'speaks of their own clinician', ['ologist', 'consultant', 'specialist', 'surgeon', 'gp', 'doctor', 'midwife', 'care team', 'coordinator', 'social worker', 'health visitor', 'key worker']],
  // "you're next to be called through", "he's up next": their place in today's queue.
  [re(`(?:you're|youre|you are|ur|he's|she's|they're) (?:up next|next (?:to be (?:seen|called)|in line|in the queue)|next(?=[,.!]| -| –|$))|called (?:through|in|back) (?:next|shortly|soon|now|in a (?:minute|moment|sec))`), 'places them in the queue for care here', ['next', 'called']],
  // "Dr Quennell is out to see your grandad again on Friday", "Ward 5 will look after you": care arranged for them (not
  // "please call and ask for an appointment — our nurses will look after you", a promise to whoever books).
  [re(`(?:dr\\.? [${L}]+|doctor [${L}]+|nurse [${L}]+|the (?:doctor|gp|nurse|district nurse|midwife|physio))(?: is| will be|'s| is going) (?:out |coming |popping |going )?(?:round |over )?(?:to see|visiting|seeing) (?:you|u|your|him|her)${E}(?! (?:[${L}-]+ )?(?:patients|clients|families|caseload|list|clinics?|sessions)${E})|(?<!(?<![${L}])(?:call|ring|phone|book|ask for|come in|pop in|drop in|walk in|come and see us)${E}[^.!?]{0,120})(?:ward \\d+|the ward|the (?:[${L}]+ )?team|our (?:[${L}]+ )?team|the nurses|our nurses)(?: will|'ll) (?:look after|take (?:good )?care of|care for) (?:you|u|him|her)${E}`), 'arranges their care here', ['to see', 'visiting', 'seeing', 'look after', 'take care', 'take good care', 'care for']],
  // "the nurse checked her over", "Councillor Briggs was brought to our urgent care": care given here.
  [re(`(?:checked|looked) (?:him|her|them|you|u) over|(?:was|were|been) (?:brought|taken|rushed) (?:in|to (?:us|our (?:[${L}-]+ ){0,2}(?:urgent care|a&e|er|emergency department|ward|unit|clinic|hospital|practice|surgery)))`), 'says they were cared for here', ['over', 'brought', 'taken', 'rushed']],
  // "we're honored to be part of your journey": the practice's part in their care.
  [re(`(?:honou?red|privileged|proud|glad|happy|blessed|thrilled|grateful) (?:to (?:be|have been)|we (?:were|could be|got to be)|we're|we are) (?:a (?:small |tiny |little )?)?part of (?:your|ur|his|her|their) (?:[${L}-]+ )?(?:journey|recovery|care|treatment|story|road to recovery|healing)`), 'speaks of their care here', ['part of']],
  // "Our nurses still talk about your dad", "the team still asks after you": staff who looked after them.
  [re(`(?:our|the) (?:[${L}-]+ )?(?:nurses|team|staff|doctors|carers|midwives|therapists|physios|hygienists|ward|unit) (?:all |still |often |always )*(?:talk about|talks about|ask after|asks after|ask about|asks about|remember|remembers|miss|misses|think of|thinks of) (?:you|u|your (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|son|daughter|husband|wife|partner|baby|little one|boy|girl|twins|kids|children|brother|sister))${E}`), 'says staff here looked after them', ['talk', 'ask', 'remember', 'miss', 'think']],
  // "we remember how nervous you were last time", "we'll book you a double slot again": their earlier visits.
  [re(`(?:we|i) (?:remember|recall) (?:how|when|that)(?: [${L}]+){0,2} (?:you|u)${E}|(?:book|put|get) (?:you|u) (?:in )?(?:for )?(?:a |an |another |the )?(?:[${L}-]+ )?(?:slot|appointment|appt|session)? ?again${E}`), 'speaks of their earlier visits here', ['remember', 'recall', 'again']],
  // "good luck with the gallbladder op on Tuesday": their treatment ahead.
  [re(`(?:good luck|best of luck|fingers crossed|all the best|thinking of you) (?:with|for|on) (?:your |the |tomorrow's |today's |[${L}]+day's )?(?:[${L}-]+ )?(?:op|operation|surgery|procedure|scan|biopsy|delivery|birth|induction|treatment|chemo|infusion|transplant)${E}`), 'wishes them luck with their treatment', ['luck', 'crossed', 'all the best', 'thinking of you']],
  // "glad we got you boosted": care the practice gave them.
  [re(`(?:we|i) (?:got|get|have got) (?:you|u|him|her|them|your [${L}]+) (?:boosted|jabbed|vaccinated|seen|in|sorted|patched up|fixed up|stitched up|checked)${E}`), 'says what the practice did in their care', ['boosted', 'jabbed', 'vaccinated', 'seen', 'sorted', 'patched', 'fixed', 'stitched', 'checked', 'you in', 'u in', 'him in', 'her in', 'them in']],
  // "thanks for getting vaccinated with us today", "we hope to welcome you back soon": their visit here, done or to come again.
  [re(`(?:getting|got|having had|having) (?:vaccinated|jabbed|boosted|immuni[sz]ed|screened|tested|checked|seen|your (?:[${L}-]+ )?(?:jab|shot|vaccine|booster|check-?up|screening|test|bloods|smear|scan)) (?:with|at|here with) us`), THEIR_VISIT, ['with us', 'at us']],
  // "unprofessional, especially at a sensitive visit like yours": the visit is theirs.
  [re(`(?:visit|appointment|appt|consultation|consult|procedure|exam|examination|test|check-?up|scan|treatment|delivery|birth|surgery|operation) like (?:yours|his|hers|theirs|(?:your|ur) [${L}]+'s)${E}`), THEIR_VISIT, ['like']],
  [re(`welcom(?:e|ing) (?:you|u|y'all|ye) back(?! (?:to|at|on) (?:work|school|the team|our team|the rota|college|uni))`), THEIR_VISIT, ['welcom']],
  // "you were referred to the hospital", "a telephone consultation was offered to you the same day", "the doctor did try to
  // call you twice", "you were advised to…", "the GP did offer you…", "the doctor explained to you", "needed to examine
  // you", "you missed three appointments", "you have now been registered": what the practice did in their care (a
  // complaint's answer, from their records).
  [re(`(?<!(?<![${L}])(?:if|when|once|unless|whether|until|before|after) )(?:you|u)(?: were| was| have been| had been|'ve been|'d been) (?:(?:promptly|quickly|then|also|already|appropriately|correctly|initially|subsequently|later|urgently) )?(?:referred|triaged|assessed|examined|reviewed by|discharged|admitted|prescribed)${E}|(?:appointment|appt|consultation|call ?back|callback|visit|referral|slot) (?:was|were|had been|has been) (?:offered|arranged|made|given|sent) (?:to|for) (?:you|u|him|her|them)${E}|did try (?:to call|calling|to ring|ringing|to reach|to contact|phoning|to phone) (?:you|u)${E}|(?<!(?<![${L}])(?:if|when|once|unless|whether|until|before|after) )(?:you|u)(?: were| was| have been| had been|'ve been|'d been) (?:(?:then|also|already|initially|clearly) )?advised (?:to|that)${E}|(?:gp|doctor|nurse|clinician|dentist|hygienist|physio|consultant|midwife|pharmacist|we|i) did (?:offer|see|examine|refer|prescribe|advise|explain (?:this |it )?to|discuss (?:this |it )?with) (?:you|u)${E}|(?:gp|doctor|nurse|clinician|dentist|hygienist|physio|consultant|midwife|pharmacist) (?:explained|discussed|went through|talked through) (?:this |it |everything |the [${L}-]+ )?(?:to|with) (?:you|u)${E}|(?:needed|had|wanted) to (?:examine|assess|see|check) (?:you|u)${E}|(?<!(?<![${L}])(?:if|when|once|unless|whether|until|before|after) )(?:you|u) (?:missed|did not attend|didn't attend|failed to attend|dna'?d) (?:your |an |the |a |two |three |four |several |[0-9]+ )?(?:[${L}-]+ )?(?:appointments?|appts?|slots?|bookings?|visits?|call ?backs?)${E}|(?<!(?<![${L}])(?:if|when|once|unless|whether|until|before|after) )(?:you|u)(?: have|'ve)? (?:now )?been registered${E}`), 'says what the practice did in their care', ['referred', 'triaged', 'assessed', 'examined', 'reviewed', 'discharged', 'admitted', 'prescribed', 'offered', 'arranged', 'made', 'given', 'sent', 'try ', 'advised', 'did ', 'explained', 'discussed', 'went through', 'talked through', 'to examine', 'to assess', 'to see', 'to check', 'missed', 'attend', 'dna', 'registered']],
  // "glad you are now registered with us", "we have since contacted you directly", "further to our telephone conversation",
  // "sorry the clinic was so busy when you came", "you were not informed of the delay": their dealings with the practice.
  [re(`(?<!(?<![${L}])(?:if|whether|once|when|until|unless|before) )(?:you're|you are|you've been|you have been|you were)(?: now| all| successfully| officially| finally)? (?:registered|signed up) (?:with us|here|at (?:the|our) (?:practice|surgery|clinic))${E}|(?:have|'ve|had) (?:since |now |already |just )?(?:contacted|called|rung|phoned|emailed|written to|spoken (?:to|with)|reached out to) (?:you|u) (?:directly|privately|personally|separately|by (?:phone|email|letter))${E}|further to our (?:[${L}-]+ )?(?:conversation|call|discussion|chat|meeting)${E}|as (?:discussed|agreed|promised|mentioned) (?:on the phone|over the phone|by phone|when we spoke|during our (?:call|conversation|chat))${E}|(?:when|as) we spoke (?:on the phone|yesterday|earlier|today|last week|this morning)${E}|(?:when|while|each time|every time) (?:you|u) (?:came|visited|were here|were with us)(?= *(?:[.!,;—–)]|$)| (?:on|last|yesterday|this|today|to see)${E})|(?:when|while|whilst) (?:you|u) (?:were|was) (?:at|in) (?:the|our) (?:surgery|practice|clinic|office|centre|center|waiting room|waiting area|reception)${E}|(?<!(?<![${L}])(?:if|whether|once|when|until|unless|before) )(?:you|u)(?: were| was)(?: not| never)? (?:informed|told|updated|notified|made aware) (?:of|about) (?:the|your|this) (?:[${L}-]+ )?(?:delay|wait|change|cancellation|results?|referral|appointment|outcome)${E}|(?:reviewed|listened (?:to|back to)|checked|looked (?:at|into)|gone through|went through) (?:the )?(?:call |phone |telephone )?(?:recordings?|logs?|notes|footage|cctv|records?) (?:of|from|for) (?:your|ur) (?:[${L}-]+ )?(?:calls?|visits?|appointments?|consultations?|contacts?|conversations?)${E}`), DEALINGS, ['recording', 'log', 'notes', 'footage', 'cctv', 'record', 'registered', 'signed up', 'contacted', 'called', 'rung', 'phoned', 'emailed', 'written', 'spoken', 'reached', 'further to', 'as discussed', 'as agreed', 'as promised', 'as mentioned', 'we spoke', 'came', 'visited', 'were here', 'were with us', 'were at', 'were in', 'was at', 'was in', 'informed', 'told', 'updated', 'notified', 'made aware']],
  // "your medication will be ready tomorrow", "the doctor felt that a referral was not needed", "thank you for bringing your
  // mum in to see us", "having to wait three weeks for a routine appointment", "your request for a home visit": their care
  // here, from a complaint's answer.
  [re(`(?:your|ur) (?:[${L}-]+ )?(?:medications?|meds|medicines?|prescriptions?|script|repeat|tablets|inhaler|dosette)(?: is| are| will be| should be|'ll be) (?:now |all )?(?:ready|waiting|available|there)${E}|(?:the|your|our) (?:[${L}-]+ )?(?:gp|doctor|clinician|nurse|dentist|physio|prescriber|practitioner) (?:felt|decided|thought|judged|considered|determined) (?:that )?(?:a |an |the |your )?(?:[${L}-]+ )?(?:referral|antibiotics?|scan|x-?ray|tests?|prescription|treatment|appointment|follow-?up|visit)s? (?:was|were|is|are|would be|wasn't|weren't|isn't|aren't) (?:not )?(?:needed|necessary|required|appropriate|indicated|warranted)${E}|bringing (?:your (?:[${L}-]+ )?(?:${ONE_RELATIVE})|him|her|them) (?:in|along|down)(?: to see us)?${E}|(?:having|had) to wait (?:[${L}0-9-]+ ){0,3}?for (?:a|an|your|the) (?:[${L}-]+ )?(?:appointment|appt|call ?back|callback|referral|results?|prescription|visit|scan)${E}|(?<!(?<![${L}])(?:if|when|whenever|unless) )(?:you|u)(?: had|'d had| have had|'ve had) to wait${E}(?![^.!?]{0,30}?(?:on the (?:phone|line|phones)|for (?:the phone|someone to answer|us to answer|a call|the call|your call)|in the (?:phone |call )?queue))|your experience (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|last (?:week|night|time|month)|yesterday|today|this (?:morning|afternoon|week))${E}|(?<=(?<![${L}])(?:you|your)(?![${L}])[^.!?]{0,80})(?:during|in|at|after) the (?:consultation|appointment|examination|procedure|visit)${E}|(?:your|ur) (?:[${L}-]+ )?request for (?:a |an |your )?(?:[${L}-]+ )?(?:home visit|visit|appointment|appt|referral|prescription|call ?back|callback|sick note|fit note|repeat)${E}|(?:had|has) (?:a |such a |his |her |their )?(?:good |great |lovely |fun |smooth |positive |brilliant |fab )?first (?:visit|appointment|appt|check-?up|checkup|cleaning|session)${E}`), 'talks about their care here', ['ready', 'waiting', 'available', 'there', 'felt', 'decided', 'thought', 'judged', 'considered', 'determined', 'bringing', 'to wait', 'request for', 'first', 'experience', 'consultation', 'appointment', 'examination', 'procedure', 'visit']],
  // "the NP who saw you", "whoever treated your son", "the physician you saw": the clinician of their visit.
  [re(`(?:who|that|whoever) (?:saw|treated|examined|looked after|took care of|cared for|operated on|scanned|vaccinated|fitted|delivered|stitched|assessed) (?:you|u|your|ur)${E}|(?:the|your) (?:physician|doctor|gp|nurse|clinician|dentist|hygienist|therapist|physio|provider|consultant|surgeon|midwife|optometrist|pharmacist|np|pa) (?:who |that |whom )?(?:you|u) (?:saw|had|met|spoke to|spoke with|were seen by|dealt with)${E}`), 'refers to the clinician who saw them', ['who', 'that', ' you saw', ' you had', ' you met', ' you spoke', 'seen by', 'dealt with']],
  // "his nurse will call you this afternoon", "Dr. Whitt will ring you tomorrow", "I've let her nurse know and she'll call you": one clinician set to ring them at a set
  // time is a call about their care ("a GP will call you back to arrange things" and "our imaging team will call you back"
  // are how anyone is helped).
  [re(`(?:dr\\.? [${L}]+|(?:the|our|your|his|her|[${L}]+'s?) (?:[${L}-]+ )?(?:nurse|doctor|gp|dentist|physio|midwife|clinician|provider|np)|nurse (?!(?:manager|line|team|lead|unit|station|triage)(?![${L}]))[${L}]+|(?<=(?<![${L}])(?:nurse|doctor|midwife|dr\\.? [${L}]+)(?:'s?)? [^.!?]{0,30}(?:and|,) )(?:she|he))(?: will|'ll| is going to) (?:call|ring|phone|try|text) (?:you|u)(?: (?:back|again))?(?: (?:at|on) [^.!?]{0,25}?)? (?:this (?:afternoon|morning|evening)|today|tonight|tomorrow|this week|before \\d|after lunch|first thing|on (?:mon|tues|wednes|thurs|fri)day)${E}`), 'says a clinician will ring them about their care', [' call ', ' ring ', ' phone ', ' try ', ' text ']],
  // "lovely to see you", "we love seeing her every 6 weeks"; ("we'd love to meet you" invites, it arranges nothing).
  // ("our imaging team will call you back today" moves the talk to the phone, as the guide's redirects do: no visit.)
  [re(`(?:(?:great|good|nice|lovely|so good|wonderful|fun|a pleasure|our pleasure) (?:seeing|to see|meeting|to meet|having|to have)|(?:love|loves|loved|enjoy|enjoys|enjoyed) (?:seeing|having)) (?:you|him|her|them|y'all|(?:your|ur) (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|son|daughter|kids|children|little ones?|boys|girls|husband|wife|partner|baby|twins|crew|clan|gang|family|bunch|tribe|lot|whānau|whanau))(?!(?: all| both| two)? (?:with|in|on|join(?:ing)?) (?:the|our) (?:[${L}-]+ )?(?:team|staff|department|ward|rota)| on (?:placement|your placement|the rota)| as (?:a|an|our) (?:student|trainee|volunteer|colleague|intern|locum|registrar))(?!(?: all| both| two)? (?:(?:and|&) [${L}' ]{1,25}? )?(?:at|on) (?:the|our) (?:[${L}-]+ ){0,3}?(?:fair|event|open day|open house|5k|race|run|walk|festival|parade|stand|booth|talk|class|market|show|expo|launch|games|gala|regatta|match|carnival|ceilidh|fete|fête|rodeo|tournament|marathon|parkrun|concert|fundraiser|quiz night|bake sale)${E})`), SEEING_THEM, ['seeing', 'to see', 'meeting', 'to meet', 'having', 'to have']],
  [re(`(?:see|seeing) (?:you|u|ya|y'all|him|her|them)(?: both| two| all| again| back| and (?:the|your|ur) (?:[${L}-]+ )?(?:twins|triplets|kids|kiddos?|kiddies|children|boys|girls|little ones?|littlies|baby|babies|bubs?|family|whānau|whanau|crew|gang|tribe|grandkids|grandchildren|${ONE_RELATIVE})| and (?!(?:the|your|ur|our|all|everyone|everybody|friends|family)(?![${L}]))[${L}]+)? (?:on(?! the (?:ice|pitch|field|court|track|slopes|course|trail|water|beach|rink|green|dance ?floor|sidelines?|touchline|terraces|stands|bleachers|start line|finish line|riverfront|waterfront|seafront|foreshore|boardwalk|promenade|esplanade|riverbank|river walk|greenway|levee)${E})|tmrw|tmr|next(?! (?:year|season|summer|spring|fall|autumn|winter)(?! for))|tomorrow|tonight|then|soon|at (?:your|their|his|her|the (?:next )?(?:family |annual |yearly |routine |six-monthly |spring |summer |autumn |fall |winter |\\d+-(?:month|week|day|year) |(?:[${L}]+(?:-[${L}]+)+ ){1,2})?(?:visit|check|checkup|check-up|appointment|appt|cleaning|clean|session|adjustment|fitting|review|follow-up|followup|recall|scan|treatment|injection|jab|booster|consult|consultation|exam|infusion)|(?:(?:annual|yearly|routine|spring|summer|autumn|fall|winter|back-to-school|school|sports) )?(?:check-?ups|checkups|appointments|cleanings|physicals)${E}|(?:mon|tues|wednes|thurs|fri|satur|sun)day's (?:[${L}-]+ )?(?:group|session|class|meeting|clinic|appointment|visit)|${CLOCK})|in (?:\\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple|the (?:spring|summer|autumn|fall|winter|new year))|for (?:your|the|her|his|their)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|${CLOCK})(?! (?:(?:on )?[${L}]+day(?: the)?(?: \\d{1,2}(?:st|nd|rd|th)?(?: of)?(?: [${L}]+)?)? )?(?:at|for) (?:the|our) (?:[${L}-]+ ){0,3}?(?:fair|event|open day|open house|5k|10k|race|fun run|run|walk|festival|parade|stand|booth|talk|class|market|show|expo|launch|party|webinar|workshop|meeting|vigil|service|games|gala|regatta|match|carnival|ceilidh|fete|fête|rodeo|tournament|marathon|parkrun|concert|fundraiser|quiz night|bake sale)${E})`), SEEING_THEM, ['see']],
  [re(`see (?:you|u) both`), SEEING_THEM, ['see']],
  // "We actually see Mr. Alvarez every month", "we visit him every Tuesday": a standing arrangement of their care.
  [re(`(?:we|i|dr\\.? [${L}]+|nurse [${L}]+) (?:actually |still |usually |normally |already |also )?(?:see|sees|visit|visits) (?:(?:mr|mrs|ms|miss|mx)\\.? [${L}]+|him|her|them|you|your [${L}]+) (?:every|each|once a|twice a) (?:week|month|fortnight|day|morning|afternoon|year|[${L}]+day)${E}`), SEEING_THEM, ['see', 'visit']],
  // "Sofía can't wait to see Xochitl and Benji at their check-ups next week": named people, at their own care.
  [re(`see [${L}]+(?: (?:and|&) [${L}]+)? at (?:their|his|her) (?:next )?(?:[${L}-]+ )?(?:visits?|check-?ups?|checkups?|appointments?|appts?|cleanings?|sessions?|adjustments?|fittings?|reviews?|follow-?ups?|recalls?|scans?|jabs?|boosters?|exams?|physicals?)${E}`), SEEING_THEM, ['see']],
  // "good on you for getting your PSA checked", "well done for booking that smear": their own care, praised.
  [re(`(?:good on (?:you|ya)|well done|proud of (?:you|ya)|great job|good job|kudos) (?:for |on )?(?:getting|having|booking) (?:your|ur|that|those) (?:[${L}-]+ ){0,2}?(?:checked|done|tested|seen to|looked at|screened|removed|taken out|fitted|scanned|checks?|tests?|screening|scans?|smears?|mammograms?|jabs?|shots?|vaccines?|boosters?|check-?ups?)`), 'speaks of their own care', ['getting', 'having', 'booking']],
  // "Woohoo, braces off!", "the cast is finally off": the end of their treatment, celebrated.
  [re(`(?:braces|brace|cast|stitches|boot|sling|plaster|splint|bandages?|dressings?) (?:(?:are|is|finally|now|all) )*off(?! (?:to|for|the|in|at|by)${E})`), 'celebrates the end of their treatment', [' off']],
  // "Thanks for your patience last week": their wait, on a day.
  [re(`(?:thanks?|thank you) (?:so much |again )?for (?:your|ur) (?:patience|understanding) (?:last (?:week|night|month|time)|this (?:morning|afternoon|week)|yesterday|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|during (?:your|the) (?:visit|wait|appointment|delay))`), THEIR_VISIT, ['patience', 'understanding']],
  // "we knew you'd be back once the advent calendar ran out": their return, expected.
  [re(`(?:knew|know|bet|told you|said) (?:you'd|you would|you'll|you will|youd) be back`), 'expects them back for care', ['be back']],
  // "Hope Thursday's scan is nice and quick", "good luck for tomorrow's op": their booking, by its day.
  [re(`(?:hope|hoping|good luck|best of luck|all the best|fingers crossed)(?: (?:with|for|at))?[^.!?]{0,25}?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day's|tomorrow's|next week's|today's) (?:[${L}-]+ )?(?:scan|appointment|appt|visit|session|check|checkup|check-up|clean|cleaning|surgery|op|operation|procedure|injection|jab|review|bloods|fitting|consult|consultation|follow-up|induction|delivery)`), 'speaks of their booking', ["day's", "tomorrow's", "week's"]],
  // "Only 3 more months of braces to go", "two more sessions left": their course of treatment, still running.
  [re(`(?:only |just )?(?:\\d+|a few|a couple|two|three|four|five|six|seven|eight|nine|ten) more (?:weeks|months|sessions|appointments|visits|adjustments|treatments|injections|infusions|rounds|cycles|fittings) (?:of (?:[${L}-]+ ){1,2})?(?:to go|left)(?![${L}])`), 'speaks of their treatment, still running', [' more ']],
  // "We're so glad our crisis team could be there for you", "glad the nurses were able to help him".
  [re(`(?:glad|pleased|happy|proud|grateful|honou?red|relieved) (?:that )?(?:our|the) (?:[${L}-]+ ){0,2}?(?:team|nurses|doctors|staff|clinicians|midwives|carers|crew|physios|therapists) (?:could|was able to|were able to|got to|managed to|have been able to) (?:be there for|help|support|look after|care for|treat) (?:you|u|him|her|them|your)(?![${L}])`), 'says the practice cared for them', ['able to', 'could', 'got to', 'managed to']],
  // "Glad your little man wasn't too scared" to "Took my son in": how they felt at their visit.
  [re(`(?:glad|pleased|happy|relieved)(?: that)? (?:you|your (?:little |wee |big )?(?:${[...RELATIVES].join('|')})|he|she|they)(?:'s|'re| is| are| was| were)?(?: not|n't| wasn't| weren't| didn't (?:feel|get))(?: (?:too|so|very|at all))? (?:scared|nervous|anxious|frightened|worried|upset|fazed|bothered)(?![${L}])(?! (?:by|about|of|at|with) (?:the |this |that |our |all )?(?:storm|weather|snow|rain|wind|flood|news|closure|changes?|warning|roadworks|traffic|move|renovations?|building|parking|power|outage|post|article|video|queue|phones?)(?![${L}]))`), 'speaks of how they felt at their visit', ['scared', 'nervous', 'anxious', 'frightened', 'worried', 'upset', 'fazed', 'bothered']],
  // "we hope the appointment at Raigmore goes well", "hope the op goes smoothly tomorrow": their booking, wished well.
  [re(`(?:hope|hopes|hoping|fingers crossed) (?:that )?(?:the|your) (?:[${L}-]+ )?(?:appointment|appt|scan|op|operation|surgery|procedure|consultation|consult|referral appointment|induction|delivery|biopsy|transfer|infusion|extraction|fitting|assessment|review|follow-up) (?:[^.!?]{0,30}? )?(?:goes|went|will go|runs|ran) (?:well|smoothly|ok|okay|fine|to plan|great)`), 'speaks of their booking', ['goes', 'went', 'will go', 'runs', 'ran']],
  // "Wishing you all the luck for the transfer next week", "good luck with the op on Friday": their booking, by its day.
  [re(`(?:luck|all the best|fingers crossed|thinking of you) (?:for|with) (?:the|your) (?:[${L}-]+ )?(?:transfer|scan|appointment|appt|surgery|op|operation|procedure|induction|delivery|c-section|section|biopsy|results?|review|infusion|treatment|extraction|implant|fitting) (?:next|this|on|tomorrow|today|later|in the morning)(?![${L}])`), 'speaks of their booking', ['luck', 'all the best', 'fingers crossed', 'thinking of you']],
  [re(`(?:[${L}]+'ll|will|gonna) (?:see|meet|check on) (?:you|him|her|them|the (?:whole )?(?:crew|gang|family|kids|lot|bunch|tribe|whānau|whanau|twins|little ones))`), SEEING_THEM, ['see', 'meet', 'check on']],
  // "we'll take good care of you", "our ICU nurses are taking great care of him".
  [re(`(?:(?:[${L}]+'ll|will) take|(?:is|are|was|were|been|[${L}]+'re|[${L}]+'s) taking|took|(?:have|has|'ve) taken) (?:good |great |the best |such good |such great |excellent )?care of (?:you|u|him|her|them)`), 'says the practice takes care of them', ['care of']],
  [re(`(?:bearing|bear|bore) with us (?:on|during|through|over|with) (?:the|your) wait(?! (?:on|for|with)(?![${L}]))|(?:sorry|shame|apologies) about (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning|the wait(?! (?:on|for) (?:the )?(?:phones?|lines?|calls?|a call)| ?(?:times?|lists?|-list))|your wait(?! (?:on|for) (?:the )?(?:phones?|lines?|calls?|a call))|your visit|the mix-up)|(?:sorry|apologies|apologi[sz]e) (?:about|for) (?:the|your|that) (?:extra|wasted|second|repeat|return|additional|unnecessary) (?:trip|journey|visit|drive)(?![${L}])|(?:sorry|apologies) (?:that )?(?:the|your) wait (?:was|were|felt|took|ran|today)(?![${L}])|(?<!(?<![a-z])who (?:was|were|is|has been|had been) )(?:tried|trying|been trying) (?:calling |to call |to reach |to ring |ringing |phoning |to contact |contacting |to get hold of |to get in touch with )?(?:you|u)(?! (?:can|could|should|might|may|will)(?![${L}]))|(?:is|are|has been|was|been) (?:cancell?ed|rescheduled|booked|confirmed|moved)(?! (?:up|out|solid)(?![${L}]))|rebook|resending|we have (?:[${L}]+'s|your|his|her) (?:record|chart|results)|corrected statement|(?:our|the) (?:[${L}-]+ )?(?:schedule|records?|notes|system|chart|logs?|sheets?|diary|files?) (?:show|shows|showed|indicate|indicates|indicated|confirm|confirms|confirmed|say|says|state|states)(?! (?:that )?(?:most|many|all|every|each|the majority|on average|average|patients|people|no|any|availability|slots|appointments are|over|nearly|almost|around|about|[0-9])(?![${L}]))|we love having you|(?:than|since|from) (?:last time|your last (?:visit|cleaning|appointment|appt|checkup))|(?:miss|missed) (?:her|him|you|them) (?:at|in|around)|brightened every|(?:pop|come|stop|swing) back in|(?:glad|happy) (?:you|he|she|they) (?:came|made it) in|so glad (?:it's|its|it is) (?:healing|better)|(?:hope|glad) (?:the|that|your|his|her) (?!(?:[${L}-]+ ){0,2}(?:phones?|telephones?|phone system|website|app|booking|online|system|parking|car park|lift|wifi|heating|doors?|queue|lines?|portal)(?![${L}]))[^.!?]{0,40}(?:healing|helping|working|better|back to normal|feels? good|cleared|knock|bugging|less (?:sore|painful|swollen|itchy|tender)|settl(?:ing|ed) (?:down|nicely|well))`), 'talks about their visit or treatment here'],
  // "We've updated your profile with the new address", "congratulations on finishing the pulmonary rehab programme",
  // "sorry the waiting room was so cold yesterday", "lovely to finally meet you in person": their record, their
  // programme, their visit.
  [re(`(?:updated|amended|corrected|changed|merged) (?:your|ur) (?:[${L}-]+ )?(?:profile|records?|details|file|chart|notes|contact details|registration|address|phone number|mobile number|number|email|email address|surname|name|gp|pharmacy|next of kin|insurance)|(?:finishing|completing|graduating from|finished|completed|wrapping up) (?:your|the) (?:[${L}-]+ ){0,2}?(?:rehab|rehabilitation|therapy|physio|physiotherapy|treatment|chemo|chemotherapy|radiotherapy|radiation|braces|aligners|invisalign)(?: (?:programme|program|course|sessions))?|sorry (?:that )?the (?:waiting room|waiting area|clinic|surgery|practice|office|car park|parking lot|reception|ward|room) was (?:so |very |really |a bit |too )?[${L}]+ (?:yesterday|today|this morning|this afternoon|last (?:week|night|[${L}]+day)|on [${L}]+day)|(?:lovely|great|nice|so good|wonderful|a pleasure|such a pleasure) to (?:finally )?(?:meet|see) (?:you|u)(?: both| all)? (?:in person|today|yesterday|this morning|on [${L}]+day|at (?:your|the) (?:[${L}-]+ )?(?:appointment|appt|visit|check-?up|session|consult))`), 'speaks of their record, programme or visit here', ['updated', 'amended', 'corrected', 'changed', 'merged', 'finish', 'complet', 'graduat', 'wrap', 'sorry the', 'sorry that the', 'to meet', 'to see', 'to finally']],
  // "the nurse involved has had further training", "we've refunded the cancellation fee", "sorry for the billing error",
  // "you're welcome back anytime":
  // the care they complain of, the booking they paid for, a return visit.
  [re(`(?:the|our) (?:[${L}-]+ )?(?:nurse|doctor|gp|clinician|dentist|hygienist|physio|physiotherapist|therapist|pharmacist|midwife|surgeon|consultant|optometrist|carer)s? (?:involved|concerned|in question)(?! in (?:your|the|their|a|patients'?) care${E})|refunded (?:you|your|the) (?:[${L}-]+ )?(?:(?:cancellation|no-show|missed appointment|consultation|appointment|visit|booking) )?(?:fee|charge|difference|overpayment|excess|deposit|payment)|(?:sorry|apologies|apologise|apologize) (?:again )?for (?:the|your) (?:[${L}-]+ )?(?:billing|invoice|invoicing|payment|charging|double[- ]charg(?:e|ing)) (?:error|mistake|mix-up|mixup|issue)|(?:you're|you are|ur|youre) (?:always |very )?welcome back`), 'speaks of their care, booking or visit here', ['involved', 'concerned', 'in question', 'refunded', 'welcome back', 'billing', 'invoic', 'payment', 'charg']],
  // "tot de volgende controle", "sien jou weer by jou volgende afspraak", "ons sien jou oor drie maande", "à bientôt pour le
  // contrôle", "revenir vendredi", "do zobaczenia na kontroli", "edrych ymlaen at eich gweld", "aig an ath choinneamh", "다음 진료 때",
  // "agli appointment pe", "ag do chéad choinne eile", "fil maw3id el jay", "موعدك": their next visit, in the languages
  // of bilingual practices.
  [re(`(?:tot|bij|voor) (?:de|je|uw|jouw) (?:volgende|eerstvolgende) (?:controle|afspraak|behandeling|consult|bezoek|sessie)|(?:je|uw|jouw) (?:afspraak|behandeling|uitslag(?:en)?|recept|controle)|(?:jou|u) (?:volgende )?(?:afspraak|behandeling|uitslae|voorskrif|konsultasie)|sien (?:jou|julle|u) (?:weer|volgende|oor (?:\\d+|een|twee|drie|vier|ses|['’]n)(?![${L}])|môre|more|maandag|dinsdag|woensdag|donderdag|vrydag)|do zobaczenia (?:na (?:kontroli|wizycie|zabiegu|konsultacji|szczepieniu|sesji|wizycie kontrolnej)|za (?:tydzień|tydzien|miesiąc|miesiac|pół roku|pol roku|rok|\\d|dwa|trzy|kilka)|w (?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę)|jutro)|edrych ymlaen (?:at|i) (?:eich|dy) (?:gweld|weld)|(?:aig|gus) an ath (?:choinneamh|coinneamh|shealladh)|(?:revenir|repasser|de retour) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|la semaine prochaine|dans (?:\\d|une|deux|trois|quinze|huit))|(?:bis )?(?:zur|bei der) nächsten (?:kontrolle|untersuchung|sitzung|behandlung|impfung)|à bientôt (?:pour|au|à) (?:le |la |les |votre |vos |ton |ta |tes |l')?(?:contrôle|suivi|rendez-vous|visite|détartrage|nettoyage|prochain|prochaine|vaccins?|vaccination|rappel|séance|consultation|examen)|(?:agli|aapki|apni|aapka|aapke) (?:appointment|visit|checkup|check-up|report|reports|dawai|treatment|x-ray)|(?:do|bhur) (?:chéad )?(?:choinne|coinne|chuairt|cuairt|scrúdú)|(?:an )?gcéad (?:choinne|coinne|chuairt|cuairt) eile|(?:au|à votre|pour le|pour votre) prochain (?:rendez-vous|rdv|contrôle|suivi|détartrage|nettoyage|examen)|(?:à|pour) la prochaine (?:visite|consultation|séance)|maw3[ie]d(?:ak|ik|ek)?|mow3[ie]d|موعدك|الموعد القادم|다음 (?:진료|예약|검진|방문|치료)|다음 [가-힣 ]{0,10}?(?:때|에) (?:뵐게요|뵙겠습니다|봬요|뵈어요|만나요)`), 'speaks of their care here', ['volgende', 'afspraak', 'behandeling', 'uitslag', 'recept', 'controle', 'uitslae', 'voorskrif', 'konsultasie', 'sien ', 'bientôt', 'prochain', 'gcéad', 'zobaczenia', 'ymlaen', 'an ath', 'revenir', 'repasser', 'de retour', 'nächsten', 'agli', 'aap', 'apni', 'choinne', 'coinne', 'chuairt', 'cuairt', 'scrúdú', 'maw3', 'mow3', 'موعد', '다음']],
  // "Ha, we remember!", "come back anytime (hopefully not too soon)": their visit, remembered or to be repeated.
  [re(`we (?:all |definitely |still |certainly )?remember (?:you|u|him|her|them|that day|your)(?! (?:in|with|always) (?:our|my|in our) )|we (?:all |definitely |still |certainly )?remember(?= *[!.,—–😂😄😅🤣]| *$)|come (?:back|see us again) any ?time(?<=(?:^|[.!,;:—–-] ?|please |do |feel free to |you can |so )come (?:back|see us again) any ?time)`), THEIR_VISIT, ['remember', 'come back', 'see us again']],
  // "we'll push you to 3", "we'll pop you in first thing", "the 7.30 slot is yours", "she's blocked out 2:30 to go through
  // your basal rates with you", "the referral to Dr Ofori-Atta went this morning": their booking or referral, arranged.
  // ("Reply YES and I'll pop you in", "call us and we'll squeeze you in": an offer, until they take it.)
  [re(`(?:we'll|we will|i'll|i will|we've|we have|i've|i have) (?:just )?(?:push|pushed|move|moved|pop|popped|squeeze|squeezed|slot|slotted|fit|fitted|shift|shifted|bump|bumped) (?:you|u|him|her|them|your [${L}]+)(?: [${L}]+)? (?:in|to|into|back|up|forward)(?![${L}])(?! with)(?<!(?<![${L}])(?:call|ring|phone|contact|message|dm|email|text|book|reply|respond|confirm|let (?:us|me) know)(?![${L}])[^.!?]{0,120})|(?:slot|appointment|appt|spot|chair) is (?:all )?yours|(?:blocked out|set aside|kept|saved|held|booked out) [^.!?]{1,20}? (?:to|for) (?:go through|see|check|look at|review|talk through|discuss|sort) (?:your|you)|the referral (?:to|for) (?:[${L}.'-]+ ){0,3}?(?:was|went|has been|had been|is now|will be)`), 'arranges their care here', ['push', 'move', 'pop', 'squeeze', 'slot', 'fit', 'shift', 'bump', 'yours', 'blocked', 'set aside', 'kept', 'saved', 'held', 'booked out', 'referral']],
  // "How's the new lens treating you?": the treatment they had here, asked after.
  [re(`how(?:'s| is| are|'re) (?:the|your|ur) (?:new )?(?:knee|hip|teeth|smile|shoulder|back|ankle|wrist|stitches|scar|wound|meds|tablets|${FITTED}) (?:treating (?:you|u)|doing|settling|going|holding up|feeling|working)`), 'asks after the treatment they had here', ['treating', 'doing', 'settling', 'going', 'holding up', 'feeling', 'working']],
];

// A definite reference to their treatment or result presumes the practice knows it: "the antibiotics", "your EKG looked normal".
// ("the x-rays these days are digital" is about x-rays in general: see the check where it is used.)
const PROCESS_AFTER = /^ (?:set out|outlined|described|detailed|published|(?:on|in) our (?:website|leaflet|policy|practice leaflet)|for (?:making|raising|handling) (?:a )?complaints?)(?![a-z])/;
const KNOWN_TREATMENT = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:the|that|those|these) (?:new |\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})? )?|post-)$/u;
// "your EKG looked normal", "Mia's strep test came back": someone's own result, told to them.
const OWN_RESULT_BEFORE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:your|his|her|[a-z\u00C0-\u024F]+'s) (?:[a-z\u00C0-\u024F-]+ )?$/u;
const RECOMMENDED_TO_ALL = /^(?: vaccines?| jabs?)? (?:is|are) (?:now )?(?:recommended|advised|offered|available|free|given|licensed|approved|suitable)(?![a-z])/;
// The commenter's own relative: "my son", "both my kids", "my grandmother".
// ("Mum is so happy there", "Mum loves the Tuesday bingo", "the staff treat Dad like family": a parent named as the family
// calls them.)
const OWN_RELATIVE = /(?<![a-z])(?:my|our) (?:\w+ )?(?:son|sons|daughter|daughters|kids|children|child|boy|boys|girl|girls|little one|baby|twins|toddler|teen|teenager|grandson|granddaughter|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr)[- ]?old|\d+ ?(?:yo|y\/o)|mum|mom|mother|dad|father|nan|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|granddaughter|grandson|husband|wife|partner|sister|brother|aunt|uncle|nephew|niece)(?![a-z])|(?<=^|[.!?,] )(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|pop|poppa)(?=(?:'s| is| was| loves| loved| has| had| enjoys| enjoyed)(?![a-z]))|(?<=(?<![a-z])(?:treat|treats|treated|treating|look after|looks after|looked after|looking after|care for|cares for|cared for|caring for|(?:wonderful|great|amazing|brilliant|lovely|so good|so kind|so patient|kind|patient|gentle) with) )(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|pop|poppa)(?![a-z])/;
// "Your mum keeps us all in line at the Friday quiz", "He beat everyone at dominoes again yesterday", "She's our reigning champ!":
// the relative the comment says is in the practice's care, as the staff know them there.
const RELATIVE_WITH_US = re(`(?:(?:your|ur) (?:${ONE_RELATIVE})|(?<=^|[.!?] |, )(?:he|she|nana|nan|nanna|gran|granny|grandma|grandad|grandpa|mum|mom|dad|pop|poppa))(?:'s| is| was)? (?:[^.!?\\n]{0,30}? )?(?:(?:won|wins|winning) (?:the )?(?:bingo|quiz|raffle|dominoes|cards|card game|scrabble|chess|crossword|sweepstake)|(?:keeps?|kept|beat|beats|won|wins|out-?sang|outsang|out-?danced|outdanced|had|has) (?:us|all of us|everyone|every one of us|the (?:whole )?(?:team|staff|nurses|carers|residents|lot of us|lounge|ward|floor|unit|wing|house|home|place|dining room|day room))|(?<=(?:is|'s|was) )(?:our|the) (?:reigning |resident |undisputed |current )?(?:champ|champion|quiz champion|bingo champion|dominoes champion)|(?:brings?|brought|brightens?|brightened|lights? up|lit up) (?:so much |such |real |a lot of )?(?:joy |life |fun |laughter |sunshine )?(?:to |up )?(?:the|our) (?:lounge|ward|floor|unit|wing|house|home|garden|dining room|day room|activities room|activity room|common room|sunroom|conservatory)|(?:has|'s|is) been (?:teaching|entertaining|charming|spoiling|keeping) (?:the |our )?(?:staff|team|nurses|carers|residents|girls|ladies|us|everyone))`);
// "your flu jab post": what follows a care word that is only the subject of something the practice published.
const PUBLISHED_AFTER = /^(?: [a-z-]+)? (?:post|posts|article|video|leaflet|poster|campaign|reminder|advert|infographic|explainer|reel)(?![a-z])/;
// A sentence about the relative, opening the reply's sentence: "She had the best time", "He's in great spirits today", "Your mum
// was a joy". (Not an invitation or a rule: "she's welcome to…", "he can visit…".)
const RELATIVE_AS_KNOWN = re(`(?<=^|[.!?] |[.!?]  |, (?:and |but )?|(?<![${L}])(?:and|but) |[—–] )(?:(?:yes|aw+|oh|ha|haha|she sure|he sure)[,!]? )?(?:he|she|(?:your|ur) (?:${ONE_RELATIVE})|nana|nan|gran|granny|grandma|grandad|grandpa|taid|nain|ouma|oupa|lola|lolo|koro|kuia)(?:'s| is| was| has| had)(?: (?:such|so|always|still|really|definitely|just|been))? (?!(?:welcome|invited|able|allowed|free|eligible|entitled|booked|due|on the list|more than welcome)(?![${L}]))(?:[${L}'-]+ ){0,2}?(?:best|great|lovely|wonderful|fun|joy|delight|character|star|treasure|gem|legend|champ|family|spirits|garden|lounge|room|time|voice|laugh|smile|well|settled|happy|cheeky|busy|fine|comfortable|part of)(?![${L}])`);
// "We're very fond of your nan": the staff know the relative the comment places in their care.
const FOND_OF_RELATIVE = re(`(?:we're|we are|we've (?:all )?(?:grown|become)|we have (?:all )?(?:grown|become)|everyone's|everyone is|the (?:team|staff|nurses|carers) (?:are|is|have (?:all )?grown)) (?:(?:all|so|very|really|awfully|terribly|quite) ){0,2}(?:fond of|attached to|besotted with) (?:your|ur) (?:${ONE_RELATIVE})`);
const FOR_THE_ONE_THEY_BROUGHT = re(`(?:tell|say hi to|say hello to|pass (?:this|it) on to) (?:him|her|them|both of them|the (?:kids|twins|little ones?))|(?:give|send) (?:him|her|them|both of them|(?:your|ur) (?:${ONE_RELATIVE})) (?:a (?:big )?(?:hug|high[- ]five|cuddle|squeeze|fist bump)|our (?:(?:very |warmest |warm |kindest |best )?(?:love|best|regards|wishes)))|(?:thanks|thank you) for (?:bringing|having) (?:him|her|them|both of them) (?:in|along)|(?:love|loved|enjoy|enjoyed|adore) (?:having|seeing) (?:him|her|them|both of them|you all|you both) (?:in|here)|(?:we|you) brought (?:him|her|them|both of them) in`);
// "the MMR vaccine", "the flu jab", "the well-child visit template": the product everyone gets, or a form, not their own.
const PRODUCT_OR_FORM = /^[a-z0-9 -]*?(?:vaccines?|jabs?|vaccinations?|immuni[sz]ations?)(?![a-z])|^[a-z0-9 -]+ (?:template|schedule|forms?|programme|program|policy|protocol|pathway|data|rates?|uptake|guidelines?|recommendations?|campaign|button|request form|line|portal|app)(?![a-z])/;
export const CLINICIAN_WORD = /(?<![a-z])(?:doctors?|gps?|nurses?|dentists?|hygienists?|p(?:a)?ediatricians?|physios?|therapists?|midwi(?:fe|ves)|surgeons?|consultants?|opticians?|optometrists?|audiologists?|pharmacists?|clinicians?)(?![a-z])/;
const OWN_RESULT_AFTER = /^(?:'s)? ?(?:[a-z\d/ ]{0,12} )?(?:results?|came back|come back|looked|looks|was|were|shows?|showed|found)(?![a-zA-Z])/u;
// The comment says they have a visit booked: "appt tomorrow for my IUD removal".
// "Can I come in with my mum to her session on Weds?": a relative's booking, asked about.
// "Can we move Aiden's cleaning to next week?", "my mother's dialysis tmr confirmed?": a named person's, too (not "my child's
// vaccination record").
const THEIR_BOOKING = /(?<![a-z])(?:her|his|their|[a-z]+'s) (?:next )?(?:appt|appointment|session|visit|follow-?up|procedure|consult|cleaning|check-?up|checkup|exam|physical|dialysis|infusion|chemo|scan|x-?ray|ultrasound|mri|operation|op|surgery|jab|vaccination|physio)(?![a-z])(?! (?:records?|cards?|book|history|certificate|forms?|results?))/;
// "Has my repeat gone through?", "Where's my prescription?": their own care item, asked after.
const OWN_CARE_ASKED = /(?<![a-z])my (?:[a-z-]+ )?(?:repeat|prescription|script|referral|letter|fax|meds|medication|glasses|hearing aids?|dentures|sick note|fit note)(?![a-z])/;
const CARE_BOOKED = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:my|i have an?|i've got an?) (?:\p{L}+ ){0,2}(?:appt|appointment|consult|surgery|procedure|follow-?up|visit|session)|appt (?:tomorrow|today|next)|booked my|scheduled my|(?:just )?booked (?:a|an|me in for a|in for a) (?:\p{L}+ )?(?:check[- ]?up|cleaning|appointment|appt|consult|session|scan|filling|smear|review)|(?:physio|appointment|appt|check[- ]?up|cleaning|session|scan|consult) with (?:you|u|y'all)(?: guys| all| lot)? (?:tomorrow|today|tonight|next|on|this)|see (?:you|u|y'all) (?:at|for) (?:the|my|our) (?:[\p{L}-]+ ){0,2}?(?:clinic|appointment|appt|check[- ]?up|session|scan|review|cleaning|consult|class) (?:on |this |next )?(?:tomorrow|today|tonight|mon|tues|wednes|thurs|fri|satur|sun|week))`, 'u');
// "when you arrive", "good luck tomorrow!", "see you Thursday", "Mere's got you, drive safe", "looking forward to it!": the
// visit the comment says is booked.
// "running 10 mins late for my 2pm physio", "on my way to my appointment": they are coming now.
const ON_THEIR_WAY = /(?<![a-z])(?:(?:late|on (?:my|our) way|running behind|stuck in traffic)(?: [a-z0-9:.]+){0,4} (?:for|to) (?:my|our|his|her) |(?:(?:i'm|im|i am|we're|we are) )?(?<!(?<![a-z])(?:is|are|was|were|always|been|keeps?) )running (?:\d+ (?:mins?|minutes) |a (?:bit|few minutes|little) )?(?:late|behind))/;
const THEIR_COMING_VISIT = /(?<![a-z])(?:when (?:you|u) (?:arrive|get here|come in|check in|turn up)|(?:'s|has|have|'ve) got (?:you|u)(?! (?:covered|sorted))|take your time|no rush|drive safe(?:ly)?|take it easy on the (?:drive|road|roads)|(?:we'll|we will|i'll|she'll|he'll|they'll) (?:hold|keep|save) (?:your|the|ur) (?:slot|spot|appointment|appt|space|place)|see (?:you|u) (?:soon|shortly|in a (?:bit|few|minute|mo|sec))|(?:looking forward to it|look forward to it|can't wait)(?= *[,!.]| *$)|(?:good luck|best of luck|see (?:you|u)|enjoy) (?:tomorrow|today|tonight|next week|then|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))(?![a-z])/;
// The comment thanks the practice for care it gave.
// "yes - Tuesday 4pm with Sofia as usual", "yep, still on": a reply that confirms the booking the comment asks about.
const DONE_FOR_THEM_SOURCE = `(?:i've|we've|i have|we have) (?:now |just |already )?(?:cancell?ed|moved|changed|rebooked|rescheduled|sent|approved|signed|booked|issued)|(?:it's|it has|they've|they have|it was|they were) (?:been |now |just |already )+(?:sent|approved|signed|done|issued|received|booked|cancell?ed|moved|passed)|(?:has|have) (?:now |just |already )?gone (?:to|through|off)|(?:got|received) it (?:this morning|today|yesterday|earlier)`;
const DONE_FOR_THEM = new RegExp(`(?<![${L}])(?:${DONE_FOR_THEM_SOURCE})(?![${L}])`);
const CONFIRMS_BOOKING = new RegExp(`(?:^|[^${L}])(?:yes|yep|yup|yeah|yea|still on|all set|all sorted|confirmed|(?:you're|youre|you are) booked|booked in|see you (?:then|there)|${DONE_FOR_THEM_SOURCE})(?![${L}])|(?:^|[^${L}])(?:${WHEN})(?![${L}])`, 'g');
// "They're in from 7:30am", "lines open at 8": a service's hours, not their booking.
const SERVICE_HOURS_BEFORE = /(?:open|opens|opening|in|available|staffed|answered|close|closes|closing|shut|shuts)(?: from| at| until| till| by)? $/;
function bookingConfirmed(lower: string): RegExpExecArray | null {
  for (const m of lower.matchAll(CONFIRMS_BOOKING)) {
    const at = m.index! + m[0].length - m[0].trimStart().length;
    if (/^\W?\d/.test(m[0]) && SERVICE_HOURS_BEFORE.test(lower.slice(Math.max(0, at - 20), at))) continue;
    // ("the unit can help once they've confirmed who they're speaking to": someone else's check, not their booking.)
    if (m[0].endsWith('confirmed') && /(?:'ve|have|has|had|once|until|after|when|can|to|be|been|get|gets|got) $/.test(lower.slice(Math.max(0, at - 8), at))) continue;
    return m as RegExpExecArray;
  }
  return null;
}
const GREAT_AGE_OURS = new RegExp(`(?<![a-z])happy (?:9\\d|1[01]\\d)(?:st|nd|rd|th) (?:birthday )?to our (?:${FOND} )?([a-z'-]+)`);
const NAMED_WITH_US = /^(?:'s| is| was)? (?:still |always |already )?(?:keeps?|kept|had|has|beat|beats|won|wins) (?:us|all of us|everyone|every one of us|the (?:whole )?(?:team|staff|nurses|carers|residents|lounge|ward|floor|unit|house|home|dining room|day room))(?: all)? (?:laughing|smiling|singing|dancing|entertained|on our toes|in stitches|going|at (?:bingo|cards|dominoes|quiz|cribbage|scrabble|chess))/;
const HE_OR_SHE_WAS = /(?:^|[^a-z])(?:he|she|they)(?:'s| is| was| has been|'s been| have been| were| are)(?: such| a real| truly| really| always| just)? $/;
const ENDS_A_PATIENT_NOUN = new RegExp(`^${PATIENT_NOUN_ENDS}`);
const CALLED_A_PATIENT = `(?:'s| is| was| has been|'s been| will always be)(?: such| a real| truly| really| always| just)? (?:a|an) (?:[${L}-]+ ){0,2}?patient${PATIENT_NOUN_ENDS}`;
const OUR_PATIENT_BEFORE = new RegExp(`(?<![${L}])(?:our|my) (?:[${L}-]+ ){0,2}?(?:patient|resident|client),? $`);
const CARED_FOR_BEFORE = /(?:(?:honou?r|privilege|pleasure|blessing|joy|gift)(?: for [^.!?]{0,30}?)? (?:to|of) |(?:honou?red|privileged|blessed|proud|so lucky|lucky) to (?:have )?|(?:loved|enjoyed|adored|love|enjoy) )(?:car(?:e|ing|ed) for|treat(?:ing|ed)?|look(?:ing|ed)? after|tak(?:e|ing|en) care of|nurs(?:e|ing|ed)) $/;
const BROUGHT_BEFORE = /(?:thanks|thank you)(?: so much| very much)? for (?:bringing|having brought) $/;
const THEIR_CLINICIAN_AFTER = new RegExp(`^,? (?:your|ur|his|her) (?:own |usual |regular )?(?:[${L}-]+ )?(?:nurse|doctor|gp|consultant|physio|physiotherapist|therapist|midwife|specialist|key worker|care coordinator|dentist|hygienist|surgeon|counsell?or|social worker|health visitor)(?![${L}])`);
// "Edith, our wonderful resident at Brackenholt House".
// ("Mossie — the oldest and cheekiest resident we've ever had": the practice's patient, by what it has had.)
// ("Tyler has been such a great patient": said of someone the reply names; not "a patient man".)
// ("Mr. Ernest Coleman, 96, a patient of our Beckley office", "Joan, one of our longest-serving patients": in apposition,
// after a surname that is also a word: "Walter Green, 94, …".)
const OUR_PATIENT_AFTER = new RegExp(`^(?:,? (?:our|my) (?:[${L}0-9,-]+ ){0,2}?(?:patient|resident|client)|(?: [${L}'-]+)?, (?:\\d{1,3}, )?(?:(?:a|an) (?:[${L}-]+ ){0,2}?(?:patient|resident|client) (?:of|at|with|in) (?:ours|our|us)|one of our (?:[${L}-]+ ){0,2}?(?:patients|residents|clients))|${CALLED_A_PATIENT}|,? (?:[—–-] )?the (?:[${L}-]+ ){0,4}?(?:patient|resident|client) (?:we've|we have|i've|i have) (?:ever )?(?:had|seen|treated|cared for|looked after))(?![${L}])`);
const WAITED = /(?<![a-z])(?:waited|waiting|kept waiting|sat in (?:the|your) waiting room)(?![a-z])/;
// "We apologize for running behind" to "Took 30 min past my appointment time": the delay they sat through.
// "my prescription was supposed to be ready at 3" → "Iestyn's just finishing it now", "my hearing test results" → "she'll
// ring you tomorrow", "out of my inhaler AGAIN" → "we'll text you when yours is in": their own prescription, glasses or
// results, being seen to.
const OWN_ITEM = /(?<![a-z])(?:my|our|mum's|mom's|dad's|son's|daughter's|husband's|wife's) (?:[a-z-]+ ){0,2}?(?:prescription|script|meds|medication|refill|glasses|lenses|contacts|hearing aids?|results?|test results|letter|referral|sick note|fit note|dentures|retainer|crown|blister pack|dosette(?: box)?|webster pack|inhalers?|insulin|pens)(?![a-z])/;
const ITEM_SEEN_TO = /(?<![a-z])(?:ready and waiting|with your name on (?:it|them)|(?:it's|they're|it is|they are) (?:sitting|waiting) (?:on|at|behind|in) (?:the|our) (?:shelf|counter|desk|front|reception)|(?:it|they)(?:'ll| will) be ready|(?:it's|it is|they're|they are) (?:ready|on (?:its|their) way|being (?:done|made|signed|checked))|finishing (?:it|them|yours)|(?:signed|sent|sorted|checked|posted) (?:it|them|yours)(?: off| out| through)?(?! (?:to|with) (?:everyone|all))|(?:she|he|they|we|i)(?:'ll| will) (?:ring|call|phone|text|email) (?:you|u)|(?:as soon as|when|once) (?:yours|it|they)(?:'s|'re| is| are) (?:in|back in|ready|here)|(?:it's|it is|they're|they are) (?:[a-z]+ )?ready (?:for (?:collection|pick-?up)|to (?:collect|pick up)))(?![a-z])/;
// "My 4yo was SO brave today" → "the lollipop was well earned!", "hope Bella enjoyed her sticker": the reward the practice
// gives for a visit, spoken of as theirs.
const REWARD = '(?:stickers?|lollipops?|lolly|lollies|badges?|bravery (?:certificate|award)|certificate|prize|balloon|treasure (?:box|chest) (?:pick|prize|toy))';
const REWARD_GIVEN = new RegExp(`(?<![a-z])(?:(?:the|her|his|their|your|that|those) ${REWARD}(?: (?:was|were|is|are))? (?:(?:so|very|totally|definitely|more than|well and truly) )?(?:well[- ]earned|well[- ]deserved|earned|deserved)|(?:enjoy(?:s|ed|ing)?|love[sd]?|loving|earned|deserved|chose|picked|got|keep|kept) (?:her|his|their|your|the|that|those|every(?: single)?|each(?: and every)?) (?:[a-z-]+ )?${REWARD}|(?:awarded|given|gave|give) (?:her|him|them|you) (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:${REWARD}|gold star|star))(?![a-z])`);
// "You're welcome! 😊" or "🎉👂" to "thanks for the reminder about my smear", "got my hearing aids adjusted today", "thanks for
// the walk-in flu shot!": the thanks for their own care, accepted.
const ACCEPTS_THANKS = /^\s*(?:@[\w.]+\s+)?(?:(?:aw+|oh|ah|aww+)[,!]? )?(?:you're (?:so |very |most )?welcome|you are (?:so |very |most )?welcome|our pleasure|my pleasure|(?:it was |it's |it is )?(?:always )?(?:a|our) (?:real |absolute )?pleasure|no (?:trouble|problem|worries|bother)(?: at all)?|any ?time|pleasure(?= *[!.,]|\s*$| *[^\x00-\x7f])|glad (?:we could|to) help|that's what we're (?:here|there) for|happy to help)(?![a-z])/;
const EMOJI_ONLY = new RegExp(String.raw`^\s*(?:@[\w.]+\s*)?(?=[^\p{L}\p{N}]*\p{Extended_Pictographic})[^\p{L}\p{N}]+$`, 'u');
const OWN_CARE_THANKED = /(?<![a-z])(?:(?:thanks?|thank you|thx|ty|cheers|grateful)(?![a-z])[^.!?]{0,60}?|(?:got|had) )(?:(?:my|our) (?:[a-z-]+ ){0,3}?(?:smear|flu shot|flu jab|jab|shot|vaccine|vaccination|booster|cleaning|filling|crown|check-?up|appointment|appt|scan|x-?ray|bloods|blood test|prescription|script|glasses|hearing aids?|surgery|op|operation|stitches|dressing|teeth|tooth|braces|retainer|physio|injection)(?![a-z])|the (?:[a-z-]+ ){0,2}?(?:flu shot|flu jab|jab|shot|vaccine|booster|cleaning|filling|check-?up|scan|x-?ray|smear|stitches)(?= *(?:[!.]|today|this morning|yesterday|$)))/;
// (Not to a colleague's farewell: the comment must say they moved their care or records.)
const LEFT_THE_PRACTICE = /(?<![a-z])(?:(?:switch|chang|mov|transferr?)(?:ed|ing|e)? (?:[a-z]+ ){0,2}?(?:doctors?|dentists?|gps?|practices?|clinics?|providers?|surgery|surgeries|records?|files?|care|pharmac(?:y|ies))|(?:found|got|going to|registered with|signed up with|to) (?:a |an |my |our )?(?:new|another|different) (?:doctor|dentist|gp|practice|clinic|provider|surgery|pharmacy)|(?:request|send|transfer|release)(?:ed|ing)? (?:of )?(?:my|our|the) (?:[a-z]+ )?(?:records?|files?|chart|x-?rays))(?![a-z])/;
const SORRY_TO_LOSE_YOU = /(?<![a-z])(?:sorry|sad|shame) (?:we(?:'ve| have)? lost you|to (?:see you go|lose you|see you leave|hear (?:that )?you(?:'re| are) leaving|hear (?:that )?you(?:'ve| have) (?:left|moved on)))(?![a-z])/;
const TRUSTED_US = /(?<![a-z])(?:thank you|thanks|grateful)(?: so much| again)? for (?:trusting|placing your trust in) us(?![a-z])(?! with (?:(?:your |this |the |these |such )?(?:feedback|review|comments?|concerns?|message|story|question|thoughts|kind words)(?![a-z])|(?:this|that|it)(?! ?[a-z])))/;
// "He did mine last month and I felt nothing" → "glad yours was painless!": their own treatment, gone into.
const MINE_DONE = /(?<![a-z])(?:did|done|had|fitted|fixed|made|took out|pulled|removed|filled) mine(?![a-z])/;
const YOURS_WENT = /(?<![a-z])(?:glad|pleased|happy|great|good|relieved|lovely) (?:to hear )?(?:that )?yours (?:was|went|is|has been|turned out)(?![a-z])/;
// "How is Dad today?" → "he's had a good day — ate all his lunch": how a relative in its care is.
const HOW_IS_RELATIVE = /(?<![a-z])how(?:'s| is| was| are)(?: (?:my|our))? (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|koro|kuia|lola|lolo|husband|wife|partner|son|daughter|brother|sister|aunt|auntie|uncle|he|she)(?: (?:doing|getting on|today|tonight|this morning|settling))?(?![a-z])/;
const RELATIVE_STATUS = /(?<![a-z])(?:he|she|they)(?:'s|'ve| has| is| was| have)(?: had| been)? (?:a (?:good|great|settled|quiet|rough|bad|better|lovely|comfortable|peaceful|restful) (?:day|night|morning|afternoon|evening|week)|(?:doing|eating|sleeping|settling|settled|comfortable|bright|chirpy|well|fine|ok|okay|good|much better|better|in (?:good|great|high) spirits|resting|asleep|up and about)(?![a-z]))/;
const BRAVE = /(?<![a-z])(?:brave|bravest|so good|a star|a champ|didn't even cry|didn't cry|no tears)(?![a-z])/;
// ("So sorry — Dr Lee is running behind after an emergency": the clinician they are waiting for, today.)
const RAN_BEHIND = /(?<![a-z])(?:sorry|apologi[sz]e|apologies|apology) (?:for|about|that) (?:we were |we're |we are |the clinic was |the doctor was |dr\.? [a-z]+ was )?(?:running|ran|being|were) (?:so |a bit |a little |very |really |quite )?(?:behind|late)(?![a-z])|(?<![a-z])(?:dr\.? [a-z-]+|nurse [a-z-]+|the doctor|your (?:doctor|gp|dentist|clinician))(?: is|'s) (?:running|a bit|a little|about \d+ (?:min|mins|minutes)) (?:behind|late)(?![a-z])/;
const LATE_FOR_THEM = /(?<![a-z])(?:mins?|minutes?|hours?|hrs?|late|behind)(?![a-z])/;
const THAT_DAY = /(?<![a-z])(?:that|on the) (?:morning|afternoon|evening|day|night)(?![a-z])/;
const AN_HONOUR = /(?<![a-z])(?:it was|it's been|it has been|twas) (?:an? |our |such an? )?(?:absolute |real )?(?:honou?r|privilege)(?![a-z])/;
// "Gran's last days", "Mum's care": a relative named by the relation.
const RELATIVE_NAMED = /(?<![a-z])(?:gran|granny|nan|nana|nanna|mum|mom|dad|grandad|grandpa|grandma|grandmother|grandfather)'s(?![a-z])/;
// "Glad it all went smoothly", "pleased it was painless": how the care the comment describes went.
const NEXT_SEASON = /(?<![a-z])(?:see (?:you|u|ya|y'all|you all|you both|you two)(?: again)? (?:next|in the) (?:year|autumn|fall|spring|summer|winter|season|flu season|time)|same time next (?:year|autumn|fall|spring|summer|winter))(?![a-z])/;
const NOT_THE_SAME_WITHOUT = /(?<![a-z])(?:wouldn't|would not|won't|will not|isn't|is not|just isn't|aren't|are not) (?:be )?(?:quite )?the same without (?:you|u|him|her|them|your [a-z]+)(?![a-z])/;
const GOT_TO_THE_BOTTOM = /(?<![a-z])(?:glad|pleased|happy|relieved|great|good|so glad) (?:that )?(?:we|you|they|he|she|[a-z]+) (?:finally |eventually |were able to |managed to |could )?(?:got|get|figured|worked) (?:to the bottom of|out) (?:it|this|that|things|what was going on|the problem)(?![a-z])|(?<![a-z])(?:thankful|grateful|glad|relieved|so glad|pleased) (?:that )?(?:[a-z.]+ ){0,2}?(?:and the team |and the crew |and (?:dr\.? )?[a-z]+ )?(?:caught|spotted|found|picked up) (?:it|this|that|the [a-z]+) (?:in time|early|so early|just in time|quickly|so quickly)(?![a-z])/;
const WHILE_YOU_WAITED = /(?<![a-z])(?:while|whilst|as) (?:you|u) (?:waited|were waiting|sat waiting|sat in (?:the|our) waiting room)(?![a-z])/;
// "The cleaning crew will love this one": the people who clean the building, not a dental cleaning.
const CLEANERS = /^cleaning (?:crew|crews|lady|ladies|contractors?|company|staff)(?![a-z])/;
const CARER_AFTER = /^ (?:looked after|looks after|look after|treated|treats|cared for|cares for|nursed|helped|helps|fixed|delivered|stitched|saw|sees)(?![a-z])/;
const EVENT_IN_COMMENT = /(?<![a-z])(?:stall|stand|booth|fair|fun run|open day|expo|festival|market|talk|workshop|webinar|conference|parade|sausage sizzle|bake sale|careers? (?:day|evening|event)|school visit)(?![a-z])/;
// "Was lovely to meet you too!" to "Thanks for the chat at the fun run stall!", "great to see you out there!" to "Great to see
// you all at the fun run!", "See you next year!" to "Thank you for sponsoring the festival!": met at an event, not in care.
const metAtAnEvent = (doc: Doc) => tests(EVENT_IN_COMMENT, doc.context.lower) && doc.context.health.length === 0;
const WENT_WELL = /(?<![a-z])(?:glad|pleased|happy|delighted|great to hear|good to hear|lovely to hear|relieved) (?:that )?(?:it|everything|all|that|things|the whole thing|the (?:[a-z-]+ )?(?:appointment|visit|procedure|consultation|treatment|op|operation|surgery|check-?up|cleaning|extraction|filling|scan|session|jab|shot|injection|vaccine|vaccination|booster|x-?ray|blood test|bloods|fitting|adjustment)(?: itself)?)(?: all)? (?:went|was|were|felt|turned out) (?:so |really |very |nice and |super )?(?:smoothly|well|ok|okay|fine|to plan|quick|quickly|painless|easy|straightforward|better than expected|a breeze)(?![a-z])|(?<![a-z])(?:(?:as )?good|right) as new(?![a-z])/;
// The comment tells of the commenter's own care: "Got my jabs this morning", "had my filling done today".
const NEXT_VISIT = /(?<![a-z])(?:see (?:you|u|ya|her|him|them)(?: all| both)?(?: for(?: [a-z-]+){1,3}?)? next (?:year|season|summer|spring|fall|autumn|winter)|(?:we'll|we will|we can|we'd|i'll|we're gonna) (?:[a-z']+ ){1,6}?next time|(?:again|(?:on|always on|ready|waiting|stocked up) for) next time(?= *(?:[^a-z\s]|$)))(?![a-z])/;
const OWN_VISIT = /(?<![a-z])(?:my|her|his|their|our) (?:[a-z-]+ )?(?:appt|appointment|visit|cleaning|check-?up|annual|physical|exam|session|scan|consult|consultation)(?![a-z])/;
const OWN_CARE_TOLD = /(?<![a-z])(?:(?:got|had|have had|'ve had|done|did|finished|came (?:in )?for) (?:my|me|our)|(?:got|had) (?:mine|ours) (?:done|sorted|in))(?![a-z])/;
// "Brilliant Maureen, thanks for coming along!" to "Got mine done this morning": the visit the comment tells of.
const CAME_ALONG = /(?:thanks|thank you)(?: so much| very much)? for (?:coming|popping) (?:along|by|down|over)(?![a-z])/;
// "can I get a work note for yesterday?", "I need a copy of my covid test result", "its Kemi's mom, can u resend her
// school form": they ask for their own (or their child's) record or document, so a reply that hands it over confirms it.
const OWN_REQUEST = /(?<![a-z])(?:(?:my|our|her|his)(?: [a-z'-]+){0,3} (?:records?|results?|notes?|letter|form|forms|certificate|prescription|paperwork|report|x-?rays?|scans?)|(?:can|could) (?:i|u|you|we) (?:get|have|send|resend|fill out|sign)(?: [a-z'-]+){0,3} (?:records?|results?|note|letter|form|certificate|prescription|paperwork|report))(?![a-z])/;
// "dr feld signed it", "just emailed Kemi's immunization form", "ur neg pcr is in the portal now", "we'll send them over",
// "yes they're back".
const HANDED_OVER = /'ll (?:sign|send|email) (?:it|them)(?![a-z])|(?:^|[^a-z])(?:(?<!(?<![a-z])(?:a|an|the|are|is|be|been|get|gets) (?:usually |normally |generally |typically |routinely |always |automatically |often )?)(?:signed|emailed|sent|faxed|posted)(?! (?:a|an|us|in|by|to us)(?![a-z]))|will (?:sign|send|email) (?:it|them)|(?:is|are|it's|they're|its) (?:now )?(?:in|on) (?:the|your|ur) (?:portal|app)|(?:is|are|it's|they're|its|theyre) (?:now |all )?(?:ready|back|at (?:the )?front desk)|(?<![a-z])(?:it's|they're|its|theyre|it is|they are) (?:now |all )?in|pick (?:it|them) up)(?![a-z])/;
const CANNOT = /(?:^|[^a-z])(?:can't|cannot|can not|unable to|won't be able to|not able to)(?![a-z])/;
const CARE_RECEIVED = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:saw (?:me|my|us)|seeing me|seen me|fixed|fixing|got (?:me|my|us) in|treat(?:s|ed|ing)? (?:me|us|my|our|him|her|them|mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa) (?:like|as|so|with)|(?:looking|looked|look) after (?:me|us|my|our|him|her|them|mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa)(?![a-z])|squeez\p{L}* (?:me|us|my)|took (?:good )?care|taking (?:good )?care|(?:so |really |very )?(?:good|great|amazing|brilliant|wonderful|kind|patient|gentle|lovely) with (?:me|him|her|them|us|my|our)|helped me|helped my|delivered|treated me|caught my|remember me|getting my \p{L}+ through|(?:had|got) [^.!?]{0,40} (?:with you|by you|at your (?:office|clinic))|(?:had|got|just had) (?:my|his|her|our|their|\p{L}+ (?:his|her|their)) (?:\p{L}+ ){0,3}?(?:jabs?|shots?|vaccines?|boosters?|check-?ups?|cleaning|filling|scan|bloods|smear|x-?rays?|injections?|adjustment|fillings) (?:done )?(?:today|this morning|this afternoon|yesterday|earlier)|thank you|thanks|grateful|shoutout|shout out|lifesavers?|obsessed|you saved)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');

export const CONFIRMS_PATIENT = 'Confirms that someone is a patient of the practice.';

const ROOM_IN_THE_HOME = re(`(?:in|by|outside|into|to) (?:her|his) (?:own )?(?:room|bedroom)(?![${L}])`);
const ASKED_WITHOUT_MARK = /^\W*(?:hi|hey|hello)?\W*(?:did|have|has|is|are|was|were|can|could|will|would|do|does) (?:u|you|ya|my|it|they|the)(?![a-z])/;
export const rule: Detector = {
  id: 'confirms-patient',
  detect(doc, facts) {
    const hits: Hit[] = [];
    const add = (start: number, end: number, why: string) =>
      hits.push({ start, end, message: CONFIRMS_PATIENT, why, redaction: '' });
    const patientAnchorIn = (sentence: number) => facts.anchors.find((a) => a.sentence === sentence && a.kind !== 'you');
    // The comment comes from a learner or new staff: read once, where two checks below ask it.
    let learnerComment: boolean | undefined;
    const learner = () => (learnerComment ??= learnerAnswered(doc));

    // "before any work is booked": a process for anyone.
    const forAnyone = (m: Span & { match: RegExpMatchArray }) =>
      (/^(?:is|are|has been|was|been) /.test(m.match[0]) && BEFORE_ANY.test(doc.lower.slice(Math.max(0, m.start - 40), m.start))) ||
      // "so patients are booked with the right clinician", "anyone affected can call us to rebook": a process for a group.
      (/^(?:is|are|has been|was|been) |^rebook/.test(m.match[0]) && GROUP_IN_PROCESS.test(doc.lower.slice(Math.max(0, m.start - 90), m.start))) ||
      // "The school immunisation team is booked for Thursday", "annual diabetes reviews are booked as 20-minute
      // appointments", "the resurfacing is booked for May": a service's or the building's bookings, not a person's.
      (/^(?:is|are|has been|was|been) (?:cancell?ed|rescheduled|booked|confirmed|moved)/.test(m.match[0]) && /(?:team|clinic|clinics|session|sessions|van|bus|event|room|service|nurses|staff|hall|reviews|appointments|appts|visits|checks|check-ups|checkups|slots|scans|tests|consultations|jabs|vaccinations|resurfacing|repairs?|works?|roadworks|painting|refurb|refurbishment|renovations?|installation|upgrade|maintenance|inspection|builders?|contractors?|engineers?|plumber|electrician|cleaners?|training|meeting|party) $/.test(doc.lower.slice(Math.max(0, m.start - 14), m.start))) ||
      // "an initial assessment is booked for 45 minutes": how long a kind of visit is, said of any.
      (/^(?:is|are) (?:booked|scheduled)/.test(m.match[0]) && (/(?:^|[^a-z])(?:an?|every|each|any|all) (?:[a-z-]+ ){0,2}$/.test(doc.lower.slice(Math.max(0, m.start - 40), m.start)) || /^ (?:in )?(?:for|as) (?:an? )?\d+[ -]?(?:minutes?|mins?|hours?|hrs?)(?![a-z])/.test(doc.lower.slice(m.end, m.end + 24)))) ||
      // "If you're in pain, please call us and we'll see you as a priority": an offer to whoever calls.
      // "whichever hospital you're booked with", "once you're booked in": anyone's booking.
      (/^(?:you're|you are|youre|ur|you've been|you have been) /.test(m.match[0]) && /(?:whichever|whatever|wherever|if|once|when|whether|unless|until)(?: [a-z'-]+){0,3} $/.test(doc.lower.slice(Math.max(0, m.start - 40), m.start))) ||
      // "just bring your ACC claim number if you already have one": theirs only if it exists.
      IF_THEY_HAVE_ONE.test(doc.lower.slice(m.end, m.end + 60)) ||
      (/see (?:you|u)/.test(m.match[0]) && IF_YOU_CALL.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) ||
      // "if you're a patient, please call the clinic that treated you": whoever it was, if anyone.
      IF_A_PATIENT.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start));
    const negated = (at: number) => NEGATED.test(doc.lower.slice(Math.max(0, at - 20), at));
    // "shared anonymously by one of our patients": nobody anyone could identify.
    const anonymous = (at: number) => {
      const sentence = doc.sentences[sentenceAt(doc.sentences, at)];
      return /anonymous(?:ly)?|unnamed/.test(doc.lower.slice(sentence.start, sentence.end));
    };
    // "Dr Okafor is retiring after 31 years with us", "Nurse Kim has been with us 10 years": staff tenure, not care.
    const staffTenure = (m: { start: number; match: RegExpMatchArray }) =>
      /with us$/.test(m.match[0]) && doc.people.some((p) => (p.role === 'staff' || p.role === 'provider') && p.sentence === sentenceAt(doc.sentences, m.start) && p.start < m.start);
    for (const [pattern, what, needs] of ALWAYS) {
      for (const m of matchAll(doc, pattern, needs)) {
        // "you are putting him on his back to sleep": only the practice moving someone onto a treatment counts.
        if (/^(?:moving|putting|starting|switching) /.test(m.match[0]) && !PRACTICE_MOVES.test(doc.lower.slice(Math.max(0, m.start - 24), m.start))) continue;
        // "check shoes for stones before putting them on": put on, with nothing to be put on.
        if (/^putting .* on$/.test(m.match[0]) && unicode`^[^\S\n]*(?:\n|[^\p{L}\p{N}\s]|and |or |$)`.test(doc.lower.slice(m.end, m.end + 6))) continue;
        if (forAnyone(m)) continue;
        // "If you're our patient or want to be, our nurse line is…": whoever it fits.
        if (/(?:^|[^a-z])(?:if|whether|unless) (?:you're|you are|youre|they're|they are|you) $/.test(doc.lower.slice(Math.max(0, m.start - 16), m.start))) continue;
        if (staffTenure(m)) continue;
        if (anonymous(m.start)) continue;
        if (!negated(m.start)) add(m.start, m.end, `${quote(doc, m)} ${what}.`);
      }
    }
    if (doc.addressed) {
      for (const m of matchAll(doc, A_PATIENT)) {
        const you = facts.anchors.find((a) => a.kind === 'you' && a.sentence === sentenceAt(doc.sentences, m.start));
        const before = doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start);
        // "when a patient is asked to…" is anyone; "we could not match you to a patient registered here" denies it.
        if (/(?:^|[^a-z])(?:when|if|whenever|once|where|should|every time)(?: (?:you're|you are|youre|you|they're|they are|he's|she's))? $/.test(before) || NOT_FOUND.test(before)) continue;
        // "Are you a patient of ours?": asked, not said.
        if (/^(?:are|were|aren't) (?:you|u) (?:already )?$/.test(before) && /^[^.!?]*\?/.test(doc.lower.slice(m.end))) continue;
        if (you && !negated(m.start)) add(m.start, m.end, `${quote(doc, m)} is said of ${quote(doc, you)}, the person this reply answers.`);
        // "He has been such a great patient" to "My son's Invisalign is almost done": the one the comment brought in.
        else if (!you && HE_OR_SHE_WAS.test(before) && m.match[0].endsWith('patient') && ENDS_A_PATIENT_NOUN.test(doc.lower.slice(m.end, m.end + 24)) && !negated(m.start)) add(m.start, m.end, `${quote(doc, m)} is said of someone this reply speaks of.`);
      }
    }
    // "we'll pass this to Femi, your COPD nurse": a staff member named as their own clinician.
    for (const p of doc.people) {
      if (p.role !== 'staff' && p.role !== 'provider') continue;
      const theirs = THEIR_CLINICIAN_AFTER.exec(doc.lower.slice(p.end, p.end + 50));
      if (theirs && !negated(p.start)) add(p.start, p.end + theirs[0].length, `${quote(doc, { start: p.start, end: p.end + theirs[0].length })} names the clinician who cares for them.`);
    }
    // "our lovely resident Winifred", "my patient Mr. Hale": the practice calls a named person its patient.
    for (const p of doc.people) {
      if (p.role !== 'patient' || p.kind === 'handle') continue;
      const before = OUR_PATIENT_BEFORE.exec(doc.lower.slice(Math.max(0, p.start - 40), p.start));
      const after = execWhole(OUR_PATIENT_AFTER, doc.lower.slice(p.end, p.end + 70));
      const span = before ? { start: p.start - before[0].length, end: p.end } : after ? { start: p.start, end: p.end + after[0].length } : undefined;
      if (span && !negated(span.start)) add(span.start, span.end, `${quote(doc, span)} calls a named person the practice's patient.`);
      // "Thank you for bringing Max in so promptly": the person brought in for care, by name.
      const brought = doc.addressed ? BROUGHT_BEFORE.exec(doc.lower.slice(Math.max(0, p.start - 40), p.start)) : null;
      if (brought && /^ (?:in|along|to see us|down|over)(?![a-z])/.test(doc.lower.slice(p.end, p.end + 12))) add(p.start - brought[0].length, p.end, `${quote(doc, { start: p.start - brought[0].length, end: p.end })} thanks them for bringing someone in for care.`);
      // "Morag and the team were honoured to look after Hamish": someone the practice cared for, by name.
      const caredFor = CARED_FOR_BEFORE.exec(doc.lower.slice(Math.max(0, p.start - 60), p.start));
      if (caredFor && !negated(p.start - caredFor[0].length)) add(p.start - caredFor[0].length, p.end, `${quote(doc, { start: p.start - caredFor[0].length, end: p.end })} says the practice cared for someone.`);
    }
    for (const [pattern, what, needs] of WITH_PERSON) {
      for (const m of matchAll(doc, pattern, needs)) {
        if (what === IN_ITS_CARE && doc.addressed && learner()) continue;
        // "If you are one of our patients, …": whoever is.
        if (/(?<![a-z])(?:if|whether|unless) (?:you're|you are|youre|you were|you've been|you have been) $/.test(doc.lower.slice(Math.max(0, m.start - 24), m.start))) continue;
        // "no need to come in", "please come in if…": an invitation, not a visit.
        if (/^come /.test(m.match[0]) && INVITATION.test(doc.lower.slice(Math.max(0, m.start - 12), m.start))) continue;
        if (/^(?:come|coming) /.test(m.match[0]) && RECOMMENDED_VISIT.test(doc.lower.slice(Math.max(0, m.start - 12), m.start))) continue;
        if (/^coming /.test(m.match[0]) && THING_COMING.test(clauseBefore(doc.lower, m.start))) continue;
        if (staffTenure(m) || anonymous(m.start)) continue;
        // "Jenna is on the ground floor today": said of a staff member.
        if (/^(?:is|are|'s) /.test(m.match[0]) && doc.people.some((p) => (p.role === 'staff' || p.role === 'provider') && p.end <= m.start && m.start - p.end <= 2)) continue;
        // "We can't look into anyone's records here": whoever's, nobody's in particular.
        if (WHOEVERS_AT_START.test(m.match[0])) continue;
        // "we're adding screens to the waiting room": things the practice puts there, not a visit.
        if (/^(?:in|to) /.test(m.match[0]) && FITTED_BEFORE.test(doc.lower.slice(Math.max(0, m.start - 40), m.start))) continue;
        const sentence = sentenceAt(doc.sentences, m.start);
        // A public figure treated here is a patient disclosure too.
        const person = patientAnchorIn(sentence) ?? doc.people.find((p) => p.sentence === sentence && p.role === 'public') ?? (doc.addressed ? facts.anchors.find((a) => a.kind === 'you' && a.sentence === sentence) : undefined);
        // "My daughter, who just told me…": the writer's own family, not someone met at work.
        if (person && pattern === MET_AT_WORK && /^my\s/i.test(person.text)) continue;
        if (person) add(m.start, m.end, `${quote(doc, m)} ${what}, and ${quote(doc, person)} is a specific person.`);
      }
    }
    // "We cared for three people from this morning's I-25 pileup": people from one news event, in its care.
    for (const m of matchAll(doc, INCIDENT, INCIDENT_WORDS)) {
      const sentence = doc.sentences[sentenceAt(doc.sentences, m.start)];
      const cared = CARED_FROM_EVENT.exec(doc.lower.slice(Math.max(sentence.start, m.start - 100), m.start));
      if (cared && !negated(m.start)) add(m.start - cared[0].length, m.end, `${quote(doc, { start: m.start - cared[0].length, end: m.end })} says people from one event were in its care.`);
    }
    // "Tell him Tavi says Spider-Man forever": a staff member's message to someone they know from care.
    if (doc.addressed) for (const m of matchAll(doc, STAFF_MESSAGE)) {
      const at = m.end - m.match[1].length - m.match[2].length - 1;
      const staff = doc.people.find((p) => (p.role === 'staff' || p.role === 'provider') && p.start <= at && at < p.end);
      if (staff && !negated(m.start)) add(m.start, m.end, `${quote(doc, m)} passes a staff member's message to someone they know from care here.`);
    }
    hits.push(...careTies(doc));
    for (const m of possessedCare(doc, facts.anchors)) add(m.start, m.end, `${quote(doc, m)} refers to their care here.`);
    if (doc.addressed) {
      // "Do I need to book to visit my aunt?" → "…See you soon!": they come as a visitor, not for care.
      const visitor = tests(VISITOR, doc.context.lower);
      // (Read once: several answers below depend on them.)
      const careReviewed = reviewOfCare(doc);
      const careReceived = holds(CARE_RECEIVED, doc.context.lower);
      const careHomeInComment = CARE_HOME.test(doc.context.lower);
      const ownRelativeInComment = holds(OWN_RELATIVE, doc.context.lower);
      // The comment names care here: a review of it, care received, a health term, a body part, something of care or a clinician.
      // ("your flu jab post": the subject of something the practice published, not anyone's care.)
      const notJustPublished = (found: readonly Span[]) => found.some((x) => !PUBLISHED_AFTER.test(doc.context.lower.slice(x.end, x.end + 24)));
      const careNamed = careReviewed || careReceived || careHomeInComment || notJustPublished(doc.context.health) || doc.context.phrases.bodyParts.length > 0 || notJustPublished(CARE_NOUNS.find(doc.context.words)) || tests(CLINICIAN_WORD, doc.context.lower);
      const metAtEvent = metAtAnEvent(doc);
      // "…support you while you were with us" to a student's review of their placement: their time as a learner.
      for (const [pattern, what, needs] of TO_ADDRESSEE) {
        if (what === SEEING_THEM && (visitor || learner())) continue;
        if ((what === DEALINGS || what === THEIR_VISIT) && learner()) continue;
        for (const m of matchAll(doc, pattern, needs)) if (!forAnyone(m) && !(metAtEvent && what === SEEING_THEM)) add(m.start, m.end, `${quote(doc, m)} ${what}.`);
      }
      // "Next Wednesday at 4pm with Brodie!" answering "when's my physio next?": a day and time with a staff member the
      // policy lists is their booking.
      for (const p of doc.people) {
        if (p.role !== 'staff') continue;
        const slot = SLOT_WITH.exec(doc.lower.slice(Math.max(0, p.start - 50), p.start));
        if (!slot) continue;
        const start = p.start - slot[0].length;
        // (Only where nothing else in the sentence already says so: "Mia is booked Fri at 10:15 with Jenna" has its reading.)
        const sentence = doc.sentences[p.sentence];
        if (hits.some((h) => h.start < sentence.end && sentence.start < h.end) || SERVICE_TIMETABLE.test(doc.lower.slice(Math.max(0, start - 40), start))) continue;
        add(start, p.end, `${quote(doc, { start, end: p.end })} gives a day and time with a staff member: their booking.`);
      }

      for (const h of doc.health) {
        if (h.kind !== 'procedure' && h.kind !== 'medication') continue;
        const before = doc.lower.slice(Math.max(0, h.start - 20), h.start);
        const after = doc.lower.slice(h.end, h.end + 30);
        // "The flu vaccine is recommended in pregnancy", "everyone aged 70–79 is eligible for the shingles vaccine": said of everyone.
        if (forAGroup(doc.lower, h.start, h.end) || saidOfAGroup(doc.lower, h.start) || RECOMMENDED_TO_ALL.test(doc.lower.slice(h.end, h.end + 30))) continue;
        // "anyone who has an eye test with us is given a copy of the prescription": how it goes for everyone.
        if (GROUP_IN_PROCESS.test(doc.lower.slice(doc.sentences[h.sentence].start, h.start))) continue;
        // "Typically about 4–6 weeks from starting medication to the pregnancy test": how it usually goes.
        if (GENERAL_SENTENCE.test(doc.lower.slice(doc.sentences[h.sentence].start, h.start))) continue;
        // "a complaint through the procedure set out on our website": a process, not their treatment.
        if (PROCESS_AFTER.test(after)) continue;
        const ownResult = OWN_RESULT_BEFORE.test(doc.lower.slice(Math.max(0, h.start - 20), h.start)) && OWN_RESULT_AFTER.test(after);
        // ("The cardiology entrance is round the back": a service's name or a place, not their treatment.)
        if ((KNOWN_TREATMENT.test(before) && !/^ (?:these days|nowadays|in general|today are|are (?:generally|usually|very|extremely|perfectly))/.test(after) && !holds(SERVICE_NAME, after) && !/^ [a-z']+ (?:unit|ward|clinic|centre|center|department|team|service|suite)(?![a-z])/.test(after) && !PRODUCT_OR_FORM.test(h.term + after) && !CLEANERS.test(h.term + after)) || ownResult) {
          add(h.start, h.end, `${quote(doc, h)} refers to their own treatment or result, which only their care team would know.`);
        }
      }
      // The relative the comment places in care ("the staff treat Dad like family"), or any relative of theirs when the comment
      // reviews a care home ("Your auntie won the bingo again" to "Lovely team at Fenwhistle House"), as the staff know them.
      const relativeInCare = ownRelativeInComment && careNamed;
      if (relativeInCare || careHomeInComment) {
        for (const m of [...matchAll(doc, RELATIVE_WITH_US), ...matchAll(doc, FOND_OF_RELATIVE)]) add(m.start, m.end, relativeInCare ? `${quote(doc, m)} speaks of the relative whose care the comment describes, as the staff know them there.` : `${quote(doc, m)} speaks of a relative of theirs in the care home the comment reviews, as the staff know them there.`);
      }
      // "She had the best time at bingo!", "he's in great spirits today", "Taid was such a character" to a comment about their
      // relative in the care home: the staff speak of the relative as the people who look after them.
      // "we've set up an easel by the window in her room" to a comment about a resident: her room in the home.
      if (careHomeInComment) for (const m of matchAll(doc, ROOM_IN_THE_HOME)) add(m.start, m.end, `${quote(doc, m)} places the person the comment speaks of in the care home.`);
      if (careHomeInComment && ownRelativeInComment) {
        for (const m of matchAll(doc, RELATIVE_AS_KNOWN)) if (!negated(m.start)) add(m.start, m.end, `${quote(doc, m)} speaks of the relative the comment places in the care home, as the staff know them there.`);
      }
      // "Tell him the whole team thinks he's a superstar", "thanks for bringing her in": to a comment about the care of
      // "my son" or "my grandmother", a message for that person, or their visit.
      if (relativeInCare) {
        // ("your mum's GP can tell her where she is on the list": someone else will tell her, nothing is passed on.)
        // ("call 999 now and tell them what's happening", "Call 911 right now. Tell them…": "them" is the emergency service.)
        for (const m of matchAll(doc, FOR_THE_ONE_THEY_BROUGHT)) if (!forAnyone(m) && !/(?:can|will|could|would|should|may|might|to) $/.test(doc.lower.slice(Math.max(0, m.start - 7), m.start)) && !EMERGENCY_LINE_BEFORE.test(doc.lower.slice(Math.max(0, m.start - 90), m.start))) add(m.start, m.end, `${quote(doc, m)} speaks to or of the relative whose care the comment describes.`);
        // "Tell Mia the sticker wall misses her", "We adore Lily-Mae!": a message for the child, or love for them, by name.
        // "Doris keeps us all laughing" to "Our nan at Hollowmere House loved…": the resident, by name, as the staff know her.
        for (const p of doc.people) if (p.kind === 'name' && p.role === 'patient' && !p.addressee && NAMED_WITH_US.test(doc.lower.slice(p.end, p.end + 60))) add(p.start, p.end, `${quote(doc, p)} is spoken of as the staff know them, as the relative whose care the comment describes.`);
        for (const p of doc.people) if (p.kind === 'name' && p.role === 'patient' && !p.addressee && /(?:^|[^a-z])(?:tell|say hi to|say hello to|give|send|high[- ]five(?: to)?|adore|adores|love|loves|miss|misses|happy \w+ to) $/.test(doc.lower.slice(Math.max(0, p.start - 16), p.start))) add(p.start, p.end, `${quote(doc, p)} is spoken to or of fondly, as the relative whose care the comment describes.`);
      }
      // "Is that Sophie from the netball club??" → "Yes it's Sophie!", "Was that the lady from Oughterard?" → "that's her":
      // the reply says who the person asked about is.
      const yesThats = tests(WHO_ASKED, doc.context.lower) ? YES_THATS.exec(doc.lower) : null;
      if (yesThats) {
        const at = yesThats.index + yesThats[0].length - yesThats[1].length;
        // (A capitalised word the comment asked about is the name asked about, whatever word lists know it.)
        const word = doc.text.slice(at, at + yesThats[1].length);
        const askedName = unicode`^\p{Lu}\p{Ll}`.test(word) && !TITLE_WORD.test(word) && !doc.known.staff.has(word.toLowerCase()) && doc.context.text.split(unicode`[^\p{L}]+`).includes(word);
        const person = /^(?:her|him)$/.test(yesThats[1]) || askedName || doc.people.some((p) => p.role === 'patient' && p.start === at);
        if (person) add(yesThats.index, yesThats.index + yesThats[0].length, `The comment asks who someone is, and the reply says: ${quote(doc, { start: yesThats.index, end: yesThats.index + yesThats[0].length })}.`);
      }
      // "Waited 45 mins past my appointment" → "Dr. Okafor was dealing with an emergency that morning": the reply
      // explains the day they were there.
      // What the comment tells of their own visit or errand, and the reply's words that answer it.
      const answers = (commentTells: boolean, reply: RegExp, why: string) => {
        const m = commentTells ? reply.exec(doc.lower) : null;
        if (m) add(m.index, m.index + m[0].length, `${why}: ${quote(doc, { start: m.index, end: m.index + m[0].length })}.`);
      };
      const waited = tests(WAITED, doc.context.lower);
      const ownVisit = tests(OWN_VISIT, doc.context.lower);
      const thankedOwnCare = tests(OWN_CARE_THANKED, doc.context.lower);
      answers(waited, THAT_DAY, 'The comment complains of their own wait, and the reply explains that day');
      answers(thankedOwnCare, ACCEPTS_THANKS, 'The comment thanks the practice for their own care, and the reply accepts the thanks');
      answers(thankedOwnCare, EMOJI_ONLY, 'The comment tells of their own care here, and the reply cheers it');
      answers(tests(MINE_DONE, doc.context.lower) && (doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0 || CARE_NOUNS.find(doc.context.words).length > 0), YOURS_WENT, 'The comment says the practice treated them, and the reply says how theirs went');
      answers(tests(HOW_IS_RELATIVE, doc.context.lower), RELATIVE_STATUS, 'The comment asks how their relative is, and the reply says');
      answers((ownRelativeInComment && tests(BRAVE, doc.context.lower)) || ownVisit || careReviewed, REWARD_GIVEN, 'The comment tells of a visit, and the reply speaks of the reward given for it');
      // To a review of care: "see you next autumn" (their next flu jab), "Tuesday mornings wouldn't be the same without you" (a
      // regular of the physio class), "glad we finally got to the bottom of it" (their diagnosis).
      const careTold = !metAtEvent && (careNamed || thankedOwnCare || /(?<![a-z])(?:clinics?|listened|listens|group|class|classes|sessions?|therapy|rehab)(?![a-z])/.test(doc.context.lower));
      answers(careTold, NEXT_SEASON, 'The comment tells of their care here, and the reply looks forward to the next');
      answers(careTold, NOT_THE_SAME_WITHOUT, 'The comment tells of their care here, and the reply calls them a regular');
      answers(careTold, GOT_TO_THE_BOTTOM, 'The comment tells of their care here, and the reply says what came of it');
      // "the waiting room was freezing" → "sorry you were cold while you waited": their wait here.
      answers(waited, WHILE_YOU_WAITED, 'The comment tells of their wait here, and the reply speaks of it');
      answers(ownVisit || thankedOwnCare || tests(OWN_CARE_TOLD, doc.context.lower), CAME_ALONG, 'The comment tells of their own visit, and the reply thanks them for coming');
      answers(tests(OWN_ITEM, doc.context.lower), ITEM_SEEN_TO, 'The comment asks after their own prescription, glasses or results, and the reply sees to it');
      answers(waited || (ownVisit && tests(LATE_FOR_THEM, doc.context.lower)), RAN_BEHIND, 'The comment complains of their own wait, and the reply apologises for it');
      // "Switched doctors" → "we're sorry we lost you": they were a patient here until they left.
      answers(tests(LEFT_THE_PRACTICE, doc.context.lower), SORRY_TO_LOSE_YOU, 'The comment says they left the practice, and the reply is sorry to lose them');
      // "Thank you for trusting us with something so precious" to a review of their fertility care: their care, thanked for.
      // (Not "we're sorry you felt rushed": real replies say it to any complaint, and their writers call it safe.)
      answers(careReviewed || careReceived || tests(OWN_CARE_TOLD, doc.context.lower), TRUSTED_US, 'The review tells of their care here, and the reply thanks them for trusting the practice with it');
      // "It was an honour" to "Thank you for making Gran's last days peaceful": the care they thank it for (not to thanks for a
      // talk: "It was a privilege to be there" to "Thank you for coming to the marae to talk about back care").
      const honour = careReceived && !metAtEvent ? AN_HONOUR.exec(doc.lower) : null;
      if (honour && (ownRelativeInComment || tests(RELATIVE_NAMED, doc.context.lower) || doc.context.health.length > 0 || CARE_NOUNS.find(doc.context.words).length > 0)) add(honour.index, honour.index + honour[0].length, `The comment thanks the practice for someone's care, and the reply accepts it: ${quote(doc, { start: honour.index, end: honour.index + honour[0].length })}.`);
      const wentWell = execWhole(WENT_WELL, doc.lower);
      if (wentWell && (tests(OWN_CARE_TOLD, doc.context.lower) || careTold) && (CARE_NOUNS.find(doc.context.words).length > 0 || doc.context.health.length > 0)) add(wentWell.index, wentWell.index + wentWell[0].length, `The comment tells of their own care here, and the reply says how it went: ${quote(doc, { start: wentWell.index, end: wentWell.index + wentWell[0].length })}.`);
      const health = [...(facts.hits['health-details'] ?? []), ...(facts.hits['medical-advice'] ?? [])][0];
      // "when an earlier patient needs extra time": anyone the condition fits, not someone in particular.
      const inIfClause = (a: Anchor) => /(?:^|[^a-z])(?:if|unless|when|whenever|in case)(?![a-z])[^,.;!?]*$/.test(doc.lower.slice(doc.sentences[a.sentence].start, a.start));
      const booked = tests(CARE_BOOKED, doc.context.lower);
      // A reply to someone thanking the practice for their care that goes into the specifics.
      if (careReceived || booked) {
        // (A handle that opens the reply is the person it answers, as a greeted name is.)
        // (So is the reviewer's own name, however it is greeted: "Legend Dylan!")
        const addressee = (a: Anchor) => doc.people.some((p) => p.addressee && p.start === a.start) || opensReply(doc, a) || (a.kind === 'name' && reviewerNamed(doc, a));
        // ("Trent says he'll miss everyone" to "Trent looked after my dad for years": the carer the comment thanks.)
        const carers = doc.context.people.filter((p) => CARER_AFTER.test(doc.context.lower.slice(p.end, p.end + 24))).map((p) => p.text.toLowerCase());
        const carer = (a: Anchor) => a.kind === 'name' && carers.includes(a.text.toLowerCase());
        // ("Jo is a star!", "from a fellow healthcare worker": what someone is called, not another person.)
        const predicate = (a: Anchor) => a.kind === 'described' && /^an? /i.test(a.text) && (/^an? fellow /i.test(a.text) || /(?:^|[^a-z])(?:is|'s|was|are|were)(?: such| truly| really| just| an absolute| a real)? $/.test(doc.lower.slice(Math.max(0, a.start - 16), a.start)));
        const specific = health
          ?? facts.anchors.find((a) => a.kind !== 'you' && a.kind !== 'pronoun' && !addressee(a) && !inIfClause(a) && !carer(a) && !predicate(a) && !NOT_FOUND.test(doc.lower.slice(doc.sentences[a.sentence].start, a.start)))
          ?? (doc.context.people.some((p) => p.role === 'staff' || p.role === 'provider') || carers.length > 0 ? undefined : facts.anchors.find((a) => a.kind === 'pronoun'));
        if (specific) add(specific.start, specific.end, `The comment thanks the practice for care, and the reply goes into it: ${quote(doc, specific)}.`);
      } else if (careReviewed && !holdsInSentences(doc, PRIVACY_STATEMENT)) {
        // The review describes care here; the reply goes into their health, or speaks of the relative it was for.
        const specific = health ?? facts.anchors.find((a) => a.kind === 'described' && /^(?:your|ur) /i.test(a.text) && !inIfClause(a));
        if (specific) add(specific.start, specific.end, `The review describes care here, and the reply goes into it: ${quote(doc, specific)}.`);
      }
      // "Booked a check-up for next week, terrified" → "let reception know when you arrive": their coming visit.
      const coming = booked || tests(ON_THEIR_WAY, doc.context.lower) ? THEIR_COMING_VISIT.exec(doc.lower) : null;
      if (coming) add(coming.index, coming.index + coming[0].length, `The comment tells of their own booking, and the reply speaks of their coming visit: ${quote(doc, { start: coming.index, end: coming.index + coming[0].length })}.`);
      // "Is my next appointment still on?" → "yes - Tuesday 4pm"; "can I get a work note?" → "yep! dr feld signed it"; "are my
// results back?" → "they're in!" (not "Flu shots are in!").
      const requested = holds(OWN_REQUEST, doc.context.lower);
      // ("did u get my fax for the referral": a question typed without its question mark.)
      const asked = doc.context.text.includes('?') || ASKED_WITHOUT_MARK.test(doc.context.lower);
      const bookingAsked = (booked || tests(THEIR_BOOKING, doc.context.lower)) && asked;
      // "Has my repeat gone through?" → "it's been sent to your usual chemist": done for them (a bare "yes" may answer how it works).
      const itemAsked = !bookingAsked && tests(OWN_CARE_ASKED, doc.context.lower) && asked;
      if (bookingAsked || requested || itemAsked) {
        const yes = (bookingAsked ? bookingConfirmed(doc.lower) : null) ?? (itemAsked && !CANNOT.test(doc.lower) ? DONE_FOR_THEM.exec(doc.lower) : null) ?? (requested && !CANNOT.test(doc.lower) ? HANDED_OVER.exec(doc.lower) : null);
        if (yes && !NOT_FOUND.test(doc.lower)) {
          const span = { start: yes.index + yes[0].length - yes[0].trimStart().length, end: yes.index + yes[0].length };
          add(span.start, span.end, `The comment asks about their own booking or records, and the reply confirms it: ${quote(doc, span)}.`);
        }
      }
    }
    // "See you next year!" to "In and out for my annual", "we'll teach her the sequel next time!" to "…the song from her
    // appt": the comment tells of their own visit, and the reply looks ahead to the next one.
    if (doc.addressed && /next/.test(doc.lower)) {
      const next = execWhole(NEXT_VISIT, doc.lower);
      if (next && !NOT_FOUND.test(doc.lower) && !metAtAnEvent(doc) && (reviewOfCare(doc) || tests(OWN_CARE_TOLD, doc.context.lower) || tests(OWN_VISIT, doc.context.lower) || holds(CARE_RECEIVED, doc.context.lower))) add(next.index, next.index + next[0].length, `The comment tells of their own visit, and the reply looks ahead to the next one: ${quote(doc, { start: next.index, end: next.index + next[0].length })}.`);
    }
    // A post about one person's health, or a photo of a patient, says they are a patient here.
    if (!doc.addressed) {
      // "Happy 102nd birthday to our wonderful Gwladys!" from a care home: a resident's great age, celebrated.
      const birthday = GREAT_AGE_OURS.exec(doc.lower);
      // (Someone: a capitalised word that is no everyday word — not "our town hall clock".)
      const honoured = birthday ? doc.text.slice(birthday.index + birthday[0].length - birthday[1].length, birthday.index + birthday[0].length) : '';
      if (birthday && startsUpper(honoured) && !isCommonWord(honoured.toLowerCase()) && (CARE_HOME.test(doc.lower) || CARE_HOME.test(doc.context.lower))) add(birthday.index, birthday.index + birthday[0].length, `${quote(doc, { start: birthday.index, end: birthday.index + birthday[0].length })} celebrates someone the care home looks after.`);
      for (const h of facts.hits['health-details'] ?? []) {
        // ("Dr. Trent, who's expecting her first baby": a staff member's own health makes no one a patient.)
        if (isStaffHealth(h)) continue;
        const sentence = sentenceAt(doc.sentences, h.start);
        const person = patientAnchorIn(sentence);
        if (person && !staffOnly(doc, facts.anchors, sentence)) add(h.start, h.end, `${quote(doc, h)} is about ${quote(doc, person)}, which implies they are a patient here.`);
      }
    }
    for (const m of facts.hits['patient-media'] ?? []) add(m.start, m.end, 'A photo or video of a patient shows they are a patient here.');
    return dedupe(hits);
  },
};

// A review of care here: a clinician or the practice did something to the writer ("Dr Kapoor took out…",
// "Chiropractor cracked my back", "they got it out"), or the writer had care with them ("had a filling with Dr. Lin").
const PROVIDER = `(?:dr\\.?(?: [${L}]+)?|doctor|doc|nurse(?: [${L}]+)?|dentist|hygienist|therapist|physio|physiotherapist|chiropractor|chiro|psychiatrist|psychologist|counsell?or|surgeon|midwife|optometrist|optician|pediatrician|paediatrician|gp|pt|orthodontist|ortho|dermatologist|derm|staff|team|they|you guys|y'all)`;
const PROVIDER_ACTED = new RegExp(`(?<![a-zA-Z\\u00C0-\\u024F])(?:${PROVIDER} (?:[${L}']+ ){0,2}?(?:[${L}]{3,}ed|took|saw|gave|got|did|put|told|caught|found|sent|pulled|stuck|drew|cut|upped|made)|(?:with|by) (?:the |my |our |a )?${PROVIDER}|(?:been seeing|saw|seen|visited) (?:a|the|my|our|your) (?:[${L}-]+ )?${PROVIDER}|(?:best|great|amazing|fantastic|wonderful|excellent|brilliant|lovely|kind|gentle) (?:[${L}-]+ ){0,3}?${PROVIDER})(?![a-zA-Z\\u00C0-\\u024F])`);
export function reviewOfCare(doc: Doc): boolean {
  const c = doc.context;
  // Care is named in the sentence or the one beside it ("…a fish hook in my thumb lol. they got it out").
  const aboutCare = (i: number) => [i - 1, i, i + 1].some((j) => j >= 0 && j < c.sentences.length && (c.health.some((h) => h.sentence === j) || c.phrases.bodyParts.some((b) => b.start >= c.sentences[j].start && b.end <= c.sentences[j].end) || CARE_NOUNS.find(c.words.filter((w) => w.sentence === j)).length > 0));
  return c.sentences.some((span, i) => PROVIDER_ACTED.test(c.lower.slice(span.start, span.end)) && aboutCare(i));
}

/** The only people in the sentence are staff (a staff member's own surgery is not a patient relationship). */
function staffOnly(doc: Doc, anchors: readonly Anchor[], sentence: number): boolean {
  const inSentence = doc.people.filter((p) => p.sentence === sentence);
  return inSentence.length > 0 && !inSentence.some(isPatientMention) && !anchors.some((a) => a.sentence === sentence && a.kind !== 'name' && a.kind !== 'pronoun' && a.kind !== 'you');
}

/** Overlapping hits become one, spanning them all, with the first one's reason ("see you at" + "your next check-up"). */
function dedupe(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}
