// A specific person's condition, symptom, treatment, medication, test result, pregnancy or recovery.
// A health word counts only when it is about one person: the same sentence points at them (a name,
// "you" in a reply, "she", "a 44-year-old mechanic"), a reply refers to "the" or "that" treatment they
// have, the comment said it was theirs, or the message shows their picture. General education full of
// medical words stays quiet.
import { asksInGeneral, givesThemAState, opensReply, spokeInPublicAbout, toEveryReader, WHOEVERS_BEFORE, type Anchor } from '../anchors';
import { matchAll, quote, type Detector, type Hit } from '../detector';
import type { Doc, HealthTerm, MessageText } from '../doc';
import { priced, sentenceAt, tests, type Span } from '../text';
import { careTies, L, RELATIVES } from '../care-ties';
import { holds, testWhole } from '../required-words';
import { EMERGENCY_NUMBERS } from '../vocabulary';
import { CARE_NOUNS, possessedCare, VACCINE_DOCUMENT_AFTER } from '../possessed-care';

// Phrases that are about one person by themselves: "6 weeks post-op", "recovering from", "7lb 3oz".
// "Your husband's in hospital", "she's still in ICU" (not "we're in the hospital's new wing"): tried only where the text holds
// one of its gate words, and read from "in" back to the person.
const IN_HOSPITAL_WORDS = ['hospital', 'icu', 'intensive care'];
const IN_HOSPITAL = /(?<![a-z])in (?:hospital|the hospital|icu|the icu|intensive care)(?![a-z])(?<=(?<!(?:^|[^a-z])(?:we|i|you|u|it|that|this|there|what|who|here|where|everyone|anyone|someone))(?:'s|'re| is| was| has been| are| were) (?:(?:still|now|back|currently) )?in [a-z ]+)/g;
const SELF_ANCHORED =
  new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])(?:\d+\s*(?:days?|weeks?|wks?|months?|mos?)\s+post[- ]?op|post[- ]?op day \d+|day \d+ post[- ]?op|(?:been|is|are|stayed|staying|getting) sober|measuring (?:right )?(?:on track|ahead|behind|small|big)|(?:on|about) (?:the|your|an) all[- ]clear|recovering from|recovery from|(?:mum|mom|mother|mama) and (?:baby|bub|bubs|babe|twins|son|daughter|little one)(?: are| were|'re)? (?:both |all )?(?:doing (?:well|great|brilliant|fine|beautifully)|well|healthy|home and well|resting)|(?:his|her|their|my) (?:dodgy|gammy|bad|crook|wonky|dicky|sore|injured|broken|busted) (?:knee|knees|back|hip|hips|ankle|ankles|shoulder|shoulders|wrist|foot|feet|leg|legs|neck|elbow|hamstring|achilles)|get well soon(?! to (?:everyone|everybody|all|anyone|those|our (?:community|town|patients)))|(?:feel|feeling) better soon|(?<=(?:^|[.!?] |\p{Extended_Pictographic}\uFE0F? ))feel better(?=,? (?:kiddo|buddy|bud|champ|mate|hun|love|sweetie|kid|little one|lil one|little man|pal|[a-z]+ *(?:[!.]|$))|[!.]|$)|(?:your|ur|her) (?:[a-z-]+ ){0,2}?(?<!(?<![a-z])(?:date|place|country|year|time) of )birth(?! (?:certificates?|cert|dates?|control|rates?|registration|day)|day|s)|healing (?:vibes|thoughts|wishes|hugs)|back to (?:his|her|their|your|ur) (?:old |usual |normal |cheeky |happy |bouncy |bubbly )?(?:self|selves)|heal(?:ed|ing) (?:up )?(?:so |really )?(?:nicely|well|beautifully|perfectly|brilliantly)|\d+\s?(?:lbs?|pounds?)\s?,?\s?\d+\s?(?:oz|ounces?)|\d+ (?:weeks?|wks?) (?:pregnant|along)|congrat[a-z]* (?:again )?on (?:making it|getting|reaching|hitting) (?:through |past |to )?(?:the |your )?(?:first|second|third|1st|2nd|3rd|\d+-week) (?:trimester|scan)|congrat[a-z]* (?:again )?on (?:the (?:safe )?(?:arrival|birth) of )?(?:your|the) (?:new |little |beautiful |gorgeous |precious |sweet |healthy |lovely |bouncing |baby )*(?:baby|little (?:girl|boy|one|man|lady)|bundle of joy|arrival|newborn|twins|triplets)(?![a-z])|(?:is|she's|i'm|you're) (?:expecting|pregnant)|(?:you|she) had (?:a|an|such a|the) (?:[a-z-]+ ){0,2}?(?:birth|delivery|labour|labor)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:whole |full )?(?:years?|yrs?|months?|days?|weeks?) (?:sober|smoke[- ]free|vape[- ]free|alcohol[- ]free|drink[- ]free|clean)|(?:has|have|'s|'ve) (?:now |officially )?been (?:sober|smoke[- ]free|vape[- ]free|alcohol[- ]free|drink[- ]free) for (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:whole |full )?(?:years?|months?|weeks?|days?)|(?:came|come|coming) back (?:benign|negative|positive|normal|clear|high|low)|(?:test|tests|result|results|biopsy|scan|swab|screen|screening|culture|smear|it|covid|strep|mri|x-?ray|ultrasound) (?:came back |was |were |is )(?:negative|positive|benign|malignant)|(?:test|tests|results?|biops(?:y|ies)|scans?|swabs?|smear|lab|labs|bloods|blood work|bloodwork|mri|x-?rays?|ultrasound|histology|pathology) came back (?:all )?(?:clear|normal|fine|ok|okay|good)|tested (?:negative|positive)|(?:the|your) (?:positive|negative|all-clear|clear) (?:pregnancy )?(?:result|test|scan|smear)s?|no cavities|(?:your|his|her|the) (?:first|second|third|next|last|final|booster) (?:dose|shot|round)|(?:your|his|her) (?:counsell?or|therapist|psychiatrist|psychologist|oncologist|surgeon|cardiologist)|arrival of (?:your|his|her|their) (?:little one|baby|new baby|bundle of joy)|(?:your|his|her|their) (?:new )?baby's arrival)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// A birth told of one baby: "Welcome to the world, baby Finlay! Born at 3:12am…", "delivered twins for a 44-year-old",
// "the calmest 4.1kg baby she's delivered", "little Clodagh's arrival" (not "babies born before 37 weeks", any baby).
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
// "Dr. Lindqvist, who welcomed a baby boy on Tuesday", "she had a little boy last week": a birth told of someone.
const WELCOMED_A_BABY = /(?<![a-z])(?:welcomed|had|gave birth to) (?:a |her |their )?(?:(?:healthy|beautiful|gorgeous|bouncing|new|little|baby|twin|first|second|third) )*(?:baby|son|daughter|boy|girl|twins|boys|girls)(?![a-z])/g;
const EXPECTING = /(?<![a-z])(?:is|'s|who's|who is|are|'re) (?:now )?expecting (?:her|his|their|a|our) (?:first |second |third |fourth |fifth |\d+(?:st|nd|rd|th) |new )?(?:baby|child|bub|little one|twins)(?![a-z])/g;
const BIRTH_WORDS = ['world', 'born', 'deliver', 'arriv'];
const BIRTH = new RegExp(String.raw`(?<![a-z])(?:welcome to the world|born (?:here|(?:at|in) (?:our|the) (?:[a-z-]+ )?(?:birth|maternity|labou?r|delivery|unit|pool|ward|centre|center|suite|hospital)|(?:at|in) our|this (?:morning|afternoon|evening|week)|(?:yesterday|today|overnight|last night|last week)|(?:on |at )?(?:the )?\d{1,2}(?:[:.]\d\d|st|nd|rd|th)?(?: ?[ap]m)?(?: (?:on|of) (?:the )?\d{1,2}(?:st|nd|rd|th)?)?(?: (?:${MONTHS})[a-z]*| ?[ap]m|[:.]\d\d)|on (?:${MONTHS})[a-z]* \d|to (?:proud )?(?:parents|mum|mom|mam|mama)|with (?:our|the help of)|at \d+\+?\d* (?:weeks|wks))|delivered (?:(?:a|her|their|his|my|our|both) )?(?:(?:healthy|beautiful|gorgeous|bouncing|baby|little|new) )*(?:baby|boy|girl|twins|triplets|son|daughter)|delivered (?:my|our|her|his) (?:[\d,]+(?:st|nd|rd|th)|first|hundredth|thousandth) baby|(?:baby|babies|twins|one) (?:she|he|i|we)(?:'s| has| have|'ve)? (?:ever )?delivered|(?:little|baby) [a-zß-ɏ]+'s arrival|(?:baby|bub|little one|newborn|twins|triplets)(?: [a-zß-ɏ]+)? (?:arrived|made (?:her|his|their) (?:entrance|arrival)) (?:at \d|on |safely|early|this|last|yesterday|today|in (?:our|the))|(?:first|1st) baby of (?:the year|20\d\d|the new year)|(?:safely )?delivered by (?:our|the) (?:[a-z-]+ )?(?:midwives|midwife|team|obstetricians?|doctors?|birth team) (?:on|at|yesterday|today|this|last|overnight))(?![a-z])`, 'g');
// "Esperamos que Mateo ya esté mejor", "espère que votre fils se remet bien", "melhoras!": get-well wishes in Spanish,
// French, Portuguese, German, Italian, Dutch, Afrikaans, Welsh, Arabic and Vietnamese.
const FOREIGN_GET_WELL_WORDS = ['mejor', 'mejore', 'recupera', 'remet', 'rétabli', 'melhora', 'bom logo', 'besserung', 'guari', 'herstel', 'gwella', 'gwellhad', 'beterschap', 'beterskap', 'الشفاء', 'سلامت', 'شفا', 'khỏe', 'bình phục'];
const FOREIGN_GET_WELL = /(?<![a-zA-Z\u00C0-\u024F])(?:(?:ya )?(?:esté|estés|estén|se sienta|te sientas|se sientan|siga|sigas) (?:mucho |ya )?mejor|(?:se|te) mejore(?:s|n)? pronto|que te mejores|(?:pronta|rápida) (?:recuperación|mejoría)|(?:se|te) (?:está|estás|esté|estés|vaya|vayas) recuperando|se remet(?:te)? (?:bien|vite)|(?:bon|prompt) rétablissement|(?:melhoras|fique bom logo|fica bom logo|fique boa logo|boa recuperação|rápida recuperação)|gute besserung|pronta guarigione|guarisci presto|(?:succes|sterkte) met (?:het|je|jouw|uw|die|jou) herstel|(?:que vous soyez|vous êtes|que tu sois|tu es) (?:bien |complètement |enfin )?rétabli(?:e|s|es)?|(?:gobeithio|gobeithiwn) (?:bod |y bydd )?(?:eich|dy) (?:[a-zâêîôûŵŷäëïöüáéíóú'-]+ ){1,2}?yn gwella|gwellhad buan|(?:veel )?beterschap|spoedig herstel|(?:spoedige )?beterskap|spoedige herstel|الشفاء العاجل|ألف سلامة|سلامتك|شفاك الله|شفاه الله|شفاها الله|mau khỏe|chóng khỏe|sớm bình phục)(?![a-zA-Z\u00C0-\u024F])/g;
// "We hope your recovery goes smoothly".
const THEIR_RECOVERY = /(?<![a-zA-Z\u00C0-\u024F])(?:your|ur|his|her) (?:(?:speedy|quick|smooth|full|continued|ongoing) )?recovery(?![a-zA-Z\u00C0-\u024F])/g;
// "So glad your mum can hear the grandkids again", "walking without the cane by week 5": what their treatment gave back.
const ABLE_AGAIN = /(?<![a-zA-Z\u00C0-\u024F])(?:(?:you|he|she|they|(?:your|ur|his|her|their) [a-z-]+)(?:'re| are| is|'s)? (?:can|could|able to) (?:finally |now |actually )?(?:(?:hear|read|chew|walk)(?: [a-z-]+){0,3}? (?:again|properly|clearly|without (?:pain|glasses|the|a|his|her|their|your))|(?:see|sleep|breathe|run|smile|drive|eat) (?:normally |properly )?(?:again|properly|clearly|without (?:pain|glasses)))|(?:walking|running|standing|driving|climbing stairs)(?: [a-z-]+){0,4}? without (?:the|a|your|his|her|their) (?:cane|crutches?|stick|walker|frame|brace|sling|boot|oxygen|wheelchair))(?![a-zA-Z\u00C0-\u024F])/g;
const TREATMENT_WORKS = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:the|your|ur|his|her|their) (?:new )?(?:[a-z-]+ ){0,2}?(?:drops|meds|medication|medicine|pills|tablets|cream|ointment|inhaler|adjustments?|exercises|stretches|brace|splint|treatment|therapy|sessions|physio|antibiotics?|injections?|shots?|aligners|retainer|hearing aids?|glasses|lenses|insoles|orthotics|cpap|night guard|patch|hip|knee|joint|shoulder|valve|pacemaker|implants?|dentures|crowns?|veneers|drip|iv|fluids|nebuli[sz]er|steroids?|jab|vaccine|stitches)(?:(?: (?:is|are|have been|has been|seem to be|seems to be)|'s|'re) (?:really |finally |already |still |clearly |definitely |obviously )?(?:helping|working|kicking in|doing the trick|making a difference|paying off)| (?:really |finally |clearly |definitely )?(?:did the trick|worked (?:a treat|wonders|its magic|like a charm)|made (?:a|such a|all the) (?:big |huge |real )?difference))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
const LAB_VALUE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:hba1c|a1c|alt|ast|ldl|hdl|tsh|psa|egfr|inr|glucose|blood sugar|sugar|bp|blood pressure|cholesterol|ferritin|vitamin d|b12|ha?emoglobin|platelets|wbc|crp|esr|creatinine|potassium|sodium|iron|oxygen|sats|heart rate|pulse)(?: levels?| reading)? (?:of|was|is|at|came back at|came back|reading of|reading was) (?:about |around |only |just )?\d[\d.,/]*(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;
// Well-wishes about someone's health: after "hope", "glad"…, the person (you, your son, he, the ear) and how
// they are doing (captured). A forward match: a look-behind here was tried at every position, three times slower.
// ("So glad you got him to us quickly and that his breathing settled": a second wish after "and that", read forward from
// the first.)
const BACK_AT_IT = / back (?:out |up )?(?:in|on|at|to) [a-z]+(?: [a-z-]+)?\W*$/;
const WELL_WISH = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:hope|hoping|glad|pleased|thrilled|happy|relieved|sorry|wishing|(?:let|tell) (?!us |me )[a-z.]+(?: [a-z.]+)?? know(?! (?:if|whether|when|how|what))|tell (?!us |me )[a-z.]+(?: [a-z.]+)??(?= (?:you|he|she|they)(?:'re| are| is|'s) )|(?:great|good|lovely|fab|fantastic|brilliant|amazing|awesome|wonderful|nice) to hear|delighted)(?: [^.!?]{1,60}? and(?= that ))?(?: to (?:hear|know|see))?(?: that)? (?:[a-z\u00DF-\u024F']+ ){0,2}?((?:(?:you|he|she|they)(?:'re |'ve been |'ve |'s |'s been |'ll be | are | is | have been | has been | were | was | will be | )|(?!(?:everyone|everybody|someone|somebody|it|that|what|there|who|here|everything|nobody|one)'s)[a-z\u00DF-\u024F]+'s (?:been )?|(?!(?:everyone|everybody|someone|somebody|it|that|what|there|who|here|everything|nobody|one|this|all|we|i|you|he|she|they|things|life|work) )[a-z\u00DF-\u024F]+ (?=(?:is|was|has been|seems|keeps|can) )|your (?:[a-z\u00DF-\u024F-]+ ){1,2}?|his (?:[a-z\u00DF-\u024F-]+ ){1,2}?|her (?:[a-z\u00DF-\u024F-]+ ){1,2}?|their (?:[a-z\u00DF-\u024F-]+ ){1,2}?|(?:the|that|this) (?:[a-z\u00DF-\u024F-]+ ){1,2}?)(?:is |are |was |has been |have been |been |'s |'re |'ve been |seems |keeps |will be |'ll be |isn't |aren't |is not |are not |wasn't |not )?(?:still |now |finally |slowly |already |really |so much |much |both |all |getting |feeling |starting to feel |too )*(?:feel(?:s|ing)? (?:(?:much|so much|a lot|loads|heaps|a bit|a little) )?(?:better|stronger|brighter|worse|unwell|poorly|rough|more like)|holding up|recover(?:ing|ed|s)?(?: well)?|heal(?:ing|ed|s)?(?: up)?|clear(?:s|ed|ing)? up|settl(?:ing|ed|es)(?: down)?|improv(?:ing|ed|es)|on the mend|in recovery|in a (?:much |far |way )?better (?:place|headspace|space)|(?:ok|okay|fine|alright|all right) now|behaving(?: (?:itself|themselves|yourself|himself|herself))?|back on (?:your|his|her|their) feet|back (?:where (?:it|they) belongs?|in (?:place|its socket|the socket)|to normal)|back to [a-z-]+ing(?: [a-z-]+){0,3}? and (?:feeling|getting|doing) (?:(?:much|so much|a lot|loads|heaps) )?better|fading|under control|doing (?:better|so much better)|getting (?:better|on well|stronger)|(?:doing|feeling) (?:so )?(?:well|great|good|ok|okay|better) (?:after|since|post|following)|breathing (?:easier|better|more easily)|sleeping (?:better|through)|eating (?:again|better)|in pain|sore|unwell|poorly|struggling with|suffering|(?:suiting|agreeing with) (?:you|him|her|them)|(?:feeling )?(?:like )?(?:yourself|himself|herself|themselves|your old self|his old self|her old self) again|feel(?:s|ing)? (?:(?:so much|much|a lot|loads|a bit) )?(?:freer|looser|comfier|more comfortable|more mobile)|can (?:now |finally |actually )?(?:see|hear|walk|run|chew|eat|sleep|breathe|read|drive|bend|lift|swallow)(?: [a-z'-]+){0,4}? (?:again|now|properly|clearly|comfortably|without (?:pain|glasses|squinting|limping))|enjoying (?:hearing|seeing|walking|running|chewing|eating|sleeping|reading|driving)(?: [a-z'-]+){0,4}? (?:again|clearly|properly)|(?:doing|feeling) (?:so )?(?:well|great|good|fine|better) now|back (?:in|at) (?:class|school|nursery|kindy|kindergarten|daycare|preschool|work|training|uni|college)|back (?:out |up )?(?:in|on|at) (?:the |his |her |their |your |two )(?:garden|pitch|court|field|pool|gym|water|road|track|course|slopes|trail|bike|horse|board|wheels|dance floor|stage|feet)|back to (?:his|her|their|your) (?:usual|old|normal) (?:[a-z]+ )?(?:self|selves|mischief|tricks|routine|antics)))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
const MOTHER_AND_BABY_WELL = /(?<![a-z])(?:you|mum|mom|mama) and (?:the |your |little |new )?(?:baby|bub|bubs|little one|newborn)(?: [a-z]+)?(?: are| are both|'re|'re both| both| is| keeping| doing| settling)+ (?:(?:so |really |all )?(?:well|brilliantly|great|fine|wonderfully|beautifully|good|ok|okay|in)(?: at home| together)?|settling in)(?![a-z])/g;
// The practice treated someone in particular (past, one person or a few): not "we treat sprains", "we saw 300 people".
// "the junior whose poison ivy we diagnosed", "the young mum whose sepsis our team nearly missed": one case, told
// (confirms-patient reads the same words as a patient tie).
export const WHOSE_CASE = `whose (?:[${L}'-]+ ){1,4}?(?:we|i|dr\\.? [${L}]+|(?:our|the) (?:[${L}-]+ ){0,2}?(?:team|doctors?|nurses?|gps?|physios?|dentists?|surgeons?)) (?:just |nearly |almost |finally |quickly |successfully )?(?:treated|diagnosed|caught|spotted|missed|fixed|stitched|removed|saw|set|repaired|delivered)(?![${L}])`;
// "Case of the week from our Moab urgent care: a 34-year-old river guide…", "Reflecting on a case from last winter: a
// deckhand pulled from…": one patient's case, told (not a composite or hypothetical one made up to teach).
export const CASE_TOLD = `(?<!(?<![a-z])(?:composite|hypothetical|fictional|imaginary|invented|made-up|typical|common|classic|textbook|sample|example) (?:[${L}]+ )?)(?:(?:interesting|memorable|fascinating|humbling|rewarding|tough|tricky|unusual|recent|challenging|great|teaching) )?case(?: (?:of the (?:week|month)|study|reflection|learning|for discussion|for (?:fellow )?(?:clinicians|colleagues)))?(?! ?\\((?:[${L}, -]+ )?(?:composite|hypothetical|fictional|imaginary|invented))(?: (?:from|at|in|this|last|on)(?: [^:.!?\\n]{1,60}?)?)?: (?:an?|one) (?:[${L}0-9'-]+ ){0,3}?(?:\\d{1,3}-(?:year|month|week)-old|(?:man|woman|boy|girl|teen|teenager|toddler|baby|infant|gentleman|lady|mum|mom|dad|resident|deckhand|hiker|climber|farmer|rancher|teacher|driver|worker|player|athlete|runner|student|skipper|fisherman|guide|instructor|nurse|miner|pilot|chef|hawker)s?(?![${L}]))`;
const TREATED_SOMEONE = new RegExp(`(?<![a-z])(?:${WHOSE_CASE}|${CASE_TOLD}|(?:we|we've|we have|our (?:[a-z-]+ ){0,3}?(?:team|doctors?|nurses?|clinic|urgent care|staff|paramedics?|gps?|physios?|dentists?|midwives|midwife|crew)|dr\\.? [a-z]+|nurse [a-z]+) (?:just |recently |also |(?:yesterday|today|this week|last week|last night|on [a-z]+day) )?(?:treated|saw|spotted|diagnosed|caught|stitched|stitched up|patched up|looked after|cared for|airlifted|resuscitated|revived|admitted|delivered) (?:a|an|one|two|three|four|five|this|another|little|young|[1-9](?![0-9,]))(?![a-z])(?! (?:\\d|rise|increase|spike|surge|jump|drop|fall|big|huge|sharp|steady|record|lot|number|range|wave|few)(?![a-z])))`);
const BARE_SUBJECT = /^(?!(?:you|he|she|they|your|his|her|their|the|that|this|ur)(?![a-z]))[a-z\u00DF-\u024F]+ (?:is|was|has been|seems|keeps|can) /;
// "Sorry he's unwell! We can't advise here — please call…": sympathy on the way to a redirect (read in the WELL_WISH loop).
const SYMPATHY = /^sorry (?:to hear )?(?:that )?/;
const VAGUE_ILL = /(?:unwell|poorly|rough|under the weather)$/;
// The state ends there: "sorry you're unwell.", not "unwell since the new tablets".
const SAID_ALONE = /^(?! (?:after|since|from|with|following|because|on|about)(?![a-z]))(?:\s*$|[ .!,;:—–-])/;
const REDIRECTED = /(?:can't|cannot|can not|unable to|not able to|don't|do not|won't) (?:give |offer |provide )?(?:medical |individual |personal |clinical )?(?:advise|advice|assess|diagnose|check|examine)|(?:call|ring|phone|contact|give) (?:us|our|the|111|911|999|000|112|healthdirect|healthline)(?![a-z])/;
const BACK_SOON = /(?<![a-z])(?:hope|hoping|fingers crossed|here's hoping)(?: that)? (?:(?:you|he|she|they)(?:'re|'s|'ll be| are| is| will be)|(?:the|that|your|his|her) [a-z-]+(?:'s| is))(?: [a-z-]+){0,2}? (?:back (?:on|to|at|in) (?:the |his |her |their |your )?[a-z-]+(?: [a-z-]+)? (?:soon|in no time|before long|again)|feel(?:s|ing)? (?:a (?:bit|lot|little) )?less (?:grim|sore|rough|achy|painful|awful|miserable|tender|swollen|itchy|tight))(?![a-z])/g;
// Wishing them through their recovery or treatment: "wishing you a smooth recovery", "as you go through treatment".
const LUCK_FOR = /(?:fingers crossed|good luck|best of luck|all the best|best wishes|thinking of you|rooting for you|wishing you luck|wishing you well) (?:for|with|on|at) (?:your |the |this |next |tomorrow's |today's |[a-z]+day's )?(?:[a-z-]+ )?$/;
const RECOVERY_WISH = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:wish(?:ing|es)?|hope|hoping|here's to) (?:(?:you|him|her|them|your [a-z]+) )?(?:a |an |for a )?(?:speedy|smooth|quick|swift|full|easy|good) recovery|(?:wish(?:ing)? (?:you|him|her|them) (?:well|all the (?:very )?best|luck|the (?:very )?best|every success)|as (?:you|he|she|they) (?:go|are going|start|begin|get) through) (?:with )?(?:your |the |his |her |their |this )?(?:next |ongoing |continued |upcoming )?(?:treatment|recovery|surgery|operation|chemo\w*|radiotherapy|rehab\w*|ivf|cycle|procedure))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
const YOUR_OWN_ADVISER = /^(?:your|ur) (?:own )?(?:pharmacist|gp|doctor|midwife|prescriber|dentist|nurse|health visitor|specialist|consultant|optometrist|physio|situation|own situation)(?![a-z])/;
const SAID_GENERALLY = /(?<![a-z])(?:generally|usually|typically|in general|the evidence|evidence (?:for|suggests|shows)|people with|most people|anyone|everyone|low-risk|we offer|our (?:[a-z-]+ ){0,2}?(?:offer|offers|support|supports|provide|provides|run|runs))(?![a-z])/;
// Check-ups and cleanings confirm a visit but say nothing about someone's health.
const ROUTINE = /^(?:(?:annual |routine |sports? |school |back-to-school |well-child |well-woman |well-baby |new patient |first |eye |dental |vision |hearing |comprehensive )?(?:physicals?|check-?ups?|exams?|visits?|cleanings?|appointments?|consults?|consultations?|screenings?)|growth check)$/;
// Home care suggested in a reply is advice, not the person's health information.
const HOME_CARE = /^(?:(?:warm |cold |ice )?compress(?:es)?|ice|heat|fluoride(?: paste| toothpaste)?|toothpaste|floss(?:ing)?|brushing|rest|fluids|humidifier|honey|sunscreen|spf|pressure|elevation|stretching|stretches|exercise|exercises|sleep|water)$/;
// An injury written as a verb: "two chipped front teeth", "a fish hook through his thumb", "his crushed hand".
const INJURY = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:chipped|broken|broke|fractured|cracked|sprained|torn|tore|dislocated|bruised|swollen|infected|split|sliced|burn(?:ed|t)?|twisted|pulled|knocked out|crushed|smashed|severed|snapped|gashed|mangled|ruptured|bleeding|sore|hurt|injured|stiff|numb|through (?:his|her|their|your|the))(?:\s+[\p{L}-]+){0,2}?\s+$`, 'u');
const GROUP_BEFORE = /(?<![a-z])(?:everyone|everybody|all|people|patients|kids|children|families|anyone|parents|adults|teens|teenagers|those|many|most|members)(?![a-z])/;
// "her lungs", "the little guy's arm", "that ankle": one person's body part.
// ("the whole team's faces": a group's, nobody's in particular.)
const POSSESSED = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:his|her|their|that|those|(?!(?:team|staff|crew|everyone|everybody|anyone|anybody|someone|somebody|nobody|kids|children|people|patients|families|parents|nurses|doctors|class|group)'s)\p{L}+'s|(?:twins|triplets|boys|girls|brothers|sisters)')(?:\s+(?:left|right|front|back|upper|lower|little|new|two|both))*\s+$`, 'u');
// "if it won't stop bleeding": a condition in an if-clause is not something they have.
const TO_GROUP = ` (?:to|for) (?:everyone|everybody|anyone|anybody|all (?:adults|children|kids|patients|women|men|those|people)|people (?:aged|over|under|who|with)|adults|children (?:aged|under|over)|those (?:aged|who|with|over|under)|women (?:aged|over|under|who|from)|men (?:aged|over|under|who)|patients (?:aged|over|under|who|with))(?![a-z])`;
const OFFERED_TO_GROUP = new RegExp(`^[^.!?;]{0,30}?(?:offered|available|given|recommended|free|funded)[^.!?;]{0,12}?${TO_GROUP}`);
const OFFERS = /(?:offers?|offered|gives|recommends|funds|provides)(?: the| a| an)? (?:[a-z-]+ )?$/;
const GROUP_NEXT = new RegExp(`^[^.!?;]{0,12}?${TO_GROUP}`);
// "free HIV testing is available", "TB screening is free on Tuesdays", "flu vaccines on the day for anyone who wants one":
// a service offered, nobody's own care ("your free eye test" stays theirs).
const SERVICE_OFFERED_AFTER = /^ (?:is|are) (?:free|covered|funded|available|by appointment|offered|bookable|walk-in)(?![a-z])|^ (?:testing|tests?|screenings?|checks?|check-?ups?|vaccines?|vaccinations?|jabs?|shots?|boosters?|appointments?|consultations?) (?:is|are) (?:now |also |still |always |completely |totally )?(?:free|funded|walk-in|drop-in|available (?:at|on|every|without|with no|free))(?![a-z])|^[^.!?;]{0,30}?for (?:anyone|everyone|everybody|all comers)(?: who| that|[,.!]|$)/;
// ("ten years free of breast cancer": clear of it, not a free service.)
const FREE_BEFORE = /(?<![a-z-])(?<!(?<![a-z])(?:your|his|her|their|my|ur) )(?:free|low-cost|no-cost|walk-in|drop-in) (?!(?:of|from) )(?:[a-z-]+ )?$/;
function offeredAsAService(lower: string, start: number, end: number): boolean {
  return holds(SERVICE_OFFERED_AFTER, lower.slice(end, end + 50)) || FREE_BEFORE.test(lower.slice(Math.max(0, start - 24), start));
}
/** "the shingles vaccine is offered to everyone aged 65", "the NHS offers the RSV vaccine to everyone turning 75". */
export function forAGroup(lower: string, start: number, end: number): boolean {
  const after = lower.slice(end, end + 50);
  return OFFERED_TO_GROUP.test(after) || (OFFERS.test(lower.slice(Math.max(0, start - 30), start)) && GROUP_NEXT.test(after));
}
// "Most ear infections in children clear up…", "many patients take two weeks off": a clause about a group.
export const GROUP_SUBJECT = /^\W*(?:most|many|some(?= [a-z]+s )|lots of|plenty of|a lot of|nearly all|almost all|all(?= (?:children|kids|adults|people|patients|babies|women|men|of (?:us|you|our|the|them)|those|[a-z]+s (?:aged|over|under|who|with)))|few|everyone|everybody|anyone|anybody|every (?:child|adult|woman|man|person|patient|baby|parent)|any (?:[a-z-]+ )?[a-z-]+(?= (?:that|which|who)(?![a-z]))|(?:kids|children|adults|people|babies|women|men|teens|those|patients) (?:aged|over|under|from|between|who|with)|(?:(?!(?:your|ur|his|her|their|my|our|the|these|both|two|three)(?![a-z]))[a-z-]+ )?(?:patients|people|children|kids|adults|babies|women|men|teens|residents|parents|carers|pensioners|students|travell?ers)(?= (?:can|may|might|should|must|need to|are (?:eligible|entitled|advised|offered|invited|asked|encouraged))(?![a-z]))|(?:dentists|doctors|gps|clinicians|nurses|pharmacists|physios|surgeons|specialists|radiologists|midwives|therapists|hygienists|optometrists|opticians)(?= (?:honestly |genuinely |sometimes |often |usually |generally )?(?:can|may|might|will|do|don't|tend|differ|disagree|read|look|use|recommend|check|ask)(?![a-z])))(?! of (?:your|his|her|their|you|them|him))(?![a-z])/;
// "people with tree nut allergies", "children who have asthma": a condition of a group.
// "viruses like the common cold": an example of a class, nobody's own.
const EXAMPLE_WORD = / (?:like|such as|including|e\.g)/;
// A word after which STAFF_SKILL_BEFORE can match: tested first, as the long pattern is tried for every health word.
const SKILL_WORD = / (?:in|on|as|into|about|for|around|bringing|providing|offering|delivering|teaching|leading) /;
// "(e.g. a suspicious lesion)", "(for example a changing mole)": an example in an aside.
// ("(like hepatitis A, typhoid and cholera)": every item of the list.)
const EXAMPLE_ASIDE = /\((?:e\.g\.?,?|eg,?|for example,?|for instance,?|such as|like) (?:[a-z'-]+,? ){0,5}$/;
const EXAMPLE_OF = /[a-z]{3,}s,? (?:like|such as|including|e\.g\.?) (?:the |a |an )?$/;
// "A rash that doesn't fade when you press a glass on it": any rash like that, when nobody in particular is in the sentence.
const INDEFINITE_SUBJECT = /^\W*an? (?:[a-z-]+ )?[a-z-]+ (?:that|which|who)(?:'s| is| are| has| have| does| doesn't| won't| can't| keeps)(?![a-z])/;
const GROUP_WITH = /(?:^|[^a-z])(?:people|patients|kids|children|adults|those|anyone|someone|women|men|babies|teens|families|everyone) (?:(?:with|who have|who has|living with|affected by)(?: [a-z-]+){0,2} |(?:who(?:'s| is| are| has been| have been) )?(?:newly |recently |just )?)$/;
// "UTIs in women aged 16–64": the condition of a group.
const GROUP_AFTER = /^[a-z' -]{0,30}? in (?:women|men|children|kids|adults|people|patients|babies|teens|anyone|those|over-\d+s|under-\d+s) (?:aged|over|under|from|who|with|between)(?![a-z])|^[a-z' -]{0,45}? (?:for|in) (?:most|many|nearly all|almost all) (?:kids|children|people|adults|patients|babies|women|men|teens|families)(?![a-z])|^[a-z' -]{0,30}? (?:in|for|of) (?:any|every|all) (?:newborns?|babies|baby|child|children|kids?|adults?|patients?|people|person|one|women|woman|men|man)(?![a-z])/;
// "the MMR vaccine", "the flu jab": the product everyone is offered.
/** "her shot record", "your vaccination history": a record of vaccines, after the vaccine word. */
const VACCINE_PRODUCT = /^[a-z0-9 -]*?(?:vaccines?|jabs?|vaccinations?|immuni[sz]ations?|shots?|series|boosters?)(?![a-z])/;
// "38 staff screened; 9 had raised BP": a count of people, an aggregate (not "1 had", one person).
const COUNTED_GROUP = /(?:^\W*|, |(?<![a-z])(?:and|but|while|whereas) )(?:[2-9]|[1-9]\d+)(?: of (?:them|you|us|those|these|the [a-z]+)| [a-z-]+)? (?:had|have|showed|were|are|needed|got)(?: [a-z-]+){0,2} $/;
/** Said of a group: the clause opens with one ("Most ear infections…"), the term is what a group has, or a count of people has it. */
export function saidOfAGroup(lower: string, start: number): boolean {
  const clause = clauseBefore(lower, start);
  return holds(GROUP_SUBJECT, clause + lower.slice(start, start + 40)) || GROUP_WITH.test(lower.slice(Math.max(0, start - 50), start)) || holds(GROUP_AFTER, lower.slice(start, start + 60)) || COUNTED_GROUP.test(clause);
}
export const SERVICE_NAME = /^[ -](?:(?:day|emergency|outpatient|inpatient|children's|kids|teenage|young people's|advice|booking|scheduling|appointments?|enquir(?:y|ies)|inquir(?:y|ies)|education|plan|awareness|management|prevention|referral|nurse-led|walk-in|drop-in|same-day|community|specialist|intake|support|rehab|rehabilitation) )?(?:unit|clinic|centre|center|department|casualty|ward|service|services|team|nurses?|specialists?|counsell?ors?|counselors?|therapists?|psychologists?|dietitians?|helpline|hub|line|caf[eé]|groups?|class(?:es)?|workshops?|program(?:me)?s?|support|awareness|month|week|entrance|reception|desk|waiting (?:room|area)|building|wing|floor|suite|corridor|car park|parking lot|toilets?|loos?|bays?|beds?|lifts?|gym|buttons?|forms?|portal|page|link|app|tab|coordinators?|managers?|leads?|secretar(?:y|ies)|administrators?|providers?|educators?|scheduling|capacity|availability|requests?|specials?|offers?|promos?|promotions?|deals?|discounts?|vouchers?|contractors?|companies|company|rotas?|supplies)(?![a-z])/;
// "For most sprains the advice is…", "In most cases…": general information, whoever asked.
// "anxious patients", "diabetic children": a kind of person, said of all of them.
// ("sedation options for nervous patients": what is offered to a group.)
const GROUP_NOUN_AFTER = /^ (?:(?:options|choices) (?:for|to) (?:[a-z-]+ )?)?(?:patients|people|children|kids|adults|clients|families|parents|members|folks|individuals|women|men|teens|athletes|travell?ers)(?![a-z])/;
// "glaucoma often has no early symptoms", "heel pain has lots of possible causes", "'adrenal fatigue' isn't a recognised
// diagnosis": the condition as a topic, what is true of it for anyone (unless it is theirs: "your heel pain has…").
const GENERIC_PREDICATE = /^['’"]?(?: (?:often|usually|typically|commonly|rarely|sometimes|generally))? (?:(?:in (?:a |an |young |new |older |newborn )?[a-z-]+ )?(?:should|must|needs? to|need to) (?:always |still |also )?be (?:checked|seen|assessed|examined|looked at|treated as (?:an )?(?:emergency|urgent)|taken seriously)(?! by (?:your|his|her|their))|(?:has|have) (?:lots of|many|several|no|a (?:number|range|lot) of|different|various)(?: [a-z-]+){0,2} (?:causes|symptoms|triggers|treatments|options|signs|types|forms|reasons)|(?:has|have) no (?:early )?(?:symptoms|signs|cure)|(?:is|are|isn't|aren't|is not|are not) (?:a |an )?(?:not )?(?:(?:really|very|so|quite|pretty|extremely|fairly|super|incredibly) )?(?:recogni[sz]ed|real|official|proven|contagious|catching|common|rare|very common|more common|one of the most common|a leading cause|the leading cause|the most common)|affects (?:about|around|roughly|up to|one in|\d|many|most|millions)|guidelines|guidance)(?![a-z])/;
const OWN_MEDS_IN_COMMENT = /(?<![a-z])my (?:[a-z-]+ ){0,2}?(?:meds|medications?|medicines?|pills|tablets|prescriptions?|script|refill|repeat)(?![a-z])/;
const RENEWED_BEFORE = /(?<![a-z])(?:renew(?:s|ed|ing)?|refill(?:s|ed|ing)?|re-?issu(?:e|es|ed|ing)|prescrib(?:e|es|ed|ing)|re-?order(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing)|top(?:s|ped|ping)? up|continu(?:e|es|ed|ing)|switch(?:es|ed|ing)? (?:you )?(?:to|from)|stop(?:s|ped|ping)?|chang(?:e|es|ed|ing)) (?:your |the |any |more )?$/;
const POSSESSED_BEFORE = /(?:your|ur|his|her|their|my|our) (?:[a-z-]+ )?$/;
const ORGANISATION_AFTER = /^(?: \+ Lung)? (?:UK|Australia|Canada|NZ|New Zealand|Ireland|Scotland|Wales|Cymru|Society|Foundation|Association|Trust|Research|Council|Alliance|Federation|Network|Action|Institute)(?![A-Za-z])/;
const RELATIVE_UNWELL = /(?<![a-z])(?:your|ur) ([a-z-]+)(?:'s|’s) (?:symptoms|illness|condition|health problems?|health issues?|falls?|diagnosis|pain|decline|accident|injur(?:y|ies)|operation|op)(?![a-z])/g;
// "any mole that's changing", "most colds", "some pain relievers": whichever there are, nobody's in particular
// ("some Vaseline" and "some hearing loss" are an amount of theirs; "our most senior implant patient" a superlative).
const ANY_OF = /(?:^|[^a-z])(?:(?:in|for|during|with|after) (?:every|any|each|all)|any|(?<!(?<![a-z])(?:the|our|your|his|her|their|my) )(?:most|many)) (?!(?:your|his|her|their|my|ur|of|the|this|that) )(?:[a-z-]+ )?$/;
const SOME_OF = /(?:^|[^a-z])some (?!(?:of|your|his|her|their|my|ur) )(?:[a-z-]+ )?$/;
// "our lice explainer", "the eczema leaflet": the topic of a resource anyone can read.
// ("the diabetes & fasting talk": a talk on the topic, open to anyone.)
const RESOURCE_AFTER = /^(?: (?:&|and) [a-z-]+)? (?:explainer|guide|leaflet|post|season|handout|factsheet|fact sheet|info sheet|infographic|checklist|toolkit|webinar|podcast|video|blog|article|faq|q&a|myth-?buster|page|talk|workshop|seminar|class(?:es)?)s?(?![a-z])/;
// "Malaria risk varies by region", "dengue areas", "the dengue surge": where, when and how likely it is, for anyone.
// ("malaria risk", "yellow fever is recommended for many areas": the disease as a place's risk or a vaccine's name.)
const TOPIC_AFTER = /^ (?:risks?|areas?|zones?|regions?|countries|prevention|surges?|outbreaks?|epidemics?|waves?|spikes?|hotspots?|clusters?|alerts?|fogging|(?:vaccine |jab |shot |vaccination )?(?:is|are) (?:(?:usually|often|also|only|strongly) )?(?:recommended|advised|required) (?:for|in)(?! (?:you|him|her|them|your)(?![a-z])))(?![a-z])/;
export const GENERAL_SENTENCE = /^\W*(?:[a-z'-]+, )?(?:(?:er |a&e |hospital |emergency |visit |clinic )?(?:charges|bills|fees|costs|prices) (?:include|cover|can include|may include|reflect|are for)|for most|in most cases|most people|in general|generally|typically|usually|normally|on average|as a (?:general )?rule|as a rule of thumb|(?:the )?[a-z&]{2,8} (?:defines?|classif(?:y|ies)|describes?)|(?:large |many |several |recent |new |the |current |the latest |the best |good |strong )?(?:studies|research|evidence|trials|data)(?: [a-z-]+){0,4} (?:has|have|show|shows|showed|shown|suggests?|suggested|found|finds|proved|proves))(?![a-z])/;
// "Having had shingles before doesn't stop someone having the vaccine", "Valley fever surprises a lot of newcomers": said of
// anyone, not to the person answered.
const ANYONE_IN_IT = /(?<![a-z])(?:someone|somebody|anyone|anybody|every|any|a person|most people|(?:a lot of|lots of|plenty of|so many|many) [a-z-]+s)(?![a-z])/;
const THEM_IN_IT = /(?<![a-z'])(?:you|your|ur|u|you're|you've|she|he|her|his|she's|he's)(?![a-z'])/;
const saidOfAnyone = (sentence: string) => ANYONE_IN_IT.test(sentence) && !THEM_IN_IT.test(sentence);
const RANGE_AFTER = /^%?\s*(?:to|-|–|and)\s*\d/;
// ("a rotator cuff strain like yours": one word may name the injury after the body part.)
const LIKE_YOURS = /^(?: [a-z-]+)? (?:like|such as|as bad as|as severe as) (?:yours|urs|your (?:[a-z]+['’]s|own))(?![a-z])/;
const IF_YOU_ARE = /(?:^|[^a-z])(?:if|unless) (?:you|u)(?:'re| are|'ve| have| get| were| ever)? (?:(?!, (?:he|she|it|his|her|your|ur|the|this|that|we|i|you|they|please|call|go|see|then)\s)(?! - )[^;.!?—–()])*$/;
const ONE_BIRTH = /(?<![a-z])(?:delivered (?:a (?:healthy |beautiful |bouncing |tiny |little )?(?:baby|girl|boy)|(?:her|their|his) (?:[a-z-]+ )?(?:baby|twins|triplets|son|daughter|little (?:one|girl|boy))|twins|triplets|baby [a-z]+)|(?:baby [a-z]+|(?:the )?(?:twins|triplets)|(?:a |the )?(?:baby|little) (?:girl|boy)) (?:was|were) (?:safely |finally )?delivered)(?![a-z])/g;
const IF_CLAUSE = /(?:^|[^a-z])(?:if|unless|in case|whether)(?![a-z])(?:(?! - )[^,;.!?—–()])*$/;
const SERVICE_OFFER_BEFORE = /(?:(?:we|they|clinic|team|service|practice|pharmacy|pharmacies|unit|centre|center|hospital|gps|practices)(?: [a-z']+){0,2}? (?:offer|offers|offered|provide|provides|run|runs|perform|performs|stock|stocks|loan|loans)|(?:carry|carries|carrying) out|(?:use|uses|using) (?:the )?(?:space|rooms?)(?: here| at [a-z]+(?: [a-z]+){0,3})? for|(?:plans?|insurance|insurers?|policies|medicare|medicaid)(?: [a-z']+){0,3}? (?:cover|covers|covered|pay for|pays for)|(?:we|clinic|practice|pharmacy|office) (?:[a-z']+ )?(?:accept|accepts|take|takes|bill|bills)(?: [a-z'-]+){1,3} for|(?:no |a )?(?:referral|appointment|prescription|gp letter)s? (?:is |are )?(?:not )?(?:needed|required|necessary) (?:for|to see|to book))(?: (?:a|an|the|routine|free|private|nhs|same-day|walk-in|any|self-pay))*(?:(?: [a-z-]+){1,3}(?:,| and| or))? $/;
const DOING_BETTER = new RegExp(`(?<![a-z])(?:your (?:${[...RELATIVES].join('|')})|he|she|they)(?:'s|'re| is| are)(?: (?:now|still|(?:back )?home and|home from hospital and|out and|on the ward and))? (?:(?:doing|feeling|looking|getting on) (?:much |a lot |so much |far |a little |a bit |loads |so |really |very )?(?:better|well|brilliantly|great)|(?:recovering|healing|progressing|coming along) (?:so |really |very )?(?:well|nicely|brilliantly)|(?:continuing|still continuing|starting|beginning) to (?:recover|heal|improve|get better|mend)|(?:now |still )?(?:stable|in a stable condition|resting comfortably|recovering (?:at home|on the ward)))(?![a-z])(?! (?:things|work|job|stuff|at (?:school|work|uni|college|the|their|his|her)|in (?:the|their|his|her) (?:community|role|job|new)))`, 'g');
const ANYONE_FROM = /(?:(?:anyone|everyone|women|people|those|mums|mothers|parents)(?: [a-z]+){0,3}|from|after|until|before|over|under|at least|beyond) $/;
const ROOM_WORDS = /heating|radiator|air[- ]con|thermostat|freezing|boiling|too (?:hot|cold)|corridor|waiting (?:room|area)|building/;
const SERVICE_USER = /^ can (?:also |now |still |always |just |easily )?(?:book|walk in|drop in|pop in|rent|buy|order|request|cancel|reschedule|self-refer|refer yourself|register|sign up|access|use (?:our|the)|find (?:us|our|the|your nearest)|choose|pay)(?![a-z])/;
// "If low mood is affecting your daily life, …", "if pain persists": a symptom named bare in a condition is anyone's.
const IF_BARE = /(?<![a-z])(?:if|unless|whenever) (?:(?:ongoing|persistent|any|new|severe) )?$/;
const IF_ANYONE = /(?<![a-z])(?:if|unless|in case|whether) (?:you're|you are|you've|you have|you get|you feel|you notice|you're ever|anyone|someone|people are|they're)(?![a-z])(?:(?!the |your |his |her |their )[^,;.!?—–])*$/;
// "free if you're under 18, pregnant, had a baby in the last year…": who qualifies, a list for anyone.
const ELIGIBLE_IF = /(?<![a-z])(?:free|eligible|entitled|exempt|offered|available|qualify|qualifies|no charge)(?: [a-z]+){0,3} (?:if|when|for anyone who|for those who|for people who) (?:you're|you are|you|they're|they|anyone|someone)(?![a-z])[^.;!?]*$/;
// "if he's hard to wake, confused or vomiting, go to the ER": a list of warning signs after "if".
const SIGN_LIST = /(?<![a-z])(?:if|unless|in case)(?![a-z])[^;.!?—–]{0,80}$/;
// The writer's own treatment or condition: "my own ACL reconstruction", "since my diagnosis", "I had my gallbladder out",
// "I've had migraines since I was a teenager", "my free kit at 50 found a polyp", "I'll be on crutches".
const WRITER_OWN = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:my own|i had(?: an?)?|i (?:started|began|stopped|came off|went on|needed|had to have)(?: an?)?|i(?:'m| am|'ll be| will be) (?:on|taking|recovering from)|my (?:[\p{L}-]+ ){0,2}?(?:kit|test|scan|screening|screen|mammogram|smear|colonoscopy|check-?up|check|bloods|blood test|biopsy|x-?ray|mri|ct scan)(?: at \d+)? (?:found|showed|picked up|caught|revealed|detected|spotted)(?: an?)?|i(?:'m| am|'ve been| have been| was| got)(?: being)? treated for|(?:my own|my) (?:treatment|surgery|chemo|chemotherapy|radiotherapy|recovery) (?:for|from)|(?:after|since|before|during|from|post|recovering from|i had|i've had|ive had|i got) my|i (?:was|got) diagnosed with(?: an?)?|i(?: went|'ve been| have been) through(?: an?)?|i(?:'ve| have)? (?:lived|live) with|i(?:'ve| have) had|ive had|i suffer(?:ed)? (?:from|with)|i(?:'ve| have) (?:struggled|battled) with|(?<![a-z] )back (?:at|to) (?:work|the surgery|the practice|the clinic|clinic|my desk|the office|the ward)(?: today| this week)? (?:after|following)(?: an?| my)?)(?:\s+[\p{L}-]+)?\s+$`, 'u');
const ON_DUTY_AFTER = /^ (?:duty|duties|clinics?|rota|roster|shifts?|days?|drive|sessions?|stands?|stall|team|service)(?![a-z])/;
// "Nurse Tamsin is recovering well after her breast cancer surgery", "Dr. Okonjo has lived with type 1 diabetes",
// "after three months of chemotherapy our practice manager is back": a staff member's own health.
// "her accreditation in EMDR therapy", "his training in sports massage": a skill, not their own care.
const STAFF_SKILL_BEFORE = /(?<![a-z])(?:accreditation|accredited|training|trained|qualification|qualified|certification|certified|course|diploma|degree|masters|msc|ma|bsc|ba|phd|mba|pgcert|pgdip|postgraduate|certificate|apprenticeship|fellowship|specialism|special interest|expertise|registration|work|research|interest|focus|talk|paper|study|campaign|project|passion|advocacy|lecture|webinar) (?:in|on|as|into|about|for|around|bringing|providing|offering|delivering|teaching|leading) (?:[a-z0-9-]+ ){0,2}$/;
// "her local anaesthesia certification": a qualification in it.
const SKILL_AFTER = /^ (?:certification|training|course|qualification|accreditation|diploma|module|skills?|competenc(?:y|ies)|endorsement)(?![a-z])/;
// ("completing our 12-week pulmonary rehab course": a course of treatment, which is care.)
const TREATMENT_COURSE = /(?:rehab|rehabilitation|therapy|physio|physiotherapy|treatment|radiotherapy|chemo[a-z]*|cbt|counsell?ing|antibiotics)$/;
// "Our pharmacist Ravi got shingles at 42": a condition a staff member caught.
const STAFF_CAUGHT = /(?<![a-z])(?:got|caught|developed|picked up|came down with|had a bout of) (?:badly |really |seriously |terribly |properly )?(?:an? |a nasty |a bad )?$/;
// "our own Dr Whitfield, who had a basal cell carcinoma removed from his nose": a staff member's operation.
const STAFF_HAD_REMOVED = /(?<![a-z])(?:who|he|she|i|[a-z]{2,})(?: has| had|'s|'d)? had (?:an? |two |three |his |her |my )?$/;
const REMOVED = /^ (?:removed|cut out|frozen off|burnt off|taken off|taken out|out)(?![a-z])/;
const STAFF_OWN_BEFORE = /(?<![a-z])(?:(?:her|his) (?:own )?|(?:years?|months?|weeks?) (?:free|clear) (?:of|from) |(?:a )?survivor of |(?:passed out|collapsed|fainted|came down|went down|was hospitali[sz]ed|ended up in (?:hospital|the er|a&e|ed)) (?:from|with) (?:an? |the )?|(?:is|'s|has been) (?:now )?on (?:daily |a daily |twice-daily |regular )|(?:has |have )?(?:lived|living|lives) with (?:an? )?|(?:was |been )?diagnosed with (?:an? )?|recovering (?:well )?from (?:an? |her |his )?|recovery from (?:an? |her |his )?|(?:went|been|going) through (?:an? |her |his )?|(?:since|after|following|back from) (?:her|his) |(?:after|following|since) (?:[a-z0-9-]+ ){1,3}of |(?:off|leave|time off|away|out) for (?:her |his |an? )?|(?:is|'s|has been|was|been) (?:off|away|out)(?: [a-z-]+){0,4} (?:with|after(?: having)?) (?:an? |her |his |the )?|(?:has|having|undergo(?:es|ing)?|receiv(?:es|ing)|get(?:s|ting)|needs|needed|had|start(?:s|ing)?) (?:[a-z-]+ )?(?:treatment|surgery|an operation|chemo\w*|radiotherapy) for (?:her |his |an? )?|(?:return(?:s|ed|ing)? to (?:clinic|work|us|the [a-z]+)|(?:is|are|was|'s|comes|came|welcome) back)(?: [a-z-]+){0,4} (?:after|following|from) (?:an? |her |his )?)(?:[a-z0-9-]+ ){0,3}$/;
/** Said in the why of every finding about a staff member's (or the writer's) own health. */
const STAFF_HEALTH = 'staff health is health information too';
/** A finding of this rule about a staff member's (or the writer's) own health, which makes no one a patient. */
export const isStaffHealth = (hit: Hit): boolean => hit.why.includes(STAFF_HEALTH);
// "I'm back in clinic on Monday", "I took six weeks off": the writer, who is staff, at work or away from it.
const WRITER_AT_WORK = /(?<![a-z])i(?:'m| am|'ll be| will be| was| returned| return| came) (?:back|returning)(?: [a-z]+){0,2} (?:in|at|to|on) (?:clinic|work|the (?:clinic|ward|surgery|practice|office|hospital|pharmacy|chair))(?![a-z])|(?<![a-z])i(?: took| take| had| needed| had to take|'ve taken| have taken) (?:[a-z0-9-]+ ){0,3}(?:off|leave)(?![a-z])/;
// "Dr Wiśniewski had his gallbladder out", "8 months after surgery on his ACL": an operation on that part of them.
const OPERATION_HAD = /(?<![a-z])(?:had|has had|having|getting|got)\s+(?:his|her|my)\s+(?:left\s+|right\s+|two\s+|both\s+|bottom\s+|top\s+)?$/;
const REMOVED_AFTER = /^ (?:out|removed|taken out|replaced|reconstructed|repaired|pinned|fused)(?![a-z])/;
// "ran the 10K on the knee she had rebuilt last spring": the operation told after the body part.
const OPERATED_AFTER = /^ (?:that |which )?(?:she|he|i) (?:had|got) (?:(?:fully|completely) )?(?:rebuilt|replaced|reconstructed|repaired|pinned|fused|operated on|scoped)(?![a-z])/;
const OPERATION_ON = /(?<![a-z])(?:surgery|operation|op|reconstruction|repair|replacement) on (?:his|her|my)\s+(?:left\s+|right\s+)?$/;
const MATERNITY_LEAVE = /(?<![a-z])(?:starts|starting|begins|beginning|going on|goes on|off on|back from|back after|returns from|returning from|returns after|returning after|after|is on|on) (?:her )?maternity leave(?![a-z])/g;
const STAFF_ROLE = /(?<![a-z])(?:our|the) (?:[a-z-]+ )?(?:practice manager|manager|receptionist|nurse|physio|physiotherapist|doctor|gp|dentist|hygienist|midwife|pharmacist|team member|colleague|front desk|administrator|therapist|counsell?or)(?![a-z-])/;
// "your prescription", "the procedure", "medication safety": a class of care, not a named drug or treatment.
// "Kawasaki disease", "Crohn's disease": a named condition, whatever the last word.
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])\p{Lu}[\p{L}-]+(?:'s)? $`, 'u');
// The care words of "your …" that name what was done: a test, a scan, a treatment, a check of one part of the body.
const NAMED_CARE = /(?<![a-z])(?:tests?|scans?|smears?|x-?rays?|bloods|blood ?work|biops(?:y|ies)|ultrasounds?|mri|ecg|ekg|cleanings?|scale and polish|fillings?|crowns?|stitches|cast|retainers?|aligners?|braces|implants?|dentures?|vaccinations?|vaccines?|jabs?|injections?|shots?|boosters?|physio|rehab|mask (?:re)?fit(?:ting)?|hearing aids?|glasses|lenses|surgery|operation|delivery|labou?r|due date|heartbeat|(?:\d+[- ](?:week|month|year)|postnatal|antenatal|skin|mole|hearing|eye|sight|pressure|bp|cholesterol|retainer|brace|denture|diabetes|diabetic|foot|heart|asthma|growth|dental) (?:check|check-up|checkup|review))$/;
const GENERIC_CLASS = /^(?:medications?|medicines?|meds|prescriptions?|treatments?|procedures?|diagnos[ie]s|conditions?|illness(?:es)?|diseases?)$/;
const EMERGENCY_REDIRECT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:call|dial|ring|or) (?:${EMERGENCY_NUMBERS})|(?:call|dial|ring) \d{3,5}(?= (?:straight away|right away|immediately|now|urgently)(?![a-z]))|nhs 111|triple zero|maternity triage|(?:go|head|come)(?: straight| directly| right)? to (?:the )?(?:er|emergency)|to the nearest (?:er|emergency)|emergency room|a&e|a & e|accident and emergency|eye casualty|(?:go|head) to (?:an? )?urgent care|(?:an?|the|to) ed(?![a-z]))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// "anyone who is pregnant", "patients who have diabetes": whoever it is true of.
const ANYONE_WHO = /(?:anyone|everyone|people|women|those|patients) (?:who|that) $/;
const ANY_BEFORE = /(?:bring|pack|remember|carry|with you|along)(?: [^.!?]{0,30})? (?:any|whatever) (?:[a-z-]+(?:,| or| and) )?$/;
const YOUR_CLINICIAN = /^ (?:own )?(?:gp|doctor|pharmacist|pharmacy|dentist|physio|midwife|health visitor|nurse|optician|optometrist|consultant|provider|clinician|pa?ediatrician|prescriber|care team)s?(?![a-z])/;
// Words that make a sentence about many people ("we offer implants to all our patients").
const GROUP_WORDS = /(?<![a-z])(?:everyone|everybody|anyone|all|patients|people|families|kids|children|adults|most|many|we offer|available)(?![a-z])/;
// The commenter speaks of their own or their family's health: "my newborn…", "I'm 30 weeks…".
const ASKED_OF_OWN = /(?<![a-z])(?:my|i'm|im|i am|i've|i have|i had|me)(?![a-z])/;
// In a reply, "the antibiotics", "that strep", "those stitches", "the temporary filling": the ones this person has.
const DEFINITE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:the|that|those|these|this)(?:\s+(?:new|same|little|left|right|temporary|permanent|first|second|last|final|latest|recent|follow-up|top|bottom|upper|lower|front|back|big|small|tricky|stubborn|nasty))?\s+$/u;
// "For anything about your own eyes, please ring us": what a redirect invites them to call about, said before the call.
const CALL_ABOUT = /(?:^|[^a-z])(?:for|with|if) (?:anything|any questions?|any concerns?|questions?|concerns?|worries|any worries) (?:about|regarding|on|to do with) (?:[a-z'-]+ ){0,4}$/;
const CALL_AFTER = /^[^.!?]{0,50}?(?:(?:call|ring|phone|contact|message|email|book|see) (?:us|our|the (?:clinic|practice|surgery|office)|your (?:gp|doctor|optometrist|dentist|pharmacist))|book (?:in|a|an)|(?:come|pop) in)(?![a-z])/;
const ASK_ABOUT = /(?:(?:speak|talk|chat)(?: to| with)|ask) (?:your|a|the|our) (?:gp|doctor|pharmacist|nurse|health visitor|midwife|dentist|optician|clinician)(?: or (?:a |the |your )?[a-z]+)? about (?:[a-z'-]+ ){0,6}$/;
/** "ask your GP about…", "for anything about your own eyes, please ring us": what a redirect tells them to raise. */
const raisedInARedirect = (doc: Doc, s: Span) =>
  ASK_ABOUT.test(doc.lower.slice(Math.max(0, s.start - 90), s.start)) || (CALL_ABOUT.test(doc.lower.slice(Math.max(0, s.start - 60), s.start)) && CALL_AFTER.test(doc.lower.slice(s.end, s.end + 60)));
const TELL_RECEPTION = /(?:mention|tell (?:us|them|reception|the [a-z]+)|explain)(?: that)? (?:it's |it is |you have |you've got |there's )?(?:an? |the )?(?:[a-z-]+ )?$/;
const ANY_STAFF_OFF = /(?:^|[^a-z])(?:a|an|any|when|if)(?: [a-z-]+){0,2} (?:clinician|doctor|gp|nurse|member of staff|staff member|dentist|colleague|therapist|physio)s? (?:is |are |goes |call(?:s|ed)? in )?off $/;
/** An amount as doses are written: "5 mg", "1,000mg" (thousands), "2,5 ml" (a decimal comma); medical-advice reads it too. */
export const DOSE_AMOUNT = String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?\s?`;
// ("0.7 mg/L" in tap water, "5 mg/dL" in a blood test: a concentration, not a dose.)
export const PER_LITRE = String.raw`(?!\s?\/\s?(?:l|dl|litre|liter)(?![a-zA-Z]))`;
const DOSE = new RegExp(String.raw`${DOSE_AMOUNT}(?:mg|mcg|ml|units|iu|tsp|tabs?|tablets?|puffs?)${PER_LITRE}(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');

const OUT_OF_CARE = /(?<![a-z])(?:he|she|they|(?:your|his|her|their) [a-z-]+)(?:'s|'re| is| are| was| were)(?: now| finally| safely| already)? out of (?:the )?(?:icu|intensive care|hdu|high dependency|hospital|theatre|surgery|resus|danger|the woods|the cast|plaster)(?![a-z])/g;
// "Ouch! Hope it healed up okay" to "got stung at Cable Beach last year": their injury, wished healed.
const HEALED = /(?<![a-z])(?:hope|hoping|glad|pleased|happy)(?: that)? (?:it|the (?:[a-z-]+ )?(?:sting|bite|burn|cut|wound|graze|blister|rash|scar|stitches|break|fracture|sprain|ankle|knee|wrist|toe|finger|thumb|arm|leg|foot|hand|eye|tooth|gum|shoulder))(?:'s|'s been| has| is| had)? (?:all |fully |properly |nicely )?(?:healed|healing|heals|mended|cleared up)(?![a-z])(?! (?:the|a|an|our|their|his|her|my|your|things|relations|everyone|us)(?![a-z]))/g;
const YOU_DOING_WELL = /(?<![a-z])(?:glad|pleased|happy|great to hear|good to hear|lovely to hear|relieved|delighted)(?: that)? (?:you're|you are|you've been|you have been) (?:now |finally |all |so )?(?:doing|feeling|recovering|healing|getting on) (?:so |much |really |a lot )?(?:well|better|great)(?![a-z])/g;
// "So glad the polyps were caught early", "relieved it was picked up in time": their condition, found in time.
const CAUGHT_IN_TIME = /(?<![a-z])(?:glad|pleased|happy|relieved|thank goodness|thankfully|lucky|luckily)(?: that)? (?:the [a-z-]+|it|they|yours|your [a-z-]+)(?: was| were|'s been| has been| got)? (?:caught|found|spotted|picked up|detected|diagnosed) (?:so |really |nice and )?(?:early|in time|quickly|when (?:it|they) (?:was|were) small)(?![a-z])/g;
// "Hope you're fully recovered", "thrilled you're home and on the mend": their recovery, said to them.
const YOU_MENDED = /(?<![a-z])(?:hope|hoping|glad|pleased|happy|thrilled|delighted|relieved|great to hear|good to hear|lovely to hear)(?: that)? (?:you're|you are|you've|you have) (?:now |finally |all |fully |completely |well )?(?:(?:home|back home|out of hospital|out) and )?(?:recovered|on the mend|healed|healing (?:well|nicely|up)|back on your feet|over the worst|home from hospital|out of hospital)(?![a-z])/g;
const SAID_TO_THEM: { pattern: RegExp; gate?: RegExp; needs?: string[]; commentNamesHealth?: true; says: string; kind: string }[] = [
  // "the nurses say your nan's doing much better today": how someone in their care is getting on.
  { pattern: DOING_BETTER, gate: /better|well|great|brilliant|nicely|recover|heal|improve|mend|stable|comfortabl/, says: 'says how someone in care is recovering', kind: 'recovery' },
  // "hope the drops are kicking in", "glad the adjustments are helping": their treatment, and how it works.
  { pattern: TREATMENT_WORKS, gate: /helping|working|kicking in|trick|difference|paying off|worked/, says: 'speaks of how their treatment is working', kind: 'treatment' },
  { pattern: THEIR_RECOVERY, gate: /recovery/, says: 'speaks of the recovery of the person answered', kind: 'recovery' },
  { pattern: ABLE_AGAIN, gate: /again|properly|clearly|without/, says: 'says what their treatment gave back to them', kind: 'recovery' },
  // "she's out of ICU and doing well": where someone's recovery has got to.
  { pattern: OUT_OF_CARE, gate: /out of/, says: 'says how someone is recovering', kind: 'recovery' },
  { pattern: HEALED, gate: /heal|mended|cleared up/, says: 'wishes their injury healed', kind: 'recovery' },
  { pattern: CAUGHT_IN_TIME, gate: /caught|found|spotted|picked up|detected|diagnosed/, says: 'says their condition was found in time', kind: 'condition' },
  { pattern: YOU_MENDED, gate: /recovered|mend|heal|feet|worst|hospital/, says: 'wishes the person answered well after an illness or treatment', kind: 'recovery' },
  // "So glad you're doing well now" to "You treated my Lyme disease back in 2019": their recovery from what the comment names.
  { pattern: YOU_DOING_WELL, commentNamesHealth: true, says: 'speaks of their recovery from what the comment names', kind: 'recovery' },
  { pattern: FOREIGN_GET_WELL, needs: FOREIGN_GET_WELL_WORDS, says: 'wishes the person answered well after an illness or treatment', kind: 'recovery' },
];

export const rule: Detector = {
  id: 'health-details',
  detect(doc, facts) {
    const hits: Hit[] = [];
    const add = (span: Span, why: string, what = 'health details') =>
      hits.push({ ...span, message: `Mentions a specific person's ${what}.`, why, redaction: '' });
    // A span some earlier reading already reported (each reading below adds only what is new).
    const found = (span: Span) => hits.some((x) => x.start < span.end && span.start < x.end);
    const pictured = (facts.hits['patient-media']?.length ?? 0) > 0;
    // Sentences with "that", "which" or "who", where "A rash that doesn't fade…" can be read.
    const relatives = new Map<number, boolean>();
    const relativeClause = (i: number) => relatives.get(i) ?? relatives.set(i, / (?:that|which|who)(?:'s| )/.test(doc.lower.slice(doc.sentences[i].start, doc.sentences[i].end))).get(i)!;
    const adviceSpans = facts.hits['medical-advice'] ?? [];
    // Whether the reply ties the person answered to care here (read only when a treatment needs it; cached per sentence).
    let tied: boolean | undefined;
    const tiedToCare = () => (tied ??= careTies(doc).length > 0);
    // The ages and stages the comment gives (read once, when a sign first needs them).
    let contextMeasures: ReadonlySet<string> | undefined;
    const theirMeasures = () => (contextMeasures ??= measures(doc.context.lower));

    // "If his face starts swelling, call 911": warning signs in an emergency redirect are nobody's health details.
    const emergencyRedirect = matchAll(doc, EMERGENCY_REDIRECT).length > 0;
    // "If you're in pain while we're shut, call 111": a condition anyone might meet, not theirs.
    const hypothetical = (at: number, kind?: string) => (emergencyRedirect && (IF_CLAUSE.test(doc.lower.slice(Math.max(0, at - 120), at)) || SIGN_LIST.test(doc.lower.slice(Math.max(0, at - 90), at)))) || (kind === 'symptom' && (IF_ANYONE.test(doc.lower.slice(Math.max(0, at - 80), at)) || IF_BARE.test(doc.lower.slice(Math.max(0, at - 30), at)))) || ELIGIBLE_IF.test(doc.lower.slice(Math.max(0, at - 120), at));
    // "if you're eligible", "if you'd like", "if you notice hearing loss": a "you" inside a condition is anyone who
    // meets it, so it does not make a health word theirs ("your" still does: "if your knee still hurts").
    // "You can book flu jabs online", "then you can rent or buy": a "you" that can use a service is whoever
    // reads how the service works.
    // ("call us or your GP": "your" of the clinician a redirect sends them to points at nobody's condition.)
    // "If there's any chance a child has swallowed…", "For a child with a high fever who is drowsy…": any child the
    // condition fits, not one in particular.
    const anyOneWho = (a: Anchor) => a.kind === 'described' && /^(?:a|an|any) /i.test(a.text) && (IF_CLAUSE.test(doc.lower.slice(doc.sentences[a.sentence].start, a.start)) || /^\W*for $/.test(doc.lower.slice(doc.sentences[a.sentence].start, a.start)));
    // "@sunnycoast_mum Yes, a mild fever after vaccines is common" answering "is it normal for a baby to…?": a question
    // about a group is answered for anyone who asks it, so neither the asker's name nor "you" points at them.
    // (A reply read as answering everyone is not "addressed", but the handle that opens it is still the asker's.)
    const groupAsked = doc.addressed && asksInGeneral(doc.context) && !givesThemAState(doc.lower);
    const answersEveryone = groupAsked || (doc.input.kind !== 'post' && !doc.addressed);
    const askersName = (a: Anchor) => a.kind === 'name' && (doc.people.some((p) => p.addressee && p.start === a.start) || opensReply(doc, a));
    // ("@tess_b … and your bleeding lesion is": "your" still makes it theirs.)
    const yourIn = (n: number) => /(?<![a-z])(?:your|ur)(?![a-z])/.test(doc.lower.slice(doc.sentences[n].start, doc.sentences[n].end));
    // ("A sore arm is just your immune system doing its thing" to "Does the flu jab give you flu?": a "your" that owns no
    // health term or body part is anyone's too.)
    // ("Tipping your head back makes you swallow blood" to "Nose bleeds: head back or forward?": a body part alone is anyone's,
    // unless the commenter said it is theirs: "my arm is killing me".)
    const theirPart = (b: Span) => new RegExp(`(?:my|his|her|our) (?:[a-z-]+ )?${doc.lower.slice(b.start, b.end).replace(/[^a-z' -]/g, '')}`).test(doc.context.lower);
    const ownsHealth = (a: Anchor) => doc.health.some((h) => h.start >= a.end && h.start - a.end <= 14) || doc.phrases.bodyParts.some((b) => b.start >= a.end && b.start - a.end <= 14 && theirPart(b));
    const theAsker = (a: Anchor) => (groupAsked && a.kind === 'you' && (!/^(?:your|ur)$/i.test(a.text) || !ownsHealth(a))) || (answersEveryone && askersName(a) && !yourIn(a.sentence));
    const pointing = facts.anchors.filter((a) => !anyOneWho(a) && !theAsker(a)).filter((a) => !(a.kind === 'you' && /^your$/i.test(a.text) && YOUR_CLINICIAN.test(doc.lower.slice(a.end, a.end + 24)))).filter((a) => !(a.kind === 'you' && !/^(?:your|ur)/i.test(a.text) && (IF_CLAUSE.test(doc.lower.slice(doc.sentences[a.sentence].start, a.start)) || SERVICE_USER.test(doc.lower.slice(a.end, a.end + 40)))));
    for (const h of doc.health) {
      if (ROUTINE.test(h.term) || (doc.addressed && holds(HOME_CARE, h.term)) || hypothetical(h.start, h.kind)) continue;
      // "When a clinician is off sick we text everyone affected": any staff member's absence, nobody's health.
      // "call and mention it's a changing mole": what to tell reception when booking.
      const before = doc.lower.slice(Math.max(0, h.start - 40), h.start);
      const sentenceText = doc.lower.slice(doc.sentences[h.sentence].start, doc.sentences[h.sentence].end);
      const sentenceBefore = doc.lower.slice(doc.sentences[h.sentence].start, h.start);
      // "we can't assess rashes over Messenger": what cannot be done here, said of any case.
      if (/(?:can't|cannot|can not|unable to|won't|don't|do not) (?:assess|diagnose|treat|discuss|comment on|advise on|look at|examine)(?: (?:or|and) (?:assess|diagnose|treat|discuss|comment on|advise on|look at|examine))?(?: [a-z'-]+)? $/.test(before)) continue;
      // "bring any glasses or inhalers your athlete uses": whatever they may have, not something they do.
      if (TELL_RECEPTION.test(before) || ANY_BEFORE.test(sentenceBefore)) continue;
      // "Our post on early dementia signs might help": the subject of something the practice published.
      // ("our eczema post has general tips": the same, named before the word.)
      if (/(?:our|the|this|that|a) (?:[a-z-]+ )?(?:post|article|leaflet|video|guide|page|blog|explainer|webinar|factsheet|fact sheet|infographic|series) (?:on|about) (?:[a-z-]+ ){0,2}$/.test(before) || (/(?:^|[^a-z])(?:our|the|this|that) (?:[a-z-]+ )?$/.test(before) && /^ (?:post|article|leaflet|guide|video|explainer|webinar|series|factsheet|infographic|myth-?buster)s?(?![a-z])/.test(doc.lower.slice(h.end, h.end + 16)))) continue;
      // "dementia-friendly training", "anyone's injury": a kind of service, or whoever has it.
      if (/^-(?:friendly|aware|awareness|inclusive|informed|smart)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 14)) || WHOEVERS_BEFORE.test(before)) continue;
      // "you can ask your GP about a referral for an adult ADHD assessment": what to raise with a clinician.
      if (raisedInARedirect(doc, h)) continue;
      // "we don't offer routine ear wax removal", "a self-pay MRI of one body area is £395": what the service does and costs.
      if (holds(SERVICE_OFFER_BEFORE, before) || (/[£$€₹]\s?\d/.test(sentenceText) && !/(?:your|ur|his|her|their) (?:[a-z-]+ )?$/.test(before))) continue;
      // "free home delivery of prescriptions": the pharmacy's van, not a birth.
      if (h.term === 'delivery' && (/labou?r (?:&|and) $/.test(before) || /^ of (?:prescriptions?|medicines?|medications?|meds|parcels?|your|repeat)/.test(doc.lower.slice(h.end, h.end + 20)) || /(?:home|free|prescription|medicine|same-day|next-day) $/.test(before))) continue;
      // "discharge medications", "on discharge": leaving hospital, not a symptom.
      if (h.term === 'discharge' && (/^ (?:medications?|meds|instructions|summary|summaries|letters?|papers|paperwork|planning|plans?|lounge|nurse|process|times?|dates?|prescriptions?)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 20)) || /(?:on|at|after|before|upon|for|from|hospital) $/.test(before))) continue;
      // "the Asthma Australia link", "Diabetes UK", "the Heart Foundation": a charity's or agency's name.
      if (ORGANISATION_AFTER.test(doc.text.slice(h.end, h.end + 16))) continue;
      // "filling in the form", "Dr Lee is filling in for Dr Patel": the verb, not a filling; "wheelchair accessible": the building.
      if (h.term === 'filling' && /^ (?:in|out)(?: for| (?:a |an |the |our |this |your |one )?(?:[a-z-]+ )?(?:forms?|questionnaires?|surveys?|details|paperwork|applications?|sheets?))(?![a-z])/.test(doc.lower.slice(h.end, h.end + 40))) continue;
      // "our official therapy pup": an animal that visits, not anybody's treatment.
      if (/therapy$/.test(h.term) && /^[ -](?:dogs?|pups?|puppy|puppies|pets?|animals?|horses?|ponies|pony|cats?)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 10))) continue;
      if (/^wheelchairs?$/.test(h.term) && /^[ -](?:accessible|access|friendly|users?|spaces?|ramps?|parking|bays?|loans?|hire|lifts?)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 16))) continue;
      // "public defibrillators outside the library", "until a defibrillator is ready": the equipment, not someone's implant.
      if (/^defib/.test(h.term) && !POSSESSED_BEFORE.test(before) && !/(?<![a-z])(?:fitted|implanted|implant|put in|inserted|icd)(?![a-z])/.test(sentenceText)) continue;
      // "Certificate IV in Practice Management": a Roman numeral, not a drip.
      if (h.term === 'iv' && /(?:certificate|cert|diploma|level|part|year|grade|class|phase|chapter|volume|vol\.?) $/.test(before)) continue;
      // "every person who contacts us": the verb, not contact lenses.
      if (h.term === 'contacts' && (/(?:who|that|whoever|one|it) $/.test(before) || /^ (?:us|our|the|you|reception|me|them)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 12)))) continue;
      // "thanks for flagging the temperature — the heating failed": the room's, not a fever.
      if (h.term === 'temperature' && ROOM_WORDS.test(sentenceText)) continue;
      if (before.endsWith('off ') && ANY_STAFF_OFF.test(sentenceBefore)) continue;
      // Health details name the condition, drug or treatment; "your prescription" only says there is one
      // (which confirms-patient reports as care here).
      if (GENERIC_CLASS.test(h.term) && !NAMED_BEFORE.test(doc.text.slice(Math.max(0, h.start - 25), h.start))) continue;
      // "the shingles vaccine is offered to everyone aged 65", "for most sprains…": said of a group, not of them.
      // "a minor injuries unit", "the diabetes clinic": a service's name.
      if (holds(SERVICE_NAME, doc.lower.slice(h.end, h.end + 40).replace(/^ \([^)]{1,25}\)|^\)/, ''))) continue;
      // "Your NHS eye test is free": who is entitled to it, not their own.
      // ("Travel vaccines are by appointment only": how the service is booked.)
      if (offeredAsAService(doc.lower, h.start, h.end)) continue;
      if (forAGroup(doc.lower, h.start, h.end) || tests(GENERAL_SENTENCE, sentenceBefore)) continue;
      // "more often if you're over 70, diabetic or have a family history of glaucoma": whoever fits the condition,
      // unless the commenter said it of themselves.
      if ((h.kind === 'condition' || h.kind === 'symptom') && IF_YOU_ARE.test(sentenceBefore) && !POSSESSED_BEFORE.test(before) && !claimedInContext(doc, h)) continue;
      const after = doc.lower.slice(h.end, h.end + 60);
      if (ANY_OF.test(before) || (h.term.endsWith('s') && SOME_OF.test(before)) || ANYONE_WHO.test(before) || GROUP_NOUN_AFTER.test(after) || RESOURCE_AFTER.test(after) || (TOPIC_AFTER.test(after) && !POSSESSED_BEFORE.test(before))) continue;
      // "check your vaccination history", "bring her shot record": the record, which says nothing of what is in it.
      if (VACCINE_PRODUCT.test(h.term) && VACCINE_DOCUMENT_AFTER.test(after)) continue;
      // ("new floaters need to be checked the same day", "yellowing in a newborn should always be checked": any case of it.)
      // (Unless the reply advises a commenter who asked about their own case: "Mild jaundice is really common… keep feeding
      // her" to "my newborn has yellow skin, is that normal?" names what their baby has.)
      // (Nor when it restates the commenter's own age or stage: "a fever at 2 months always needs checking" to "my 2 month old
      // is 38.4".)
      const restated = doc.addressed && (h.kind === 'condition' || h.kind === 'symptom') && restatesTheirMeasure(theirMeasures(), sentenceText);
      if ((h.kind === 'condition' || h.kind === 'symptom') && tests(GENERIC_PREDICATE, after) && !POSSESSED_BEFORE.test(before) && !restated && !(doc.addressed && adviceSpans.length > 0 && tests(ASKED_OF_OWN, doc.context.lower))) continue;
      // Said of a group, it is no one's own, unless it is named in advice to this person.
      // ("Pharmacists can give an emergency supply of your amlodipine": whoever gives it, the named drug is theirs.)
      const theirDrug = doc.addressed && h.kind === 'medication' && /(?:your|ur) $/.test(before);
      const ofAGroup = (saidOfAGroup(doc.lower, h.start) && !theirDrug) || (EXAMPLE_WORD.test(before) && EXAMPLE_OF.test(before)) || EXAMPLE_ASIDE.test(before) ||
        (relativeClause(h.sentence) && INDEFINITE_SUBJECT.test(clauseBefore(doc.lower, h.start) + doc.lower.slice(h.start, h.start + 40)) && !facts.anchors.some((a) => a.sentence === h.sentence && a.kind !== 'you'));
      const what = KIND_WORDS[h.kind];
      // "his MSc in Sports Physiotherapy", "her research into dementia": a subject or a skill, nobody's care.
      const skill = (SKILL_WORD.test(before) && holds(STAFF_SKILL_BEFORE, before)) || (SKILL_AFTER.test(doc.lower.slice(h.end, h.end + 16)) && !(TREATMENT_COURSE.test(h.term) && /^ course/.test(after)));
      if (skill) continue;
      // ("@curiouscat_22 Generally, people with strep…", "@x Our midwives support home births for low-risk pregnancies": the
      // handle that opens a reply is who is answered, not whom a general sentence is about; so is "your" sending them to
      // their own adviser in "Ibuprofen is generally considered compatible…, but check with your pharmacist".)
      const nearest = ofAGroup ? undefined : nearestAnchor(pointing, h.sentence, h.start);
      const answered = nearest && doc.addressed && (opensReply(doc, nearest) || (nearest.kind === 'you' && nearest.start > h.end && YOUR_OWN_ADVISER.test(doc.lower.slice(nearest.start, nearest.start + 30))));
      const anchor = answered && !POSSESSED_BEFORE.test(before) && SAID_GENERALLY.test(sentenceText) ? undefined : nearest;
      // "six sessions is typical for a rotator cuff strain like yours": theirs, compared with others.
      if (doc.addressed && LIKE_YOURS.test(after)) add(h, `${quote(doc, h)}, compared with "yours", is this person's own ${what}.`, what);
      // "we can't renew lorazepam without a review" to "they refused to refill my anxiety meds": the drug their meds are.
      else if (doc.addressed && h.kind === 'medication' && !GENERIC_CLASS.test(h.term) && OWN_MEDS_IN_COMMENT.test(doc.context.lower) && RENEWED_BEFORE.test(before)) add(h, `${quote(doc, h)} names the medicine the comment calls their own.`, what);
      else if (anchor) add(h, `${quote(doc, h)} is a ${what}, and ${describe(doc, anchor)} in the same sentence points at one person.`, what);
      // ("…when the fever drops" answering "what are the warning signs of dengue?": the illness's fever, anyone's.)
      else if (doc.addressed && !ofAGroup && !(groupAsked && (h.kind === 'symptom' || h.kind === 'condition')) && DEFINITE.test(before) && !THAT_FOUND.test(before) && !VACCINE_PRODUCT.test(doc.lower.slice(h.start, h.end + 12))) add(h, `${quote(doc, h)} refers to this person's own ${what}.`, what);
      // "Bleeding at 9 weeks needs to be checked today" to "I'm pregnant and bleeding a little, 9 weeks": the sign, put with
      // the commenter's own stage, is their case even in a redirect.
      else if (restated && !ofAGroup) add(h, `${quote(doc, h)}, put with the age or stage the commenter gave, is their own ${what}.`, what);
      // "Please call 911 now. Chest pain should always be checked in an emergency room": naming the sign is the redirect.
      // ("hay fever medicines", "pharmacists offer strep testing", "stroke rehab is one of the things we do best", "someone who
      // has had shingles": the condition as a kind of product or service, or anyone's.)
      else if (doc.addressed && !ofAGroup && !emergencyRedirect && !/^ (?:jabs?|vaccines?|vaccinations?|shots?|clinics?|season|campaign|medicines?|medications?|tablets?|treatments?|remedies|products?|sprays?|testing|tests|screening|swabs|rehab|rehabilitation|services?|programmes?|programs?|awareness)(?![a-z])/.test(doc.lower.slice(h.end, h.end + 16)) && !saidOfAnyone(sentenceText) && claimedInContext(doc, h)) add(h, `${quote(doc, h)} is the ${what} the commenter said they have.`, what);
      else if (adviceSpans.some((a) => a.start <= h.start && h.end <= a.end) && !IF_CLAUSE.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) add(h, `${quote(doc, h)} is named in advice to this person.`, what);
      // "Hope the temporary filling holds", "so glad the new dose of Wellbutrin is helping", "first filling done!" in a reply
      // that already ties them to care here: the treatment is theirs.
      else if (doc.addressed && !ofAGroup && (h.kind === 'procedure' || h.kind === 'medication') && !GROUP_WORDS.test(sentenceText) && tiedToCare() && !IF_CLAUSE.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) add(h, `${quote(doc, h)} is a ${what} in a reply that ties this person to care here.`, what);
      // "Mild jaundice is really common around day 3–5 – just keep feeding her" to "my newborn has yellow skin": the
      // condition named in a reply that advises them on their own case is theirs.
      else if (doc.addressed && !ofAGroup && h.kind !== 'procedure' && adviceSpans.length > 0 && tests(ASKED_OF_OWN, doc.context.lower) && !IF_CLAUSE.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) add(h, `${quote(doc, h)} is named in a reply that advises this person on their own case.`, what);
      // "Yesterday our urgent care treated three hikers for heat exhaustion", "our Durness team spotted sepsis in a local
      // shepherd": a case the practice tells of, and what that person had.
      else if (!ofAGroup && TREATED_SOMEONE.test(sentenceText) && !IF_CLAUSE.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) add(h, `${quote(doc, h)} is a ${what} of someone the practice says it treated.`, what);
      else if (pictured) add(h, `${quote(doc, h)} is a ${what} of the patient in the picture.`, what);
      // ("What if I'm on a blood thinner?": a reader's question quoted in an FAQ.)
      // ("MYTH: 'I've had the HPV vaccine so…'": a belief quoted, not the writer's own.)
      // ("I'll be on vaccine duty Saturday": the writer's shift, not their treatment.)
      else if (h.kind !== 'symptom' && holds(WRITER_OWN, before) && !ON_DUTY_AFTER.test(after) && !/\?[\s"'”’]*$/.test(sentenceText) && !QUOTED.test(doc.text.slice(doc.sentences[h.sentence].start, h.start))) add(h, `${quote(doc, h)} is the writer's own ${what}: ${STAFF_HEALTH}.`, what);
      else if (h.kind !== 'symptom' && (holds(STAFF_OWN_BEFORE, before) || staffPossessed(doc, h, before) || (h.kind === 'condition' && STAFF_CAUGHT.test(before)) || (STAFF_HAD_REMOVED.test(before) && REMOVED.test(after))) && staffInSentence(doc, h.sentence)) add(h, `${quote(doc, h)} is a staff member's own ${what}: ${STAFF_HEALTH}.`, what);
    }
    // "concerned to hear about your daughter's symptoms": a relative's ill health, said to the family, whatever it is.
    if (doc.addressed) for (const m of matchAll(doc, RELATIVE_UNWELL)) {
      if (RELATIVES.has(m.match[1]) && !IF_CLAUSE.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) add(m, `${quote(doc, m)} says the relative this reply speaks of is unwell.`, 'symptoms');
    }
    // "delivered a baby girl by flashlight", "Baby Jaxon was delivered by Dr. Castellano": one birth, someone's care ("3,000
    // babies delivered over 20 years" is a career).
    if (doc.lower.includes('deliver')) for (const m of matchAll(doc, ONE_BIRTH)) {
      if (!found(m) && !IF_CLAUSE.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) add(m, `${quote(doc, m)} tells of one birth.`, 'pregnancy');
    }
    // "Dr. Olivia Trent, who's expecting her first baby in May": a staff member's pregnancy.
    if (doc.lower.includes('expecting')) for (const m of matchAll(doc, EXPECTING)) if (!found(m) && staffInSentence(doc, sentenceAt(doc.sentences, m.start))) add(m, `${quote(doc, m)} is a staff member's pregnancy: ${STAFF_HEALTH}.`, 'pregnancy');
    for (const m of matchAll(doc, WELCOMED_A_BABY)) {
      const sentence = sentenceAt(doc.sentences, m.start);
      if (!found(m) && staffInSentence(doc, sentence) && !IF_CLAUSE.test(doc.lower.slice(doc.sentences[sentence].start, m.start))) add(m, `${quote(doc, m)} is a staff member's birth: ${STAFF_HEALTH}.`, 'pregnancy');
    }
    // "Dr. Nwosu starts maternity leave on Friday": a staff member's pregnancy.
    if (doc.lower.includes('maternity')) for (const m of matchAll(doc, MATERNITY_LEAVE)) {
      if (staffInSentence(doc, sentenceAt(doc.sentences, m.start))) add(m, `${quote(doc, m)} is a staff member's pregnancy: ${STAFF_HEALTH}.`, 'pregnancy');
    }
    // Injuries and body parts that belong to someone.
    // ("let them 'brush' your teeth first" answering "Any tips for toddlers who hate brushing?": anyone's teeth.)
    for (const b of doc.phrases.bodyParts) {
      if (hits.some((x) => x.start <= b.start && b.end <= x.end) || hypothetical(b.start)) continue;
      const before = doc.lower.slice(Math.max(0, b.start - 40), b.start);
      // "Please speak to your GP about your baby's skin": what to ask a clinician about, said in a redirect.
      if (raisedInARedirect(doc, b)) continue;
      // "prevent swimmer's ear", "tennis elbow is common": the name of a condition, not someone's ear or elbow.
      if (/(?:swimmer|golfer|runner|jumper|athlete|housemaid|surfer|skier)(?:'s|s'|’s)? $|(?:tennis|text|tech) $/.test(before)) continue;
      // "Bec has had a permanent smile on her face": a figure of speech, nobody's body.
      // ("he keeps her on her toes": nor is that anybody's foot.)
      if (/(?<![a-z])(?:smiles?|grins?|beams?|tears?) on (?:her|his|their|my|your|our|everyone's|all our) $/.test(before) || (/^toes$/.test(doc.lower.slice(b.start, b.end)) && /(?<![a-z])(?:keeps?|kept|keeping|kept us|keep us) (?:[a-z]+ )?on (?:her|his|their|my|your|our) $/.test(before))) continue;
      // "your nearest eye emergency department": a service for that part of the body.
      if (holds(SERVICE_NAME, doc.lower.slice(b.end, b.end + 40))) continue;
      const injury = INJURY.exec(before);
      const sentence = sentenceAt(doc.sentences, b.start);
      // "help everyone keep their gums healthy": "their" of a group is nobody in particular.
      const groupOwner = /(?<![a-z])their\s+(?:[\p{L}-]+\s+)?$/u.test(before) && GROUP_BEFORE.test(doc.lower.slice(doc.sentences[sentence].start, b.start));
      const owner = !groupOwner && (holds(POSSESSED, before) || (doc.addressed && !groupAsked && /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:your|ur)(?:\s+[\p{L}-]+)?\s+$|how(?:'s|s| is| are) (?:the|that|those|your|ur)(?: left| right)?\s+$/u.test(before)));
      const anchored = pointing.some((a) => a.sentence === sentence);
      // "Reminder to everyone: check your skin monthly": a body part of every reader.
      if (toEveryReader(doc.lower.slice(doc.sentences[sentence].start, doc.sentences[sentence].end))) continue;
      if (doc.addressed && LIKE_YOURS.test(doc.lower.slice(b.end, b.end + 40))) add(b, `${quote(doc, b)}, compared with "yours", is this person's own body and injury.`, 'injury');
      else if (injury && anchored) add({ start: b.start - injury[0].length, end: b.end }, `${quote(doc, { start: b.start - injury[0].length, end: b.end })} describes someone's injury.`, 'injury');
      // "Our physio Josh tore his ACL": a staff member's own injury.
      else if (injury && /(?<![a-z])(?:his|her|their)\s+$/.test(injury[0]) && staffInSentence(doc, sentence)) add({ start: b.start - injury[0].length, end: b.end }, `${quote(doc, { start: b.start - injury[0].length, end: b.end })} is a staff member's own injury: ${STAFF_HEALTH}.`, 'injury');
      // "Our own Dr Wiśniewski had his gallbladder out", "I had my tonsils out at 30": a staff member's or the writer's operation.
      else if (((OPERATION_HAD.test(before) && REMOVED_AFTER.test(doc.lower.slice(b.end, b.end + 14))) || OPERATION_ON.test(before) || OPERATED_AFTER.test(doc.lower.slice(b.end, b.end + 40))) && (/(?<![a-z])my\s+(?:[a-z]+\s+)?$/.test(before) || staffInSentence(doc, sentence))) add(b, `${quote(doc, b)} is a staff member's or the writer's own operation: ${STAFF_HEALTH}.`, 'operation');
      else if (owner && (anchored || pictured || doc.addressed) && !/(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:raise|wash|brush|hold|cover)\s+(?:your|their)\s+$/u.test(before)) add(b, `${quote(doc, { start: wordStartFrom(doc.lower, Math.max(0, b.start - 12)), end: b.end })} is about one person's body in a message about their care.`);
      else if (pictured && anchored) add(b, `${quote(doc, b)} is the body of the patient in the picture.`);
    }
    // "Hope the ear is feeling better", "glad the jaundice is fading": wishing them well names their health.
    if (doc.addressed) {
      for (const m of matchAll(doc, WELL_WISH)) {
        const span = { start: m.end - m.match[1].length, end: m.end }; // the person and how they are
        if (found(span)) continue;
        // ("pleased Mali is feeling better": a bare word before "is" counts only as the name of someone who is not staff.)
        if (BARE_SUBJECT.test(m.match[1]) && !doc.people.some((p) => p.start === span.start && p.role !== 'staff' && p.role !== 'provider')) continue;
        // "Sorry he's unwell! We can't advise over Messenger — please call…": sympathy on the way to a redirect, as said to
        // anyone who writes in unwell; it names nothing of their health (a hope that they feel better still does).
        // ("Hope you're back on the pitch soon" to a sponsor: only a comment that tells of illness, injury or care makes being
        // back at it a recovery.)
        if (BACK_AT_IT.test(m.match[0]) && doc.context.health.length === 0 && doc.context.phrases.bodyParts.length === 0 && CARE_NOUNS.find(doc.context.words).length === 0) continue;
        if (SYMPATHY.test(m.match[0]) && VAGUE_ILL.test(m.match[1]) && SAID_ALONE.test(doc.lower.slice(m.end, m.end + 12)) && adviceSpans.length === 0 && REDIRECTED.test(doc.lower)) continue;
        add(span, `${quote(doc, span)} speaks of the recovery or health of the person this reply answers.`, 'recovery or health');
      }
    }
    // "We hope you and baby are both doing brilliantly" to a review of the midwives: a mother and newborn after the birth.
    if (doc.addressed && /bab|bub|little one|newborn/.test(doc.lower)) {
      for (const m of matchAll(doc, MOTHER_AND_BABY_WELL)) if (!found(m)) add(m, `${quote(doc, m)} speaks of a mother and her newborn after the birth.`, 'birth');
    }
    // "Hope he's back on the monkey bars soon" to "They looked after my son's broken arm", "hope the ear's feeling less
    // grim": their recovery, wished for, when the comment tells of their injury or illness.
    if (doc.addressed && (doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0)) {
      for (const m of matchAll(doc, BACK_SOON)) if (!found(m)) add(m, `${quote(doc, m)} wishes them well after the injury or illness the comment tells of.`, 'recovery');
    }
    if (doc.addressed && /recovery|through|wish/.test(doc.lower)) {
      for (const m of matchAll(doc, RECOVERY_WISH)) if (!found(m)) add(m, `${quote(doc, m)} speaks of the recovery or treatment of the person this reply answers.`, 'recovery or treatment');
    }
    // "Fingers crossed for egg collection on Friday", "good luck with the surgery tomorrow": luck wished for their treatment.
    if (doc.addressed) {
      for (const h of doc.health) {
        if (h.kind !== 'procedure' || found(h)) continue;
        if (LUCK_FOR.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) add(h, `${quote(doc, h)} is the treatment this reply wishes the person it answers luck with.`, 'treatment');
      }
    }
    for (const m of matchAll(doc, BIRTH, BIRTH_WORDS)) {
      // ("Babies born at 30 weeks often…", "anyone who has delivered twins": any baby.)
      const clause = clauseBefore(doc.lower, m.start);
      if (!found(m) && !GROUP_BEFORE.test(clause) && !IF_CLAUSE.test(clause)) add(m, `${quote(doc, m)} tells of one baby's birth.`, 'pregnancy and birth');
    }
    for (const m of [...matchAll(doc, SELF_ANCHORED), ...matchAll(doc, IN_HOSPITAL, IN_HOSPITAL_WORDS)]) {
      if (found(m)) continue;
      if (!doc.addressed && /^(?:your|the) /.test(m.match[0])) continue; // "your therapist", "the next dose" in a post: every reader's
      if (!doc.addressed && /^(?:feel|healing (?:vibes|thoughts|wishes|hugs)|back to)/.test(m.match[0])) continue; // "rest up and feel better soon" in a flu post: every reader
      if (!doc.addressed && /(?:^|[^a-z])(?:you're|you are|youre)\s*$/.test(doc.lower.slice(Math.max(0, m.start - 12), m.start))) continue; // "until you're 12 weeks pregnant" in a post: any reader
      if (!doc.addressed && /^(?:you're|you are|youre) /.test(m.match[0])) continue; // "MYTH: no flu jab when you're pregnant" in a post: any reader
      if (!doc.addressed && ANYONE_FROM.test(doc.lower.slice(Math.max(0, m.start - 40), m.start))) continue; // "to anyone from 28 weeks pregnant" in a post
      if (IF_CLAUSE.test(clauseBefore(doc.lower, m.start))) continue; // "If you're 28 weeks pregnant or more, you're eligible"
      if (spokeInPublicAbout(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) continue; // "spoke on breakfast TV about her long recovery"
      if (ANYONE_WHO.test(doc.lower.slice(Math.max(0, m.start - 20), m.start))) continue; // "not to treat anyone who is pregnant"
      if (/^,? or (?:your |a |an |their )?(?:own )?(?:gp|doctor|primary care|family doctor|physician|provider|specialist|nurse|pharmacist)(?![a-z])/.test(doc.lower.slice(m.end, m.end + 40))) continue; // "a referral from your cardiologist or primary care doctor": whichever they have
      add(m, `${quote(doc, m)} describes one person's health.`, 'recovery, pregnancy, treatment or results');
    }
    // Phrases that, in a reply, are about the person answered; each is tried only when the text holds its gate words.
    if (doc.addressed) {
      for (const { pattern, gate, needs, commentNamesHealth, says, kind } of SAID_TO_THEM) {
        if ((gate && !testWhole(gate, doc.lower)) || (commentNamesHealth && doc.context.health.length === 0)) continue;
        for (const m of matchAll(doc, pattern, needs)) if (!found(m)) add(m, `${quote(doc, m)} ${says}.`, kind);
      }
    }
    // "A 4-year-old swallowed a button battery… he's recovering well", "she's home and doing great" in a post: how the
    // person the post tells of is getting on.
    if (!doc.addressed && /recover|doing|stable|heal|mend/.test(doc.lower)) for (const m of [...matchAll(doc, DOING_BETTER), ...matchAll(doc, OUT_OF_CARE)]) {
      const sentence = sentenceAt(doc.sentences, m.start);
      if (!found(m) && facts.anchors.some((a) => a.kind !== 'you' && (a.sentence === sentence || a.sentence === sentence - 1))) add(m, `${quote(doc, m)} says how the person this post tells of is recovering.`, 'recovery');
    }
    // "your smear test", "Jayden's next scan", "your 36-week check": a test or treatment of theirs, named as their care here.
    for (const m of possessedCare(doc, facts.anchors)) {
      const named = NAMED_CARE.exec(doc.lower.slice(m.start, m.end));
      if (named && !found(m)) add(m, `${quote(doc, m)} names a test or treatment of the person it refers to.`, 'treatment or test');
    }
    // "An ALT of 68", "your A1C came back at 6.1": a lab value in a reply is their result.
    // ("an A1c of 5.7% to 6.4%": a range, a definition's, nobody's result.)
    if (doc.addressed && /\d/.test(doc.lower)) for (const m of matchAll(doc, LAB_VALUE)) if (!found(m) && !RANGE_AFTER.test(doc.lower.slice(m.end, m.end + 16))) add(m, `${quote(doc, m)} is a test result of the person this reply answers.`, 'test result');
    // A dose in a reply is a dose for this person.
    // ("Current evidence suggests under 200 mg a day…": what the evidence says for everyone; so is the most "an adult can
    // take", asked of anyone.)
    if (doc.addressed && !groupAsked) for (const m of matchAll(doc, DOSE)) if (!found(m) && !priced(doc.lower, m.start) && !GENERAL_SENTENCE.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) add(m, `${quote(doc, m)} is a dose for this person.`, 'medication');
    return hits.sort((a, b) => a.start - b.start);
  },
};

// Inside a quotation opened in the sentence and not yet closed: "MYTH: 'I've had the …".
const QUOTED = /(?:^|[\s:(])["“‘'](?=\S)(?:(?!["”’'](?:\s|[.,!?;:)]|$)).)*$/;

const KIND_WORDS = { condition: 'condition', symptom: 'symptom', procedure: 'treatment or test', medication: 'medication' } as const;

/** The text from the start of the clause of `at` (after a sentence end, a semicolon, a colon or a dash) up to it. */
export function clauseBefore(lower: string, at: number): string {
  let start = at;
  while (start > 0 && !'.!?;:—–\n'.includes(lower[start - 1])) start--;
  return lower.slice(start, at);
}

/** A staff member is named or described in the sentence: "Nurse Tamsin", "Denise from our front desk", "our practice manager". */
// "Dr. Tolliver's bypass surgery went well": a staff member's own operation, told as news (not "Dr Lee's hip replacement
// patients" or "Dr Lee's vasectomy clinic", which are the care they give).
const OWN_NEWS_AFTER = /^(?:\s+(?:went|was|is|has|had|will|last|this|on|in|yesterday|today|earlier|recovery)(?![a-z])|\s*(?:[.!,;:—–]|$))/;
function staffPossessed(doc: Doc, h: Span, before: string): boolean {
  if (!/(?:'s|’s) (?:[a-z-]+ )?$/.test(before) || !OWN_NEWS_AFTER.test(doc.lower.slice(h.end, h.end + 12))) return false;
  // (A person's span may hold the "'s" itself.)
  return doc.people.some((p) => (p.role === 'staff' || p.role === 'provider') && p.end <= h.start && /^(?:'s|’s)? (?:[a-z-]+ )?$/.test(doc.lower.slice(p.end, h.start)));
}

function staffInSentence(doc: Doc, sentence: number): boolean {
  const { start, end } = doc.sentences[sentence];
  const text = doc.lower.slice(start, end);
  // A public figure, or someone telling their story in public, is no staff member's private health.
  if (doc.people.some((p) => p.role === 'public' && p.sentence === sentence) || /publicly|openly|went public|in an interview/.test(text)) return false;
  if (doc.people.some((p) => (p.role === 'staff' || p.role === 'provider') && p.sentence === sentence) || STAFF_ROLE.test(text) || WRITER_AT_WORK.test(text)) return true;
  // "Meet Ingrid, our physio! She's back in clinic after her own ACL reconstruction": "she" is the staff member just named.
  // ("Welcome back Wrenna! Six weeks after her knee replacement she's…": the same, a sentence on.)
  // ("Dr. Lindqvist is leaving??" — "She's not leaving, just heading out on maternity leave": the staff member the comment names.)
  if (!/(?:^|[^a-z])(?:she|he|her|his|she's|he's)(?![a-z])/.test(text) || doc.people.some((p) => p.sentence === sentence && p.role === 'patient')) return false;
  return sentence > 0 ? staffInSentence(doc, sentence - 1) : doc.context.people.some((p) => p.role === 'staff' || p.role === 'provider');
}

function nearestAnchor(anchors: readonly Anchor[], sentence: number, at: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (a.sentence === sentence && (!best || Math.abs(a.start - at) < Math.abs(best.start - at))) best = a;
  return best;
}

// "our blog post on fevers", "this article about rashes": the topic of a pointer, not their case.
const TOPIC_POINTER = new RegExp(String.raw`(?:post|article|blog|guide|guidance|advice|page|video|info|information|leaflet|handout|faq|tips?|resources?|class|webinar|podcast|episode|exercises) (?:on|about|for|re|covering) (?:[\p{L}-]+ )?$`, 'u');
// The commenter said it is theirs: "I think I have a UTI", "my son has a sore throat".
const FIRST_PERSON = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])(?:i|i'm|im|i've|ive|i'd|me|my|mine)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF'])/u;
const ABOUT_OTHERS = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:writing|article|story|journalist|reporter|research|study|asking for a friend)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;

// ("studies found that antibiotics…": "that" opening what was found, not pointing at their antibiotics.)
// ("…depends on the infection": whichever infection it is, not theirs.)
const THAT_FOUND = /(?<![a-z])(?:(?:showed|shows|shown|found|finds|says|said|suggests|suggested|means|meant|know|knew|think|believe|agree|true|clear|sure) that|(?:depends|depend|depending|dependent) on the|(?:varies|vary|varying) with the)\s+$/;

// "at 2 months", "9 weeks", "34 wks": an age or a stage of pregnancy, as a number and its unit.
const MEASURE = /(?<![\d.,])(\d{1,3})[ -]?(weeks?|wks?|months?|mos?|days?|years?|yrs?)(?![a-z])/g;
const measures = (lower: string) => new Set([...lower.matchAll(MEASURE)].map((m) => `${m[1]}${m[2][0]}`));
/** The sentence gives an age or stage the commenter gave of themselves or their child ("at 2 months" to "my 2 month old"). */
function restatesTheirMeasure(theirs: ReadonlySet<string>, sentenceText: string): boolean {
  return theirs.size > 0 && /\d/.test(sentenceText) && [...measures(sentenceText)].some((m) => theirs.has(m));
}

const CAUSES_BEFORE = /(?<![a-z])(?:causes?|caused|causing|gives? (?:you |people |kids )?|leads? to|prevents?|cures?) (?:a |an )?$/;
function claimedInContext(doc: Doc, h: HealthTerm): boolean {
  if (h.kind !== 'condition' && h.kind !== 'symptom') return false;
  const c = doc.context;
  if (TOPIC_POINTER.test(doc.lower.slice(Math.max(0, h.start - 40), h.start))) return false;
  // "A reminder for everyone: glaucoma often has no early symptoms": said to every reader.
  if (toEveryReader(doc.lower.slice(doc.sentences[h.sentence].start, doc.sentences[h.sentence].end))) return false;
  // ("my mum always said ice water causes sore throat": what something causes, in anyone.)
  return c.health.some((x) => x.term === h.term && FIRST_PERSON.test(c.lower.slice(c.sentences[x.sentence].start, c.sentences[x.sentence].end)) && !ABOUT_OTHERS.test(c.lower) && !askedWhether(c, x) && !CAUSES_BEFORE.test(c.lower.slice(Math.max(0, x.start - 24), x.start)));
}

// "How do I know if what I'm feeling is anxiety or just stress?", "is it a Lyme tick?": a condition the commenter
// wonders about, not one they said they have.
const WHETHER = /(?:know if|tell if|tell whether|whether|is it|could it be|might it be|is this|is that|are these|or just|or is it|how do (?:i|you) know)(?![a-z])/;
function askedWhether(c: MessageText, x: HealthTerm): boolean {
  const sentence = c.sentences[x.sentence];
  return /\?/.test(c.text.slice(x.end, sentence.end + 1)) && WHETHER.test(c.lower.slice(sentence.start, x.start));
}

function describe(doc: Doc, a: Anchor): string {
  switch (a.kind) {
    case 'name':
      return `the name ${quote(doc, a)}`;
    case 'you':
      return `${quote(doc, a)} (a reply speaks to one person)`;
    default:
      return quote(doc, a);
  }
}

/** The start of the first whole word at or after `at`, so a quote never opens mid-word. */
function wordStartFrom(lower: string, at: number): number {
  while (at > 0 && at < lower.length && /[\p{L}']/u.test(lower[at - 1])) at++;
  return at;
}
