// Posting or sharing a photo or video of a patient. A pictured patient is identifiable even without
// a name, and consent does not make the post safe (a written HIPAA authorization must be on file).
import { isPatientMention } from '../anchors';
import { matchAll, quote, type Detector, type Hit } from '../detector';
import { sentenceAt, tests, type Span } from '../text';
import { MEDIA_EMOJI } from '../vocabulary';
import { holdsInSentences } from '../required-words';

const PREMISES = /^[^.!?]*?(?<![a-z])(?:refurb\w*|renovat\w*|redecorat\w*|refit|makeover of (?:our|the)|extension|building|garden|car ?park|parking lot|waiting[- ]room|reception area|paint ?job|new (?:chairs|carpet|floor|signage|sign))(?![a-z])/;
// "training before and after prostate surgery": the time around an event, not a picture.
const AROUND_AN_EVENT = /^ (?:the |your |a |an |each |every |their |his |her |any )?(?:[a-z-]+ )?(?:surgery|birth|delivery|pregnancy|treatment|procedure|operation|exercise|exercising|meals?|eating|school|work|sports?|training|workouts?|labou?r|chemo|chemotherapy|radiotherapy|radiation|travel|flights?|bed|sleep|injections?|vaccinations?|jabs?|feeds?|feeding)(?![a-z])/;
const BEFORE_AFTER = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])before\s*(?:\/|&|\+|-and-|-n-|-|–|—|➡️|➡|→|->|>|and|n|'n'?|vs\.?|to|then|\p{Extended_Pictographic}\uFE0F?)\s*after(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:swipe|scroll) (?:to see|for|through|right|left|if)|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:transformations?|makeover|(?<!(?<![a-z])(?:can|could|will|may|might|to|would|should|does|did|often|also|may not|won't|can't) )reveal)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// "sharing this X-ray", "here's a screenshot", "resharing this", "watch the moment".
const SHARING = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:sharing|share|shared|posting|post|posted|reposting|resharing|reshare|here's|here is|here it is|check out|look at|watch|filming|filmed|recorded|snapped)(?:\s+(?:this|these|her|his|their|the|a|an|our|of))?(?:\s+[\p{L}-]+){0,2}?\s+(?:x-?rays?|scans?|ultrasounds?|images?|shots?|footage|moment|smile|progress|reaction|journey|session|procedure)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:resharing this|reposting this|here it is)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// Consent wording shows a real person's image is being used.
// (A quotation opens and closes on its own, not inside a word: "Here's … Kateri's" quotes nothing.)
const STORY = /details (?:have been |were )?changed|(?:her|his|their) (?:own )?(?:story|words)|teaching case|quote|(?<![a-z])['"“‘][^'"”’]{20,}['"”’](?![a-z])/;
const INFORMATION = /(?<![a-z])(?:information|records?|access|results|notes|details|data)(?![a-z])/;
const CONSENT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:shared? (?:w\/|with) (?:(?:\p{L}+'s|\p{L}+s'|his|her|their|full|the) ){0,2}(?:permission|consent|blessing|ok)|(?:parents?|mum|mom|dad|family|she|he|they) said yes to (?:the|this|a) (?:pic|photo|picture|video|post)|(?:with|w\/) (?:full |signed )?(?:consent|permission) from|(?:said|says) (?:we could|it was (?:cool|ok|okay) to|to) (?:share|post)|(?:let|letting|allowed|allowing) us (?:to )?(?:post|share)|asked us to share (?:(?:her|his|their|the|these|this) )?(?:photos?|pics?|pictures?|videos?|clips?)|gave us (?:her|his|their) (?:blessing|permission|ok)|(?:mom|dad|parents?|family|she|he) said (?:share|post)|(?:said|says) ['"]?post it|with (?:a |the )?patient's (?:ok|okay|permission|consent))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// Consent said next to a photo or video ("a little video from clinic (parents gave consent)"); alone it may be about anything.
const CONSENT_GIVEN = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:parents?|mums?|moms?|mamas?|mommas?|mothers?|fathers?|dads?|famil(?:y|ies)|guardians?|patients?|she|he|they) (?:kindly )?(?:gave|have given|has given) (?:us )?(?:their |her |his |full |written |verbal )?(?:consent|permission|blessing)|(?:consent|permission) (?:given|granted|obtained)|(?:parents?|mums?|moms?|famil(?:y|ies)|guardians?|patients?|residents?) (?:have |had |all )?signed (?:a |the |their )?(?:photo(?:graphy)? |media |image |video )?(?:consent|release|permission)(?: forms?)?|(?:posted|shared|filmed|taken|used|pictured|photographed|shown|featured) with (?:their |his |her |full |written )?(?:consent|permission|blessing))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;
const THEIR_IMAGE_SHARED = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:share|shared|sharing|post|posted|posting|add|added|adding|put|popped|pop|stuck|feature|featured|featuring|upload|uploaded) (?:your|ur) (?:[a-z-]+ ){0,3}?(?:transformation|before ?(?:&|and|n|\/) ?after|before-and-after|after (?:pic|photo|shot)|photos?|pics?|pictures?|videos?|selfie|smile)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:your|ur) (?:[a-z-]+ ){0,2}?(?:transformation|before ?(?:&|and|n|\/) ?afters?|before-and-afters?|after (?:pics?|photos?|shots?)|photos?|pics?|pictures?|videos?|selfies?)(?: is| are| will be|'ll be| go| goes| went| have gone| has gone) (?:going )?(?:up|live|on|onto|in)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
// A question asking the person answered for leave to post: "Can we share your photo?", "Would you mind if we posted it?".
const ASKS_LEAVE = /^\W*(?:can|could|may) (?:we|i)(?![a-z])[^.!]*\?|^\W*(?:would you mind if|do you mind if|mind if|is it ok(?:ay)? if|would it be ok(?:ay)? (?:if|to)|would you be happy for us to|would you like us to|happy for us to)(?![a-z])[^.!]*\?/;
const sentenceOf = (doc: { lower: string; sentences: readonly Span[] }, at: number) => {
  const s = doc.sentences[sentenceAt(doc.sentences, at)];
  return doc.lower.slice(s.start, s.end);
};
// Talking about photo policy, or pictures with nobody in them (or only staff and paid models), is not sharing a patient.
const CALL_RECORDING = /(?:calls?|phone ?lines?|conversations?|voicemails?|messages?) (?:are |is |were |was |get |being |may be |will be )?(?:all )?record|record(?:ed|ing|s)? (?:of )?(?:all |the |your |our )?(?:calls?|phone|conversations?|voicemail)/;
const NO_PATIENT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:no patients? (?:was|were|is|are)? ?(?:involved|shown|pictured)|not a (?:real )?patient|no (?:real |actual )?patient|on a model|typodonts?|(?:training|teaching|demo|demonstration|practice) models?|(?:on|of|with|is|was|are|were) (?:a|an|the|our)(?: [\p{L}-]+){0,3} (?:mannequins?|manikins?|dummy|dummies|cpr doll)|(?:doesn't|does not|don't|do not|shouldn't|should not|never) (?:belong|go|appear) on|stopped posting|(?:can't|cannot|can not|don't|do not|won't|will not|never) (?:send|share|post|text|email) (?:images|photos|pictures|pics|videos|x-?rays|scans)|(?:can't|cannot|can not|won't|don't|do not) (?:share|say|confirm|tell you|disclose|name) who(?:'s| is| was| we)? (?:in|pictured|shown|featured)|don't post|do not post|never post|won't post|consent template|consent form|only (?:use|feature|show|photograph|film) (?:our )?(?:own )?(?:staff|team members?|(?:paid |professional )?models|actors|volunteers|stock)|(?:paid|professional) models|stock (?:photos?|images?|photography|footage))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');
// A reply agreeing to post the commenter's picture: "here it is", "resharing this".
const REPOST = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:we'll|we will|i'll|i will) (?:email|send|message|dm|text|post|share|forward|whatsapp) (?:it|them|those|these|the (?:photos?|pics?|pictures?|videos?))(?: (?:over|across|through|on))?(?! (?:when|once|if|as soon as)(?![a-z]))|here it is|here you go|resharing|reposting|sharing|we'll post|posting|here(?:'s| is| are) (?:the|your) (?:[a-z-]+ )?(?:photos?|pics?|pictures?|images?|videos?|scans?|x-?rays?))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// Nouns that name an image when a patient is in it ("the same patient's psoriasis at week 0 and week 16").
const CLINICAL_PHOTO = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:clinical photography|photography|intake screen|screenshot|pic|photos?|video|clip|reel|selfie|montage)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;

// "Swipe for pics of some of our regular little patients", "a video with a few of our residents": patients pictured as a
// group are each still identifiable.
// "[photo of people queuing for vaccines]", "Photo dump from Saturday's kids' vaccine clinic", "brave kids who let us snap their
// photo", "[photos of kaumātua being vaccinated]": people pictured while they get care are patients too.
const PATIENTS_PICTURED = /(?<![a-z])(?:pics?|photos?|pictures?|videos?|clips?|snaps?|footage|selfies?)(?: [a-z'-]+){0,6}? (?:of|from|with|featuring|starring) (?:(?:[^\s.!?\]]+ ){1,3}?being (?:vaccinated|immuni[sz]ed|jabbed|treated|examined|checked|screened|tested|weighed|measured|stitched|scanned)|(?:some of |a few of |all of |a couple of |two of |three of )?(?:our|these) (?:[a-z-]+ ){0,3}?(?:patients|kiddos|little ones|residents|clients)|(?:some |a few |the )?(?:people|families|kids|children|parents|mums|moms|dads|babies|patients) (?:(?:queu(?:e?ing)|lining up|waiting) (?:up )?for|getting|having) (?:their |a |the |an )?(?:[a-z-]+ )?(?:jabs?|vaccines?|vaccinations?|shots?|boosters?|checks?|check-?ups?|appointments?|tests?|screening|scans?|bloods|x-?rays?|treatment)|in (?:the )?(?:waiting room|dental chair|chair)|(?:their|your|our) (?:little ones|kids|kiddos|children|babies|toddlers|teens) (?:from|at|during) (?:their |the |a |his |her )?(?:[a-z'-]+ ){0,2}?(?:check-?ups?|appointments?|visits?|vaccinations?|jabs?|shots?|cleanings?|clinics?)(?: days?)?|(?:(?:this|last|today's|yesterday's|[a-z]+day's|the) )?(?:[a-z'-]+ ){0,3}?(?:vaccine|vaccination|flu|jab|immuni[sz]ation|baby|well-child|kids'|children's) (?:clinic|session|day|drive))(?![a-z])|(?<![a-z])(?:let|lets|letting|allowed|allowing) us (?:(?:snap|take|share|post|grab) (?:their|his|her|a) (?:photos?|pics?|pictures?|selfies?|snaps?)|(?:snap|photograph|film) (?:their|these|the|your) (?:[a-z-]+ ){0,2}?(?:little ones|kids|kiddos|children|babies|toddlers|teens|smiles|faces))(?![a-z])/g;

// "Our residents had a brilliant afternoon when the mascot came to visit! 📸", "Our residents enjoying the ceilidh 📸",
// "Photos from Smile Day! 40 local kids got free check-ups": a picture of the patients at the event.
const RESIDENTS_AT_EVENT = /(?<![a-z])(?:our (?:[a-z-]+ ){0,2}?(?:residents|patients|kiddos|little ones|clients) (?:all )?(?:out|had|having|enjoyed|enjoying|loved|loving|celebrated|celebrating|welcomed|welcoming|met|meeting|took part|taking part|joined|joining|got|getting|were|danced|dancing|sang|singing|made|making|baked|baking|planted|planting|painted|painting)|(?:\d+|dozens of|hundreds of|so many|lots of) (?:local |little |young |brave |happy )?(?:kids|children|people|patients|families|residents|students|pupils|babies|toddlers) (?:got|had|received|came (?:in |along )?for|lined up for|queued for) (?:(?:their|a|an|free|the) )*(?:[a-z-]+ ){0,2}?(?:check-?ups?|jabs?|vaccines?|vaccinations?|shots?|screenings?|tests?|cleanings?|checks?|fluoride|varnish|exams?))(?![a-z])/;
// "Photos from Saturday's walk with our diabetes support group": its members share a condition, and each is identifiable.
const SUPPORT_GROUP = /(?<![a-z])support groups?(?![a-z])/;
const FROM_CLINIC = /(?<![a-z])(?:today|today's|this morning|this morning's|yesterday|yesterday's|this week|last week|in clinic|from clinic|on the ward|in theatre|in resus)(?![a-z])/;
const ONE_OF_OURS = /(?<![a-z])one of (?:our|my) (?:[a-z-]+ ){0,3}?(?:patients|residents|clients|kiddos|little ones|runners|players|graduates|mums|moms|dads)(?![a-z])/;

const MEDIA_NOUN = '(?:photos?|pictures?|pics?|videos?|images?|posts?|clips?|footage)(?![a-z])';
const TAKEN_DOWN = new RegExp(`(?<![a-z])(?:(?:removed|deleted|taken down|took down|take down|taking down|remove|removing|delete|deleting|pulled|unpublished|hidden|hid)(?: (?:the|your|that|this|those|these|her|his|their|its))?(?: [a-z-]+){0,2} ${MEDIA_NOUN}(?! (?:of|from) (?:today|this|the (?:clinic|ward|surgery)))|(?:taken|took|take|taking|pulled) (?:the|your|that|this|those|these|her|his|their|its) (?:[a-z-]+ )?${MEDIA_NOUN} (?:down|off))`);
const CAMERA_DEVICE = /(?<![a-z])(?:bring|pack|charge|grab|bring along|don't forget)(?: (?:your|the|a|their|along))? $/;

export const rule: Detector = {
  id: 'patient-media',
  detect(doc, facts) {
    if (holdsInSentences(doc, NO_PATIENT)) return [];
    const media: (Span & { why: string })[] = [];
    for (const m of doc.phrases.mediaWords) {
      // "All calls are recorded": a phone recording, not a picture of anyone.
      if (CALL_RECORDING.test(doc.lower.slice(Math.max(0, m.start - 30), m.end + 20))) continue;
      // "1,400 video consults", "a video appointment": care by video call, not a picture of anyone.
      if (/^videos?$/.test(doc.lower.slice(m.start, m.end)) && /^[ -](?:consults?|consultations?|appointments?|appts?|calls?|visits?|clinics?|links?|reviews?|assessments?|sessions?|check-?ins?)(?![a-z])/.test(doc.lower.slice(m.end, m.end + 16))) continue;
      // "switched the TV to health videos", "our exercise videos": made to teach, not pictures of a patient.
      if (/(?:^|[^a-z])(?:health|educational|education|information|info|explainer|exercise|training|how-to|instructional|youtube) $/.test(doc.lower.slice(Math.max(0, m.start - 16), m.start))) continue;
      // "Some controlled medicines need photo ID": a document, not a picture of anyone.
      if (/^ ?(?:id|identification|card|licen[cs]e|pass)(?![a-z])/.test(doc.lower.slice(m.end, m.end + 16))) continue;
      if (/^before/.test(doc.lower.slice(m.start, m.end)) && AROUND_AN_EVENT.test(doc.lower.slice(m.end, m.end + 40))) continue;
      // "We've removed the photo from the album", "bring your cameras": taking a picture down, or the device, shares nobody.
      if (TAKEN_DOWN.test(sentenceOf(doc, m.start)) || (/^cameras?$/.test(doc.lower.slice(m.start, m.end)) && CAMERA_DEVICE.test(doc.lower.slice(Math.max(0, m.start - 24), m.start)))) continue;
      // "Without the full picture we can't investigate", "the bigger picture": what is known, not a picture.
      if (/^picture$/.test(doc.lower.slice(m.start, m.end)) && /(?:^|[^a-z])(?:full|fuller|bigger|whole|clearer|clear|complete|overall|better|broader|wider) $/.test(doc.lower.slice(Math.max(0, m.start - 10), m.start))) continue;
      // "Picture a farmer in her 50s who…": imagine, not a picture.
      if (/^picture (?:a|an|this|yourself|the scene|it)(?![a-z])/.test(doc.lower.slice(m.start, m.end + 16)) && /(?:^|[.!?:]\s+|\n)$/.test(doc.lower.slice(Math.max(0, m.start - 3), m.start))) continue;
      media.push({ start: m.start, end: m.end, why: `${quote(doc, m)} is a photo or video` });
    }
    for (const e of MEDIA_EMOJI) for (let i = doc.text.indexOf(e); i >= 0; i = doc.text.indexOf(e, i + e.length)) media.push({ start: i, end: i + e.length, why: `the ${e} emoji shows a photo or video` });
    // "Before & after — the waiting-room refurbishment": a picture of the premises.
    const beforeAfter = matchAll(doc, BEFORE_AFTER).filter((m) => !AROUND_AN_EVENT.test(doc.lower.slice(m.end, m.end + 40)));
    for (const m of beforeAfter) if (!PREMISES.test(doc.lower.slice(m.end, m.end + 60))) media.push({ ...m, why: `${quote(doc, m)} is a before/after picture` });
    const shared = matchAll(doc, SHARING);
    for (const m of shared) media.push({ ...m, why: `${quote(doc, m)} shares an image` });
    // "Sharing this X-ray from today's clinic": a scan or X-ray taken on a day of clinic is a patient's.
    const clinicalImage = shared.some((m) => /x-?rays?|scans?|ultrasounds?/.test(m.match[0])) && FROM_CLINIC.test(doc.lower);
    // "Shared with permission, details changed: 'I kept waiting…'": a story or a quote, with no picture named.
    const storyOnly = media.length === 0 && STORY.test(doc.lower);
    // ("a family member can be given access with a patient's consent": consent to share information, not a picture.)
    // ("His mama gave us permission to post it" to "Saw the pic y'all posted of my neighbor's boy": the picture the comment names.)
    const photoInComment = doc.addressed && tests(CLINICAL_PHOTO, doc.context.lower);
    const consent = storyOnly ? [] : [...matchAll(doc, CONSENT), ...(media.length || photoInComment ? matchAll(doc, CONSENT_GIVEN) : [])].filter((m) => media.length > 0 || !INFORMATION.test(sentenceOf(doc, m.start)));
    for (const m of consent) media.push({ ...m, why: `${quote(doc, m)} shows a real person's image is being shared` });
    // A reply that agrees to post the picture the commenter sent, or sends the one they ask for ("Here's the photo Dr Ashby took").
    const repost = photoInComment ? REPOST.exec(doc.lower) : null;
    if (repost) {
      const span = { start: repost.index, end: repost.index + repost[0].length };
      media.push({ ...span, why: `${quote(doc, span)} shares the picture the comment speaks of` });
    }
    // "We just added your lip filler after pic to the gallery": the picture of the person answered.
    // ("Can we share your lovely photo on our page?": asking leave to post it shares nothing yet.)
    const theirs = doc.addressed ? matchAll(doc, THEIR_IMAGE_SHARED).filter((m) => !ASKS_LEAVE.test(sentenceOf(doc, m.start))) : [];
    for (const m of theirs) media.push({ ...m, why: `${quote(doc, m)} shares the picture of the person this reply answers` });
    if (doc.input.hasMedia) media.push({ start: 0, end: Math.min(doc.text.length, 1), why: 'a photo or video is attached' });
    const pictured = matchAll(doc, PATIENTS_PICTURED)[0];
    const residents = !pictured && media.length > 0 && !doc.addressed ? RESIDENTS_AT_EVENT.exec(doc.lower) : null;
    // ("Photos of the new waiting room are up! Our diabetes support group moves there": a picture of the premises.)
    const ofPeople = () => media.some((m) => !PREMISES.test(doc.lower.slice(m.end, m.end + 60)));
    const supportGroup = !pictured && !residents && !doc.addressed && ofPeople() ? SUPPORT_GROUP.exec(doc.lower) : null;
    const gathered = residents ?? supportGroup;
    const group: Span | undefined = pictured ?? (gathered ? { start: gathered.index, end: gathered.index + gathered[0].length } : undefined);
    if (group) media.push({ start: group.start, end: group.end, why: `${quote(doc, group)} pictures patients` });
    if (media.length === 0) return [];

    // Someone specific must be in it: a patient's name, "she", "this sweet girl", "our patient", or consent wording.
    // The commenter asking to have their own picture posted is the person in it.
    // ("the photo of Mum at the party": of their relative, by the name the family calls them.)
    // ("can u send me the photos of Isla from the birth?": of someone at their care.)
    const ofCommenter = doc.addressed && /(?<![a-z])(?:of me|of my|of (?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|pop|poppa)|me and|my (?:pic|photo|video)|of [a-z'-]+ (?:from|at|during) (?:the|my|her|his|their|our) (?:birth|delivery|appointment|visit|op|operation|surgery|scan|check-?up|jab|vaccination))(?![a-z])/.test(doc.context.lower);
    // In a reply the person answered is in the picture only when their comment says so ("a video that may help you").
    const addresseeName = (a: { start: number }) => doc.people.some((p) => p.addressee && p.start === a.start);
    const person = facts.anchors.find((a) => (a.kind !== 'you' && !(doc.addressed && addresseeName(a))) || ofCommenter) ?? doc.people.find((p) => isPatientMention(p) && !(doc.addressed && p.addressee));
    // One patient (not "every patient" or "patient education").
    const patientWord = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?<![a-z]-)(?<!(?<![a-z])(?:every|each|any|no|new|per|very|so|too|most|more|less|super|extremely|incredibly|really|quite) )patient(?:'s)?(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF-])(?! (?:education|portal|safety|experience|forms?|intake|privacy|records?|care|advocate|survey)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]))/u.exec(doc.lower);
    // "one of our stroke rehab patients", "one of our marathon runners": one person, though the noun is plural.
    const oneOfThem = holdsInSentences(doc, ONE_OF_OURS);
    // A before/after of a treatment always shows the person treated.
    const treated = beforeAfter.length > 0 && doc.health.some((h) => h.kind === 'procedure' || h.kind === 'condition');
    // "Here's the photo Dr Ashby took" to "send me the photo you took of my rash": the commenter is in it.
    const commenterPictured = !!repost && ofCommenter;
    if (!person && !patientWord && !oneOfThem && !group && consent.length === 0 && !treated && theirs.length === 0 && !clinicalImage && !commenterPictured) return [];
    const who = theirs.length || commenterPictured ? 'it is of the person answered' : group ? 'each patient in it is identifiable' : person ? `${quote(doc, person)} is a specific person` : patientWord || oneOfThem ? 'it is of a patient' : treated ? 'a before/after of a treatment shows the person treated' : clinicalImage ? "an X-ray or scan from a day's clinic is a patient's" : 'consent wording shows a real person is pictured';
    media.sort((a, b) => a.start - b.start);
    const first = media[0];
    const hit: Hit = {
      start: first.start,
      end: first.end,
      message: "Shares a patient's photo or video. Consent in a comment is not a written HIPAA authorization.",
      why: `${first.why}, and ${who}.`,
    };
    return [hit];
  },
};
