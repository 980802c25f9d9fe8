// What ties the person a reply answers to care at the practice. A reply to a review confirms that the
// reviewer is a patient when it speaks of their experience here, their being cared for, what a
// clinician did for them, their records, or thanks passed on to the clinician their review credits.
// Each pattern family needs the addressee ("you", "your mum", their name) as the one the care is about;
// thanks for the review itself, apologies, offers to talk and statements about patients as a group
// tie nobody to anything.
import type { Anchor } from './anchors';
import type { Hit } from './detector';
import type { Doc } from './doc';
import type { PersonMention } from './people';
import { sentenceAt, type Span } from './text';

const B = '(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])';
const E = '(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])';
const re = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'gu');

/** "you", "you and your family", "your little girl", "your mum and dad". */
const YOU = `(?:you|u|you both|you all|y'all|you and your (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+)`;
const RELATIVE = `(?:(?:little|young|elderly|older|younger|eldest|youngest|newborn|new ?born|teenage|late|two|three) )?(?:mum|mom|mother|mam|mummy|mommy|dad|father|daddy|son|sons|daughter|daughters|child|children|kids?|little (?:one|ones|girl|boy|man|lady)|baby|babies|toddler|wife|husband|partner|family|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandpa|grandson|granddaughter|brother|sister|aunt|auntie|uncle|parents?|in-laws?|boy|girl|teen|teenager|twins|relative|loved one)`;
const SOMEONE_OF_YOURS = `(?:${YOU}|your ${RELATIVE})`;
// The practice and its people, as the place or the carers the experience was with.
const PRACTICE = `(?:the|our|this|your) (?:[\\p{L}-]+ )?(?:practice|surgery|clinic|office|centre|center|hospital|team|staff|doctors?|nurses?|gps?|clinicians?|service|services|medical centre|health centre|dentist|dentists|hygienists?|physios?|therapists?)|us|dr\\.? \\p{L}+|doctor \\p{L}+|nurse \\p{L}+`;
const POSITIVE = '(?:positive|good|great|excellent|lovely|wonderful|pleasant|fantastic|brilliant|smooth|reassuring|amazing|outstanding|comfortable|easy|better|best)';
const EVALUATIVE = `(?:${POSITIVE}|negative|bad|poor|disappointing|frustrating|difficult|upsetting|mixed|similar|recent|last|latest|previous|first|ongoing|long-?term|continued|consistent|other)`;
// Being cared for, as the person felt it.
const CARED_FOR = '(?:cared for|looked after|supported|listened to|heard|reassured|valued|welcomed?|comfortable|at ease|safe|in (?:good|safe) hands|respected|understood|taken care of|treated well|well treated|informed|involved)';
// "you're", "you've been", "you are": what may follow "you" before the predicate.
const BE = "(?:'re|'ve been|'d been|'ve| are| were| have been| had been| have| had| seem| seemed| always| now| both| all)*";
const QUALIFIERS = '(?:(?:so|very|really|truly|consistently|always|generally|now|both|all|well|fully|genuinely|properly|completely|extremely) )*';

// [pattern, what it says]; each is tried on the reply's lower-cased text.
const FAMILIES: [RegExp, string][] = [
  // Their experience of the practice, qualified by the place, the people, when, or how it went.
  [re(`(?:your|ur) (?:[\\p{L}-]+ ){0,2}?experiences? (?:at|with|of|in) (?:${PRACTICE})|(?:your|ur) (?:${EVALUATIVE} )(?:[\\p{L}-]+ )?experiences?|${SOMEONE_OF_YOURS}(?:'ve|'d|'re having| have| had| has| are having| were having)*(?: had)?(?: (?:such|always|consistently|really|generally|overall|now|both))* (?:a |an |such a |such )?(?:(?:really|very|so|truly|consistently|overall|genuinely) )?${EVALUATIVE} (?:[\\p{L}-]+ )?experiences?(?! (?:with|at) (?:another|other|a different)${E})|(?:your|ur) (?:[\\p{L}-]+ ){0,3}?experiences? (?:(?:at|with|of) (?:${PRACTICE}) )?(?:was|were|has been|have been|is) (?:such a |a |so |very |really |truly |overall |consistently )?${POSITIVE}`), 'speaks of their experience of care here'],
  // Cared for, satisfied with the service, found the staff helpful.
  [re(`${SOMEONE_OF_YOURS}${BE} (?:feel|felt|continue to feel|were made to feel|was made to feel) ${QUALIFIERS}${CARED_FOR}|${SOMEONE_OF_YOURS}(?:'re|'ve been| are| were| have been| had been| 've been)+ ${QUALIFIERS}(?:cared for|looked after|supported|listened to|reassured|in (?:good|safe) hands|taken care of|well treated)|(?:the )?(?:care|support|treatment|service|help) (?:that )?(?:you|your ${RELATIVE}) (?:receive|received|get|got|are receiving|have received|'ve received|have had|'ve had|had)`), 'says they were cared for here'],
  [re(`${SOMEONE_OF_YOURS}${BE} (?:feel |felt )?${QUALIFIERS}(?:happy|pleased|satisfied|content|impressed|delighted) with (?:the|our|your|all the|all our) (?:[\\p{L}-]+ ){0,2}?(?:service|services|care|treatment|practice|surgery|team|staff|doctors?|nurses?|gps?|clinicians?|results?|outcome|dentist|hygienist|physio|therapist)|${SOMEONE_OF_YOURS}${BE} (?:found|find|are finding|always find) (?:that )?(?:our|the|all our|all the|both our) (?:[\\p{L}-]+ ){0,2}?(?:staff|team|teams|doctors?|nurses?|gps?|clinicians?|receptionists?|practice|surgery|service|care|medical centre|health centre|clinic|dentists?|hygienists?|physios?)|(?:our|the) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+ (?:works|worked|is working|has worked|has been working|have worked) (?:so |really |very )?well for ${SOMEONE_OF_YOURS}|(?:our|the) (?:[\\p{L}-]+ ){0,2}?(?:service|practice|system|surgery|care|team|clinic) (?:works|worked|is working|has worked|has been working|have worked) for ${SOMEONE_OF_YOURS}|(?:been|be|are|were) (?:there|here) for ${SOMEONE_OF_YOURS} when|(?:letting us|let us|we were|we've been|we have been|been able to|privilege to|honou?r to|glad to have been|glad we could|part of) (?:be )?(?:there|here) for ${SOMEONE_OF_YOURS}|(?:privilege|honou?r|pleasure|joy) to (?:be|have been) (?:part of|there for|with you)|(?:you|u) (?:think|speak) (?:so )?(?:highly|well) of|(?:highly|well) (?:you|u) (?:think|speak) of|(?:the )?(?:doctor|gp|nurse|clinician|dentist|hygienist|physio|therapist|consultant) (?:you|your ${RELATIVE}) (?:saw|see|spoke (?:to|with)|were seen by|was seen by)|${SOMEONE_OF_YOURS}${BE} experienced (?:[\\p{L}-]+ ){0,4}?(?:with|from|at|during) (?:us|our|the|your|appointments?|booking|consultations?|bookings)|(?:you|u)${BE} experienced with (?:us|our|the)`), 'says they were satisfied with the care here'],
  // What the practice or a clinician did for them.
  [re(`(?:our|the) (?:care|support|team|treatment|service|staff|doctors?|nurses?)(?: and (?:care|support|treatment|compassion))? (?:has|have|had) made a (?:[\\p{L}-]+ )?(?:difference|impact)|made (?:such )?a (?:[\\p{L}-]+ )?(?:difference|impact) (?:to|for|in|on) ${SOMEONE_OF_YOURS}|(?:we|i|we've|we have|i have|i've) (?:have |had |'ve )?(?:(?:now|already|since|just|also|personally) )?(?:checked|looked (?:at|into|through)|reviewed|investigated|tried to look into|gone through|went through|pulled up) (?:(?:our|your|the) )?(?:records|notes|system|clinical system|call (?:logs?|records)|this for you|this matter for you|your (?:case|notes|records|account|file|details|call|request|appointment|prescription|referral|results|registration))|(?:from|in|on|according to) your (?:notes|records|medical records|file|clinical records)|(?:we|i|the team|our team|the gp|the doctor|the nurse|the clinician|our clinician) (?:have |had |'ve )?(?:then |also |already )?(?:called|rang|phoned|contacted|liaised with|spoke (?:to|with)|texted|emailed|wrote to|messaged|booked|offered|signposted|referred|saw|examined|treated|prescribed|triaged) (?:you|your ${RELATIVE})(?! (?:to|if|when)${E})|(?:when|after|before|while|whilst|as) ${SOMEONE_OF_YOURS} (?:attended|came in|came to see|came to us|visited|were seen|was seen|were here|were in the|called us|rang us|phoned us|wrote this whilst in)|${SOMEONE_OF_YOURS}${BE} (?:attended|visited|were seen|was seen|were examined|were treated|were referred|received|receiving|got|were given|were offered|had) (?:a |an |your |his |her |their |such a |the )?(?:[\\p{L}-]+ (?:and )?){0,2}?(?:appointment|consultation|call ?back|referral|prescription|treatment|care|test|scan|vaccine|jab|review|visit|check-?up|support|promptly|quickly|on time|within)|(?:for ${SOMEONE_OF_YOURS} to be|${SOMEONE_OF_YOURS} can be|${SOMEONE_OF_YOURS} could be) seen|(?:signposted|triaged|rebooked|called back|rang back|phoned back) (?:you|your ${RELATIVE})|booked (?:you|your ${RELATIVE}) in|(?:we|i) called back|(?:his|her|their|our) care (?:has |have )?(?:stood out|meant so much|made a)|(?:should|could|would) have (?:offered|called|rung|phoned|told|booked|seen|given|informed|explained (?:to )?|referred) (?:you|your ${RELATIVE})|(?:corrected|updated|amended|checked|reviewed|flagged|noted on|added (?:a note )?to) (?:your|his|her|their) (?:record|records|notes|chart|file|details)|(?:help|treat|see|fix|look after|care for) (?:you|your ${RELATIVE}) with (?:your|his|her|their)|(?:until|when|once|before) (?:we|the (?:doctor|dentist|gp|nurse)|dr\\.? \\p{L}+) (?:see|sees|can see|check|recheck|reassess) (?:you|your ${RELATIVE}|him|her|them)|come back (?:in )?(?:and |to )?see us|(?:so|and) we can (?:reassess|re-?check|take another look|adjust (?:it|them))`), 'says what the practice did in their care'],
  // One of the practice's patients: "another example of how our patients are affected", "patients like you".
  [re(`our other patients|other patients like you|patients like you|another (?:example|case) of how our patients|(?:you|u)(?:'re| are) (?:one of )?our (?:[\\p{L}-]+ )?patients?|as (?:a|our) (?:valued |registered |long-?standing |loyal )?patient(?! of)`), 'counts them among the practice\'s patients'],
  // Measured against the practice's patients: "that's never the experience we want our patients to have".
  [re(`(?:never|not) (?:the|an?) (?:[\\p{L}-]+ )?(?:experience|care|service|standard) (?:that )?we(?: would|'d)? (?:want|expect|aim for|strive for|hope for) (?:for )?(?:any of our patients|all (?:of )?our patients|our patients|any patient)|(?:didn't|did not|hasn't|has not|wasn't|was not) (?:deliver|work|go (?:well|smoothly))(?:ed)? (?:well )?for (?:you|your ${RELATIVE})`), 'compares them with the practice\'s patients'],
  // Welcomed as a new patient.
  [re(`welcome (?:to|into) (?:the|our) (?:[\\p{L}-]+ )?(?:practice|surgery|clinic|office|family|patient family)(?! (?:open day|event|party))`), 'welcomes them as a patient here'],
  // A long relationship: "over the years", "your continued trust", "your new doctors".
  [re(`(?:continued|ongoing|long-?standing|many years of|years of|\\d+ years of) (?:trust|loyalty|custom)|(?:your|ur) long[- ]?(?:term|time|standing) (?:[\\p{L}-]+ )?(?:experience|relationship|care)|(?:happier|settled|registered|moved|moving|transferred|moved on) (?:at|to|with|elsewhere) (?:your |a |another )?(?:new )?(?:doctors?|gps?|practice|surgery|dentist|clinic)`), 'implies a long care relationship'],
];
// "over the past 30 years" is a relationship only when said of them.
const YEARS = re(`over the (?:(?:past|last) )?(?:\\d+ |many |several |ten |twenty |thirty |forty )?years|(?:for|in) (?:the (?:past|last) )?(?:\\d+|many|several|ten|twenty|thirty|forty) years`);
const TO_YOU = new RegExp(`${B}(?:you|your|yours|u|ur)${E}`, 'u');

// Thanks passed on to the clinician the review credits, or the clinician's delight at hearing it.
const RELAY = re(`pass(?:ed|ing)? (?:on|this|these|it|them|that|your|the|all)|relay(?:ed|ing)?|shar(?:e|ed|ing) (?:it |them |this |these |that |those |your (?:[\\p{L}-]+ )?(?:message|feedback|review|comments?|words|note|story|thanks|card|letter) )?with|forward(?:ed|ing)?|feed(?:ing)? (?:it )?back|fed back|let (?:[\\p{L}.]+ ){1,3}know|make sure|made sure|making sure|ensure|ensured|(?:will|'ll|would) be (?:so |really |very |absolutely )?(?:thrilled|delighted|pleased|happy|touched|chuffed|glad|grateful)(?= to (?:hear|read|know|see)|[ ,]*(?:[!.]|$))|(?:was|is|were|are) (?:so |really |very |absolutely )?(?:thrilled|delighted|pleased|happy|touched|chuffed|glad|moved) (?:to (?:read|hear|see|meet|know)|(?:that|with) (?:your|you|he|she|they))|(?:says|said) (?:it was|it's|it is) (?:an? )?(?:honou?r|privilege|pleasure|joy)|(?:adores|loves|loved|enjoyed) (?:meeting |seeing |treating |looking after |caring for )?(?:you|your)|(?:show|showed|shown|read|send|sent|give|gave) (?:her|him|them|it to (?:her|him|them)) (?:this|your)|receives? (?:them|this|it|your|these)|(?:has|have) received (?:this|your|these|them)|(?:your|the|these) (?:kind |lovely |positive |thoughtful |wonderful |glowing |generous )?(?:words|comments|feedback|praise|review|compliments?|thanks) (?:about|for|regarding|on|to)|think so highly of|speak so highly of|especially (?:for|about|to)`);
const CLINICAL_GROUP = re(`(?:our|the) (?:nursing|clinical|medical|gp|doctors'?) team|(?:our|the) (?:doctors|nurses|gps|clinicians|physicians|dentists|hygienists|physios|therapists|consultants|surgeons|midwives|health visitors|paramedics)|(?:our|the) (?:nurse|doctor|gp|clinician|dentist|hygienist|physio|physiotherapist|therapist|consultant|surgeon|midwife|pharmacist|physician associate|nurse practitioner|health visitor|paramedic)`);
// A clinical role said of a staff member: "Tessa, our Physician Associate", "the nurse who…".
const CLINICAL_ROLE = /^,? (?:our|the|a|is a|is our|who is a|who is our) (?:[\p{L}-]+ )?(?:nurse|doctor|gp|clinician|dentist|hygienist|physio|physiotherapist|therapist|consultant|surgeon|midwife|pharmacist|physician associate|nurse practitioner|health visitor|paramedic|practitioner|optometrist|orthodontist|chiropractor)/u;
const CLINICAL_TITLE = /^(?:dr|doctor|nurse|np|rn|sister|midwife|physio|prof|professor)\b/;

// Inside an if-clause or a question nothing is said to have happened: "if you feel your rating…".
const CONDITIONAL = new RegExp(`${B}(?:if|unless|whether|in case|should you|would you|do you|did you|have you)${E}[^,;.!?—–]*$`, 'u');

export function careTies(doc: Doc, anchors: readonly Anchor[]): Hit[] {
  if (!doc.addressed) return [];
  const hits: Hit[] = [];
  const add = (span: Span, why: string) => hits.push({ ...span, message: 'Confirms that someone is a patient of the practice.', why, redaction: '' });
  const conditional = (at: number) => {
    const s = doc.sentences[sentenceAt(doc.sentences, at)];
    return CONDITIONAL.test(doc.lower.slice(s.start, at));
  };
  const sentenceText = (i: number) => doc.lower.slice(doc.sentences[i].start, doc.sentences[i].end);

  for (const [pattern, what] of FAMILIES) {
    for (const m of doc.lower.matchAll(pattern)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      // "share your experience with us" is the review, not an experience here.
      if (/experience with us$/.test(m[0]) && /shar(?:e|ed|ing) $/.test(doc.lower.slice(Math.max(0, span.start - 8), span.start))) continue;
      if (conditional(span.start) && !/new|another|elsewhere|moved/.test(m[0])) continue;
      add(span, `${quoteOf(doc, span)} ${what}, and a reply speaks to one person.`);
    }
  }
  for (const m of doc.lower.matchAll(YEARS)) {
    const sentence = sentenceAt(doc.sentences, m.index!);
    if (TO_YOU.test(sentenceText(sentence)) && !conditional(m.index!)) add({ start: m.index!, end: m.index! + m[0].length }, `${quoteOf(doc, { start: m.index!, end: m.index! + m[0].length })} is said of the person this reply answers: a long care relationship.`);
  }
  // Thanks relayed to a clinician: the reviewer saw them.
  const clinicians = clinicianMentions(doc);
  for (const m of doc.lower.matchAll(RELAY)) {
    const sentence = sentenceAt(doc.sentences, m.index!);
    const clinician = clinicians.find((c) => c.sentence === sentence);
    if (!clinician || conditional(m.index!)) continue;
    add(clinician, `The reply passes their thanks to ${quoteOf(doc, clinician)}, a clinician, which says that clinician cared for them.`);
  }
  // A clinician's care described to the person answered: "Dr. Nowak was thorough and reassuring".
  for (const c of clinicians) {
    const after = doc.lower.slice(c.end, c.end + 90);
    if (CLINICIAN_CARED.test(after) && !conditional(c.start)) add(c, `The reply describes ${quoteOf(doc, c)}'s care to the person it answers.`);
  }
  // Any staff member who did something for them ("Martin was able to provide the guidance you needed"), or
  // whom they dealt with ("your experience with Priya").
  for (const p of doc.people) {
    if (p.role !== 'staff' && p.role !== 'provider') continue;
    const after = doc.lower.slice(p.end, p.end + 100);
    const before = doc.lower.slice(Math.max(0, p.start - 40), p.start);
    if ((STAFF_HELPED.test(after) || EXPERIENCE_WITH.test(before)) && !conditional(p.start)) add(p, `The reply says ${quoteOf(doc, p)} cared for the person it answers.`);
  }
  return hits;
}

// After a clinician's name: "was so supportive", "provided thorough and reassuring care", "made you feel heard".
const CLINICIAN_CARED = new RegExp(`^(?:(?:,| and| &) [\\p{L}. ]{1,40}?)? (?:has |have |had )?(?:(?:was|were|has been|have been|is|are) (?:so |very |really |both |always |extremely |incredibly |truly )?(?:[\\p{L}-]+,? (?:and )?){0,3}?(?:supportive|helpful|thorough|reassuring|caring|kind|gentle|attentive|understanding|compassionate|professional|wonderful|amazing|brilliant|fantastic|great|lovely|excellent|patient|informative|efficient)|made (?:you|your)|made a (?:[\\p{L}-]+ )?(?:impression|impact|difference)|(?:was |were |has been |have been )?able to)${E}`, 'u');
const EXPERIENCE_WITH = /(?:your|ur) (?:[\p{L}-]+ ){0,2}?(?:experiences?|time|appointments?|sessions?|consultations?|visits?) (?:with|of) (?:both )?$/u;
// After any staff member's name: care, guidance or support given to them.
const STAFF_HELPED = new RegExp(`^(?:(?:,| and| &) [\\p{L}. ]{1,40}?)? (?:has |have |had )?(?:(?:since|already|now|also|personally|then) )?(?:(?:was|were|has been|have been) (?:so |really |always )?able to |could |managed to )?(?:(?:provided|gave|given|offered|provide|give|offer|delivered)(?: you(?: with)?)? (?:[\\p{L},-]+ ){0,5}?(?:care|guidance|advice|support|treatment|explanations?|reassurance|attention|follow-up)|(?:support|help|treat|see|look after|care for|reassure|examine|guide|advise|listen to|refer|prescribe|explain|sort|visit|supported|helped|treated|saw|seen|looked after|cared for|reassured|examined|guided|advised|listened to|referred|prescribed|explained|sorted|visited|called|rang|phoned) (?:you|your|him|her|them)|made (?:you|your))${E}`, 'u');

/** Clinicians named or referred to in the reply: titled staff, staff the policy lists with a title, clinical roles. */
function clinicianMentions(doc: Doc): (Span & { sentence: number })[] {
  const out: (Span & { sentence: number })[] = [];
  const credited = creditedForCare(doc);
  const isClinician = (p: PersonMention) =>
    (p.role === 'staff' || p.role === 'provider') &&
    (CLINICAL_TITLE.test(p.text.toLowerCase()) ||
      p.text.toLowerCase().split(/[\s.]+/).some((w) => doc.known.clinicians.has(w) || credited.has(w)) ||
      CLINICAL_ROLE.test(doc.lower.slice(p.end, p.end + 50)));
  for (const p of doc.people) if (isClinician(p)) out.push({ start: p.start, end: p.end, sentence: p.sentence });
  for (const m of doc.lower.matchAll(CLINICAL_GROUP)) out.push({ start: m.index!, end: m.index! + m[0].length, sentence: sentenceAt(doc.sentences, m.index!) });
  return out;
}

// The review credits a staff member with care: "Megan cleaned my teeth so gently", "Rachel listened".
const CARE_IN_REVIEW = /(?<![a-z])(?:clean\w*|treat\w*|exam\w*|saw|seen|explain\w*|listen\w*|gentle|gently|painless|car(?:e|ed|ing)|appointment|appt|visit|procedure|check-?ups?|session|therap\w*|injection|jab|shot|test|nurse|hygienist|doctor|dentist|physio|therapist|deliver\w*|stitch\w*|fix\w*|filling|crown|x-?ray|reassur\w*|thorough|diagnos\w*|prescri\w*|scan)(?![a-z])/;

/** Name words of staff the review (the context) names in a sentence about their care. */
function creditedForCare(doc: Doc): Set<string> {
  const out = new Set<string>();
  const c = doc.context;
  for (const p of c.people) {
    if (p.role !== 'staff' && p.role !== 'provider') continue;
    const s = c.sentences[p.sentence];
    const sentence = c.lower.slice(s.start, s.end);
    if (CARE_IN_REVIEW.test(sentence) || c.health.some((h) => h.sentence === p.sentence)) for (const w of p.text.toLowerCase().split(/[\s.]+/)) out.add(w);
  }
  return out;
}

function quoteOf(doc: Doc, span: Span): string {
  const s = doc.text.slice(span.start, span.end).trim();
  return `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;
}
