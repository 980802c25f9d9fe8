// "your appointment", "Jayden's next scan", "the twins' cleanings": care that a reply or post says is someone's own.
// confirms-patient reads it as care here; health-details reads the ones that name a test or treatment.
import type { Anchor } from './anchors';
import { asksInGeneral, toEveryReader } from './anchors';
import { RELATIVES } from './care-ties';
import type { Doc } from './doc';
import { PhraseList, type Span } from './text';

// "bring her shot record", "check your vaccination history": a record the family keeps (health-details reads it too).
export const VACCINE_DOCUMENT_AFTER = /^ (?:records?|history|card|book|status|certificate)(?![a-z])/;

// "your appointment", "your last two appointments", "your 6-week check", "your telephone medication review":
// "your" or "ur", up to three qualifying words, then something of their care. Word lists, not one large
// pattern: the pattern took 40 ms to compile on the first message.
/** "mum's", "dad's": a relative's, which may stand between "your" and their care ("your mum's room"). */
const relativeOf = (lower: string) => /'s$/.test(lower) && RELATIVES.has(lower.slice(0, -2));
const DUE_REVIEW = new Set(['next', 'annual', 'yearly', 'routine', 'month', 'medication', 'meds']);
// ("while we sorted your repeat.": at a clause's end too.)
const REPEAT_ALONE = /^(?: (?:went|was|is|has|had|been|ready|should|will|request|order|meds|medication)(?![a-z])|\s*[.!,;]|\s*$)/;
// A sentence that opens with a condition on the reader and goes on after its comma: "If you've had a recall, …".
const IF_YOU_OPENS = /^\W*(?:and |but |so |also )?(?:if|unless|in case|should) (?:you|you've|you're|you'd|you have|you are)(?![a-z])[^.!?,]*, [^.!?]*$/;
export const CARE_NOUNS = new PhraseList(['visit', 'medical report', 'medical records', 'medical record', 'dressing', 'dressings', 'splint', 'sutures', 'wound', 'bandage', 'dosette', 'dosette box', 'blister pack', 'webster pack', 'pill organiser', 'pill organizer', 'nomad tray', 'medication pack', 'med pack', 'script', 'sessions', 'mental health plan', 'care plan', 'treatment plan', 'room', 'physical', 'well visit', 'well-child visit', 'pre test', 'pretest', 'hearing test', 'eye test', 'sight test', 'allergy test', 'skin test', 'pregnancy test', 'swab', 'appointment', 'appt', 'slot', 'follow up', 'followup', 'check up', 'checkup', 'check', 'result', 'chart', 'prescription', 'refill', 'order', 'record', 'notes', 'account', 'bill', 'statement', 'copay', 'claim', 'procedure', 'surgery', 'operation', 'biopsy', 'lab', 'lab work', 'lab check', 'lab result', 'bloods', 'blood test', 'blood work', 'bloodwork', 'blood draw', 'blood result', 'x ray', 'xray', 'scan', 'counsellor', 'counselor', 'therapist', 'carer', 'carers', 'caregiver', 'care worker', 'support worker', 'home care', 'care package', 'session', 'consult', 'consultation', 'cleaning', 'treatment', 'glasses', 'frames', 'lenses', 'multifocals', 'varifocals', 'bifocals', 'hearing aids', 'hearing aid', 'file', 'patient file', 'crown', 'filling', 'stitches', 'cast', 'retainer', 'aligner', 'braces', 'implant', 'denture', 'referral', 'registration', 'stay', 'discharge', 'admission', 'delivery', 'deliveries', 'labour', 'labor', 'smear', 'smear test', 'vaccination', 'vaccine', 'jab', 'injection', 'shot', 'call back', 'callback', 'attendance', 'reading', 'mask refit', 'assessment', 'fit note', 'sick note', 'mc', 'medical certificate', 'medical cert', "doctor's note", 'e consult', 'econsult', 'e consultation', 'booking', 'confirmation text', 'confirmation email', 'confirmation letter', 'confirmation message', 'reminder', 'recall', 'medication review', 'asthma review', 'diabetes review', 'annual review', 'health review', 'blood pressure review', 'bp review', 'contraceptive review', 'pill review', 'adjustment', 'recheck', 're check', 'scale and polish', 'fitting', 'refit', 'mask fitting', 'ultrasound', 'mri', 'ecg', 'ekg', 'physio', 'rehab', 'dose', 'care', 'history', 'due date', 'exam', 'tablets', 'meds', 'next one', 'test result', 'heartbeat']);
const VISIT_NOUN = new Set(['appointment', 'appointments', 'appt', 'visit', 'consultation', 'consult', 'operation', 'procedure', 'scan', 'admission', 'stay', 'referral', 'session', 'check-up', 'checkup']);
// "your contact lens check", "your glucose tolerance test", "your hearing aid fitting" (not "your driving test"): a check
// or test is care only after a word of health.
const TEST_NOUN = new Set(['check', 'test', 'fitting']);
const VISIT_QUALIFIER = /^(?:next|last|first|usual|regular|upcoming)$/;
const HEALTH_MODIFIER = /^(?:hearing|eye|eyes|sight|vision|smear|blood|pregnancy|allergy|skin|lens|lenses|contact|mole|pressure|bp|sugar|glucose|tolerance|cholesterol|thyroid|stress|covid|strep|flu|urine|stool|sleep|lung|breathing|bone|balance|dental|postnatal|antenatal|\d+-(?:week|month|year)|retainer|brace|braces|denture|dentures|aid|foot|feet|heart|asthma|diabetes|diabetic|growth|wound|stitches|glasses|prostate|bowel|breast|cervical|liver|kidney|iron|ortho|implant|gum|baby|newborn|cpap|mask)$/;
const NOT_A_MODIFIER = new Set('to for of at in on with about from by and or but the a an my our their his her its this that these those every any all no not own is are was were be been being have has had will would can could should may might must do does did so very just really also about feedback kind lovely time review words comments'.split(' '));
const CONVERSATION = new Set(['call', 'chat', 'conversation', 'discussion', 'callback', 'time']);
const WITH_CLINICIAN = /^ with (?:dr\.? [a-z]+|nurse [a-z]+|(?:the |a |our )?(?:[a-z-]+ )?(?:gp|pa|np|doctor|nurse|clinician|physio|physiotherapist|dentist|pharmacist|practitioner|midwife|consultant|paramedic|prescriber|hygienist|therapist|optometrist|counsell?or)(?![a-z]))/;
// ("Book your cleaning online anytime": an invitation; "glad the team could book your eye test" is not one.)
const BOOK_YOUR = /(?:^|[.!?]\s+|,\s+)\W*(?:book|schedule)\s$/;
const INVITATION_AFTER = /^ (?:online|anytime|any time|today|now|via|through|on our|at our|by calling)(?![a-z])/;
const AT_THE_VISIT = /(?:^|[^a-z])(?:at|during|after|before|since) $/;
const GENERIC_PROCEDURE = /^(?:procedures?|treatments?|therapy|surgery|surgeries|care)$/;
const CARE_QUALIFIERS = new Set('last recent latest first second third next previous initial telephone phone video online face to annual routine follow up upcoming same day urgent new two three four five six seven eight nine ten twelve few couple several most morning afternoon month week year months weeks years days post pre op well child woman medical family blood pressure repeat regular monthly usual'.split(' '));
// "in your care", "your care home", "your care for others": not care they had here.
const NOT_THEIR_CARE = /^ (?:home|homes|package|workers?|for|about|of|team)(?![a-z])/;
// "your reminder settings", "your booking preferences": how they hear from the practice, not their care.
const SETTINGS_AFTER = /^ (?:preferences|settings|options)(?![a-z])/;

const JOINING_BEFORE = /(?:^|[^a-z])(?:once|when|after|as soon as|if) (?:you|u)(?:'ve|'re| have| are)? (?:registered|register|join|joined|sign up|signed up|enrol|enroll|enrolled|transfer|move|moved) (?:with|to|at|over)?/;
const ASK_AT_BEFORE = /(?:^|[^a-z])(?:ask|mention it|bring it up|raise it|discuss it|check)(?: (?:about )?(?:it|this|that|them))? (?:at|in|during) $/;
// ("Your own GP knows your history best": the reader's own clinician, as the sentence's subject.)
const READERS_CLINICIAN_BEFORE = /(?:(?:ask|tell|see|with|speak to|talk to|check with|mention (?:it|this|that|the [a-z]+) to) your (?:own |regular |usual |family )?|^\W*your (?:own|regular|usual) )(?:dentist|gp|doctor|hygienist|optometrist|optician|pharmacist|physio|midwife|pa?ediatrician|nurse|prescriber|provider|specialist|consultant|health visitor|care team)(?: or (?:your )?[a-z]+)?(?: practice| surgery| team| clinic| office)? (?:[a-z]+ ){0,2}$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
/** "your <care>" in a reply, or "his/her/their <care>" where the pronoun is a patient's (one of `owners`). */
const CLINICIAN_OR = /^,? or (?:your |a |an |another |any )?(?:own )?(?:gp|doctor|physio|physiotherapist|pharmacist|nurse|practice nurse|dentist|midwife|optician|optometrist|specialist|health visitor|prescriber|provider|consultant|pediatrician|paediatrician|care team)s?(?![a-z])/;
export function possessedCare(doc: Doc, owners: readonly Anchor[]): Span[] {
  // Three readers ask for the same document's spans (health-details, confirms-patient, the second opinion): read once.
  const cached = readOnce.get(doc);
  if (cached?.owners === owners) return cached.spans;
  const spans = findPossessedCare(doc, owners);
  readOnce.set(doc, { owners, spans });
  return spans;
}
const readOnce = new WeakMap<Doc, { owners: readonly Anchor[]; spans: Span[] }>();

function findPossessedCare(doc: Doc, owners: readonly Anchor[]): Span[] {
  const out: Span[] = [];
  const ws = doc.words;
  // "Ask us about them at your next visit, everyone!": a sentence turned to every reader.
  const toEveryone = new Map<number, boolean>();
  const everyReader = (n: number) => {
    let found = toEveryone.get(n);
    if (found === undefined) toEveryone.set(n, (found = toEveryReader(doc.lower.slice(doc.sentences[n].start, doc.sentences[n].end))));
    return found;
  };
  // "Ask about options at your consultation" answering "Do you do sedation for adults?": anyone's consultation.
  const groupAsked = doc.addressed && asksInGeneral(doc.context);
  // "Inhalers should be checked once a year, ask at your next review": where to raise it, at whichever visit is next.
  // "If you've had a recall, the team that did your mammogram can explain": the care of whoever the opening "if" fits.
  // (Not when the comment calls it theirs: "we'll move your appointment" to "my appointment's tomorrow".)
  const afterAnIf = (w: number, noun: string) => IF_YOU_OPENS.test(doc.lower.slice(doc.sentences[ws[w].sentence].start, ws[w].start)) && !new RegExp(`(?<![a-z])(?:my|our) (?:[a-z-]+ )?${noun.replace(/['’]s$/, '').replace(/[^a-z -]/g, '')}`).test(doc.context.lower);
  const askedAt = (i: number) => ASK_AT_BEFORE.test(doc.lower.slice(Math.max(0, ws[i].start - 30), ws[i].start));
  // Word x follows the word before it in one run: joined, or after spaces only (a comma, a full stop or a line break ends it).
  const runsOn = (x: number) => ws[x].joined || /^[^\S\n]+$/.test(doc.text.slice(ws[x - 1].end, ws[x].start));
  for (let i = 0; i < ws.length - 1; i++) {
    const yours = doc.addressed && (ws[i].lower === 'your' || ws[i].lower === 'ur') && !everyReader(ws[i].sentence);
    // ("he is due for his first check-up" is a milestone every child reaches, wherever they go.)
    const theirs = (POSSESSIVE_PRONOUNS.has(ws[i].lower) && owners.some((a) => a.kind === 'pronoun' && a.start === ws[i].start) ||
      // "Jayden's next appointment": a patient's name, possessive.
      (ws[i].lower.endsWith("'s") && owners.some((a) => a.kind === 'name' && a.start <= ws[i].start && ws[i].end <= a.end + 2)) ||
      // "the twins' cleanings", "your boys' check-ups": relatives', plural.
      (i > 0 && (ws[i - 1].lower === 'the' || (doc.addressed && (ws[i - 1].lower === 'your' || ws[i - 1].lower === 'ur'))) && (RELATIVES.has(ws[i].lower) || RELATIVES.has(ws[i].lower.replace(/s$/, ''))) && /^['’]/.test(doc.text.slice(ws[i].end, ws[i].end + 1)))) &&
      !/due for $/.test(doc.lower.slice(Math.max(0, ws[i].start - 8), ws[i].start));
    if (!yours && !theirs) continue;
    // ("your next diabetes clinic": a clinic is a visit of theirs when it is their next, last or usual one.)
    const clinicVisit = (x: number) => /^clinics?$/.test(ws[x].lower) && ws.slice(i + 1, x).some((q) => VISIT_QUALIFIER.test(q.lower));
    for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
      if (j > i + 1 && !runsOn(j)) break; // a comma or a line break ends it
      // "your repeat went to the wrong chemist", "your repeat's been approved": the British "repeat" is their repeat prescription.
      if ((ws[j].lower === 'repeat' || ws[j].lower === "repeat's") && REPEAT_ALONE.test(doc.lower.slice(ws[j].end, ws[j].end + 12))) {
        out.push({ start: ws[i].start, end: ws[j].start + 'repeat'.length });
        break;
      }
      // "your call with the GP", "your chat with Dr Osei", "your time with the PA": a consultation by phone or in person.
      const withClinician = CONVERSATION.has(ws[j].lower) ? WITH_CLINICIAN.exec(doc.lower.slice(ws[j].end, ws[j].end + 40)) : null;
      if (withClinician) {
        out.push({ start: ws[i].start, end: ws[j].end + withClinician[0].length });
        break;
      }
      // ("Good luck with your exams!": school ones.)
      const n = ws[j].lower === 'exams' ? 0 : CARE_NOUNS.matchAt(ws, j) || (clinicVisit(j) ? 1 : 0);
      // "your mum's room" (a care home): a room is theirs only as a resident's.
      if (n > 0 && ws[j].lower === 'room' && !(j > i + 1 && relativeOf(ws[j - 1].lower))) break;
      if (n > 0) {
        const end = ws[j + n - 1].end;
        const noun = ws[j].lower;
        const hypothetical = /^,? (?:if|when|in case) (?:you|they) (?:have|get|need|bring)(?![a-z])/.test(doc.lower.slice(end, end + 30)) ||
          // "If yours does, it'll say in your booking text": whoever's test needs it.
          /(?:^|[^a-z])if yours (?:does|is|has|needs|did|was|do|are)(?![a-z])[^.!?]*$/.test(doc.lower.slice(doc.sentences[ws[i].sentence].start, ws[i].start)) ||
          // "And if you miss your jab and then come down with flu…": whoever misses it.
          /(?:^|[^a-z])(?:if|in case|unless) (?:you|u)(?:'ve| have| had)? (?:[a-z]+ ){1,2}$/.test(doc.lower.slice(Math.max(0, ws[i].start - 30), ws[i].start)) ||
          // "Once you register with us, we request your records": whoever joins.
          JOINING_BEFORE.test(doc.lower.slice(doc.sentences[ws[i].sentence].start, ws[i].start)) || afterAnIf(i, noun);
        // "Your records are protected by federal law": how the practice keeps anyone's records.
        const protectedByRule = /^ (?:are|is) (?:always |fully |strictly )?(?:protected|confidential|private|kept (?:private|confidential|secure)|secure|never shared)(?![a-z])/.test(doc.lower.slice(end, end + 36));
        // "Your physio or GP can lodge a claim": whichever clinician the reader has, not one here.
        const anyClinician = CLINICIAN_OR.test(doc.lower.slice(end, end + 40));
        // "ask your dentist or hygienist at your next check-up": a visit to whichever clinician the reader has.
        const readersClinician = yours && READERS_CLINICIAN_BEFORE.test(doc.lower.slice(doc.sentences[ws[i].sentence].start, ws[i].start));
        // "bring her shot record", "check your vaccination history in the app": a record the family keeps, not care here.
        const vaccineDocument = /^(?:vaccinations?|vaccines?|shots?|jabs?|immuni[sz]ations?)$/.test(ws[j + n - 1].lower) && VACCINE_DOCUMENT_AFTER.test(doc.lower.slice(end, end + 14));
        // "Book your next one within 4 weeks" (not "good luck with your next one", a baby).
        const anotherOne = doc.lower.slice(ws[j].start, end) === 'next one' && !/(?:book|booking|schedule|scheduling|see you (?:at|for)|in for) $/.test(doc.lower.slice(Math.max(0, ws[i].start - 20), ws[i].start));
        const notTheirs = protectedByRule || anyClinician || readersClinician || (yours && askedAt(i)) || anotherOne || vaccineDocument || (noun === 'care' && (i > 0 && ws[i - 1].lower === 'in' || NOT_THEIR_CARE.test(doc.lower.slice(end, end + 12)))) || SETTINGS_AFTER.test(doc.lower.slice(end, end + 14));
        // "Book your cleaning online anytime!": an invitation, whoever takes it up.
        const invited = yours && j === i + 1 && BOOK_YOUR.test(doc.lower.slice(Math.max(0, ws[i].start - 30), ws[i].start)) && INVITATION_AFTER.test(doc.lower.slice(end, end + 20));
        const anyAsker = yours && groupAsked && !ws.slice(i + 1, j).some((w) => RELATIVES.has(w.lower.replace(/'s$/, '')));
        if (!hypothetical && !notTheirs && !invited && !anyAsker) out.push({ start: ws[i].start, end });
        break;
      }
      // "your microneedling session", "your wisdom tooth removal": a procedure of theirs.
      const procedure = doc.health.find((h) => h.kind === 'procedure' && h.start === ws[j].start && !GENERIC_PROCEDURE.test(h.term));
      if (procedure) {
        if (!afterAnIf(i, procedure.term)) out.push({ start: ws[i].start, end: procedure.end });
        break;
      }
      // "your next PrEP review", "your annual review" (not "your review", the one they left us).
      // ("lovely to catch up with you at your review": the appointment, where "thanks for your review" is the one they left.)
      if (ws[j].lower === 'review' && j === i + 1 && AT_THE_VISIT.test(doc.lower.slice(Math.max(0, ws[i].start - 10), ws[i].start)) && !askedAt(i)) {
        out.push({ start: ws[i].start, end: ws[j].end });
        break;
      }
      const review = DUE_REVIEW.has(ws[j].lower) ? ws.slice(j + 1, j + 3).findIndex((w) => w.lower === 'review') : -1;
      if (review >= 0 && !(yours && askedAt(i))) {
        out.push({ start: ws[i].start, end: ws[j + 1 + review].end });
        break;
      }
      if (CARE_QUALIFIERS.has(ws[j].lower) || relativeOf(ws[j].lower) || /^\d+(?:st|nd|rd|th)?$/.test(ws[j].lower)) continue;
      // "your eye clinic appointment", "your pre-assessment physio visit": any two words naming the service before a visit.
      // ("your first hygiene visit": after the qualifiers too.)
      if (/^[a-z][a-z-]+$/.test(ws[j].lower) && !NOT_A_MODIFIER.has(ws[j].lower)) {
        // ("your dental check-up": the hyphen splits "check-up" into two words.)
        const upAfter = (x: number) => /^(?:check|follow)$/.test(ws[j + 1 + x].lower) && ws[j + 2 + x]?.lower === 'up';
        const k = ws.slice(j + 1, i + 4).findIndex((w, x) => VISIT_NOUN.has(w.lower) || clinicVisit(j + 1 + x) || upAfter(x) || (TEST_NOUN.has(w.lower) && ws.slice(j, j + 1 + x).some((m) => HEALTH_MODIFIER.test(m.lower))));
        // ("We understand your frustration. Appointments can be booked…": a full stop between them ends it.)
        if (k >= 0 && ws.slice(j + 1, j + 1 + k).every((w) => /^[a-z][a-z-]+$/.test(w.lower) && !NOT_A_MODIFIER.has(w.lower)) && ws.slice(j + 1, j + 2 + k).every((_, x) => runsOn(j + 1 + x))) {
          const end = ws[j + 1 + k + (upAfter(k) ? 1 : 0)].end;
          // ("mention it to your own dentist at your next dental appointment": whichever practice the reader has.)
          const readersClinician = yours && READERS_CLINICIAN_BEFORE.test(doc.lower.slice(doc.sentences[ws[i].sentence].start, ws[i].start));
          if (!/^,? (?:if|when|in case) /.test(doc.lower.slice(end, end + 12)) && !readersClinician) out.push({ start: ws[i].start, end });
        }
      }
      break;
    }
  }
  return out;
}
