// Individual medical guidance given in public: a diagnosis or a guess at one, a dose, what to take,
// stop or try, home treatment for this person's problem, whether they need a test. Gentle and
// question forms count too. Redirecting to the office, a nurse line, urgent care or 911 is safe,
// and so is general information addressed to everyone.
import { matchAll, quote, type Detector, type Hit } from '../detector';
import type { Doc, MessageText } from '../doc';
import { DOSE_AMOUNT, GROUP_SUBJECT, PER_LITRE, saidOfAGroup } from './health-details';
import { asksInGeneral, givesThemAState, OWN_OR_FAMILY_WORDS } from '../anchors';
import { reviewOfCare } from './confirms-patient';
import { CARE_NOUNS } from '../possessed-care';
import { compileOnFirstRun, holdsAny, priced, sentenceAt, tests, type Span } from '../text';
import { templateFor } from '../templates';
import { holds, holdsInSentences, testWhole } from '../required-words';
import { EMERGENCY_NUMBERS, HELPLINES } from '../vocabulary';

// A dose, or how often to take or do something ("4x a day", "every 6 hours").
const DOSE = new RegExp(String.raw`${DOSE_AMOUNT}(?:mg|mcg|µg|ug|ml|cc|milligrams?|micrograms?|units|iu|tsp|teaspoons?|tbsp|tablespoons?|tabs?|tablets?|pills?|capsules?|caps|puffs?|drops|sprays?|oz|ounces?)${PER_LITRE}(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])|(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])\d+(?:\.\d+)?\s?%\s+(?=\p{L})(?!(?:payment|financing|interest|apr|off|discount|down|of|chance|success|coverage|copay|coinsurance)(?![a-zA-Z]))|(?<![a-z0-9])(?:half an? (?:tablet|pill|capsule|tab|teaspoon|tsp|sachet|dose|puff)|(?:one|two|three|four) (?:tablets?|pills?|capsules?|puffs?|teaspoons?|sachets?)(?= (?:a|per|at|every|twice|once|before|after|with|now|tonight|in the)(?![a-z]))|\d+ ?x ?(?:a|per|\/) ?day|(?:once|twice|three times|four times) (?:a|per) day|every \d+(?:[-–]\d+)? ?(?:hours|hrs|h)|every (?:hour|waking hour|couple of hours|few hours))(?![a-z])`, 'gu');

// An emergency call told as the thing to do now, at the start of a sentence, after their name at most ("Pedro, please call
// 911 now"; not "if …, call 911").
const EMERGENCY_CALL = new RegExp(String.raw`(?:^|[.!?—–]\s+|\n)(?:(?!(?:if|so|otherwise|then|and|or|but|else)(?![a-z]))[a-z\u00C0-\u024F'-]+,\s+)?(?:please )?(?:call|dial|ring) (?:${EMERGENCY_NUMBERS}|an ambulance)(?: (?:right )?now| immediately| straight away)?(?![a-z0-9])`);
const DOSE_IN_TEXT = new RegExp(DOSE.source, "u");

// Verbs that start an instruction to treat something at home.
const TREATMENT_VERB =
  'take|taking|give|soak|limit|stick to|stick with|try|use|leave (?:it|them) (?:covered|uncovered|alone|open|dry)|(?:don\'t|do not|never) (?:pop|squeeze|scratch|pick|burst)|press(?! (?:\\d|option|star|hash|#|zero|one|two|three|four|five|six|seven|eight|nine|the (?:button|buzzer|bell))(?![a-z]))|apply pressure|get (?:it|them|one|your|the)|get (?:a|an) (?:[a-z-]+ )?(?:booster|jab|shot|vaccine|tetanus|test|scan|x-?ray|blood test|check|check-up|review)|repeat (?:it|that|the (?:reading|test|dose|course))|focus on|ditch|lay off|steer clear of|bite (?:down |firmly )?on|feed|bathe|tape|splint|remember(?: to)?(?! (?:to )?(?:bring|book|call|ring|cancel|update|arrive|fill|complete|register|log in|let us|tell us|order|request|check in|reschedule)(?![a-z]))|begin|go up|taper|titrate|wean|apply|start|stop|quit|switch|keep|alternate|push|hold|ice|icing|elevate|rest|avoid|skip|cut|foam roll|add|drink|eat|brush|stay|finish|slather|put|soak|rinse|gargle|massage|stretch|wear|remind|make sure|double|increase|decrease|lower|bump|limit|wait|dab|cover|clean|pop|chew|sip|run|sleep|lie (?:on|down|flat)|swap|reduce|cut (?:back|down)|ease off|back off|ease back(?: in)?(?: into| to)?|sit (?:it |this |the (?:game|match|season|week) )?out|build back up|check your (?:bp|blood pressure|temp|temperature|sugar|glucose)|give it|don\'t (?:take|give|use|stop|eat|drink|adjust|change|double|skip|increase|drive|swim|fly|lift|smoke|scratch|rub|pick)|do not (?:take|give|use|stop|adjust|change|double|skip|increase|drive|swim|fly|lift|smoke|scratch|rub|pick)|no (?:swinging|running|lifting|swimming|chewing|sports)';
const TREATMENT_VERB_ALONE = new RegExp(`^(?:${TREATMENT_VERB})$`);
// "take about 20 minutes", "take all the time you need", "keep an eye on our page" (or "on your email"), "give us your old pharmacy's name" are
// not instructions to take something;
// "Remember anyone who drives should…" reminds everyone.
// ("a check-up and clean is $189", "the clean special": the word is the thing sold or talked of, not an instruction.)
const NOT_AN_INSTRUCTION = '(?! (?:is|are|was|were|costs?|special|specials|deals?|offers?|appointments?|fees?|prices?)(?![a-z]))(?! at any (?:time|point|stage|moment))(?! an eye (?:out )?(?:on|for) (?:https?:|www\\.|our (?:page|website|site|socials|feed|careers|jobs)|(?:your|the) (?:email|emails|inbox|phone|texts?|messages|post|mail|spam|junk|letterbox|mailbox|app)(?![a-z])))(?! [^.!?,;]{0,50}(?:seriously|to heart))(?!(?<=give) (?:us|me)(?![a-z]))(?! [^.!?,;]{0,30}?(?<![a-z])(?:our (?:very )?(?:love|best|regards|thanks)|a (?:big )?(?:hug|high[- ]five|cuddle|squeeze|fist bump)|(?:always )?welcome)(?![a-z]))(?!,? (?:you can|you\'re|you are|we\'re|we are|that (?:we|you)|if in doubt)(?![a-z]))(?!:?,? (?:that )?(?:anyone|everyone|everybody|all adults|all children|most people|people) (?:who|over|under|with|aged|should|can|needs?|must)(?![a-z]))(?!(?<=stay|keep) (?:safe|well|strong|positive|connected|cool|warm|healthy|happy|sane|sun-?smart)(?![a-z]))(?! (?:it up|up the good|going(?! for )|in touch|spreading|sharing|smiling|shining|rocking|asking (?:questions|great questions|the (?:good|great|right) questions)|us posted|an eye out for (?:our|the|this) |an eye on [a-z0-9-]+\\.[a-z]|an eye on (?:our|the|this) (?:[a-z]+ )?(?:page|website|site|feed|socials|inbox|newsletter|app|calendar|events|emails?|posts?|updates|announcements|instagram|facebook)(?![a-z])|about|around|up to|roughly|approximately|\\d+ ?(?:min|minutes|hours?|days?|weeks?)|a few|several|a (?:while|look|moment|minute|second|break)|all the time|your time|time|place|care|part|pride|a seat|it easy|a breath|tuned))';
const IMPERATIVE = new RegExp(`(?:^|[.!?;:—–(,]\\s*|\\s[-+]\\s|\\p{Extended_Pictographic}\\uFE0F?\\s+|(?<![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])(?:and|then|but|so|also|just|please|try to|definitely|honestly|(?:tell|remind|ask|have|get) \\p{L}+(?: \\p{L}+)? to|make sure (?:he|she|they|you))\\s+)(${TREATMENT_VERB})(?![a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF-])${NOT_AN_INSTRUCTION}`, 'gu');

// Things people are told to do at home, beyond named drugs and procedures.
const HOME_CARE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:fluids|water|drinks|honey|humidifier|compress(?:es)?|ice|icing|gauze|tea bag|heat|pressure|crutches|brace|sling|bandage|exercises|stretches|foam roll|coffee|caffeine|wipes|cream|ointment|drops|bath|saline|vinegar|alcohol|elevated|meds|medicine|dose|pill|pills|paste|toothpaste|floss|diet|sleep|naps?|bedtime|screen time|pacifier|paci|swaddle|bottle|formula|breastfeed\w*|warm|cold|cool|spf|sunscreen|band)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;

// "general rule: wait 30 min after coffee before brushing": a tip for everyone.
const GENERAL_TIP = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:general rule|general advice|rule of thumb|as a rule|in general|generally speaking|pro tip|tip for everyone|for everyone|(?:tips?|reminders?|advice) for (?:all |any )?(?:parents|families|mums|moms|dads|carers|caregivers|readers)|for all (?:parents|families|mums|moms|dads|carers|caregivers|readers|followers)|for most (?:[a-z-]+ ){0,3}?(?:cases|people|sprains|strains|injuries|adults|kids|children|colds|coughs)|in most cases|typically|on average|(?:current |the |recent |new |the latest )?(?:evidence|research|studies|guidelines|guidance) (?:suggests?|shows?|says?|recommends?|finds?|found)|(?:help|helps|work|works|suit|suits) (?:most|many) (?:people|adults|children|kids|patients))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;
// How long to keep doing something: in an instruction about a health problem, a sign of home care.
const DURATION = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:for (?:another |a further )?(?:a|an|one|two|three|four|five|six|a few|few|a couple of|couple of|another|the next|\d+(?:[-–]\d+)?) ?(?:more )?(?:minutes?|mins?|hrs?|hours?|days?|nights?|weeks?|fortnights?|months?)|(?<=(?<![a-z])(?:keep|leave|rest|ice|elevate|cover) [a-z ]{1,20} )\d+(?:[-–]\d+)? ?(?:hrs?|hours?|days?|mins?)(?![a-z])|for now|until (?:it|the|your|you|dr|then)|in the meantime|meanwhile|til|(?:the full|all|the whole|the rest of the|every) (?:\d+ )?(?:days?|weeks?|course|doses?|tablets?|pills?)(?: of)?)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/u;

// A diagnosis or a guess at one: "it's probably strep", "sounds like contact dermatitis".
const GUESS = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:it's|its|it is|that's|thats|this is|sounds? (?:a lot |a bit |very much |just |exactly |more )?like|looks? (?:a lot |a bit |very much |just |exactly |more )?like|seems like|could be|might be|may be|(?:could|might|may) (?:well|possibly|easily) be|probably|prob|likely|most likely|classic|typical|usually means|often means|can be a sign of|(?:needs?|need) (?:checking|to be checked|testing|to be tested|ruling out|to be ruled out)(?: [a-z]+){0,3}? for|is a sign of|a sign of|can be (?:a|an)|(?:is|are|'s) (?:often|usually|most often|most likely|commonly|typically|probably|likely) (?:a|an|from|caused by|due to)|you've got|you have|he has|she has|he's got|she's got|definitely|almost certainly)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;
// Reassurance about this person's case: "totally normal at this stage", "she's fine".
const REASSURE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:totally|perfectly|completely|pretty|super|very|so|quite|really) (?:normal|common|typical|expected)|normal at|common at|common between|(?:he|she|you|they|it)(?:'s|'ll| will| is| are| should)? (?:be )?(?:fine|ok|okay|ready now|good to go|normal)|no (?:further |more )?(?:treatment|antibiotics|meds|medication|stitches|x-?rays?|tests?|follow-?up) (?:needed|necessary|required)|(?:should|will|(?<=[a-z])'ll|can|may|might) (?:usually |normally |probably |soon )?(?:come out|heal|clear up|go away|even out|calm down|resolve|fade|settle|improve|hang around)|hang in there|nothing to worry about|i (?:wouldn't|would not|wouldnt) worry|(?:it|this|that) can (?:probably |safely |usually |likely )?wait (?:until|till|for|to)|(?:pass|passes|go away|goes away|resolve|resolves|clear|clears|settle|settles|stop|stops|heal|heals|(?:come|comes|fall|falls|drop|drops) out) (?:up |down )?on (?:its|their) own|(?:normal|common|expected|typical) after|(?:can|may|might|often|usually|commonly) (?:happen|occur) after|not (?:a|an) (?:scam|big deal|emergency))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gu;
// Gentle and question forms: "you might want to", "have you tried", "I'd skip it", "donor eggs would give you the best chance".
/** Ways to reach the practice, after "you could try": "ringing from a different number", "booking online". */
const REACHING_US_AFTER = /^ (?:ringing|calling|phoning|emailing|messaging|texting|contacting|booking|getting in touch|getting through|using (?:the|our) (?:app|online|website|portal|form|e-?consult)|again (?:later|tomorrow|after)|later|(?:ringing |calling )?from (?:a different|another) (?:number|phone)|(?:a different|another) (?:number|phone|line))(?![a-z])/;
const GENTLE = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:for|at) your age,? [^.!?]{0,40}?(?:would be|'d be|is|are) (?:sensible|best|recommended|a good idea|wise|worth it|advisable|ideal)|(?:might|may|would|could|'d) (?:also )?be worth (?:getting|having|trying|taking|asking for|checking)(?! (?:in touch|a call|a chat|an appointment|booked|seen)(?![a-z]))|(?:would|will|could|'d) (?:probably |likely )?give (?:you|u|him|her|them) (?:the|your|his|her|their) best (?:chance|odds|shot)|let's (?:wait|hold off|hold fire|leave (?:it|that|the)|pause|skip)(?![a-z])|i'd (?:sit (?:this|it) (?:one )?out|hold off|give it (?:a|another|two|three|\d)|leave it|rest it|skip (?:it|this|that|the))|(?:you|u) might want to|(?:you|u) may want to|(?:you|u) could try|(?:you|u) should|you'll want to|you need to|you'd need|you would need|(?:he|she|you|they|yours|it)(?: will|'ll| would|'d)? (?:probably |prob |likely |most likely |definitely )?(?:do |does )?needs?(?= (?:a|an|to|some|more|\d+|antibiotic[a-z]*|antivirals?|drops|stitches|glasses|surgery|meds|medication|tubes|braces|x-?rays?|labs?|bloods|blood tests?|tests?|[a-z-]+ (?:tests|scans|x-?rays)|an? ecg|biopsy|scans?|mri|spf|mineral|treatment)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]))|(?:he|she|you|they)'(?:ll|d) (?:probably |prob |likely |most likely )?need(?= (?:a|an|to|some|more|\d+|antibiotic[a-z]*|antivirals?|drops|stitches|glasses|surgery|meds|medication|tubes|braces|x-?rays?|labs?|bloods|blood tests?|tests?|biopsy|scans?|mri|treatment)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]))|(?:a good|the best|your best|the first) (?:first )?(?:step|bet|option|approach|thing to (?:do|try))(?: here| for (?:you|him|her|them))? (?:is|would be|are)|(?:is|are|'s) (?:perfectly |completely |totally |very |quite )?safe (?:for|to give) (?:your|him|her|them|you)|(?:is|are|'s|'re) (?:perfectly |completely |totally |absolutely )?(?:fine|ok|okay) for (?:you|him|her|them)(?= to| now|[,.!?;]|$)|(?:he|she|they) (?:should|needs to|ought to) (?:probably |really |definitely )?(?:start|take|try|use|stop|get|have|see|be seen|avoid|skip|keep|go|finish|repeat|redo|recheck|come back|(?:come|stay) off(?! (?:the |that |this )?(?:[a-z-]+ )?(?:list|rota|register|books|waitlist))|cut down|cut back)|(?:would|'d) (?:probably |likely |usually |most likely )?(?:refer (?:you |him |her |them )?(?:for|to)|prescribe|start (?:you|him|her|them) on|put (?:you|him|her|them) on)|i(?:'d| would) (?:usually |probably )?(?:suggest|recommend|start|skip|stop|avoid|try|go with|stay|do|hold off|wait|stick|switch|swap|change to|take|use|give|keep|lean towards?|sit (?:this|it) out)|(?:is|'s|would be) (?:the |a )?(?:safer|better|best) (?:choice|option|bet)(?: for (?:you|him|her|them))?|(?:it's |it is )?(?:best|better) (?:to )?(?:avoid|skip|stop|hold off|steer clear of|leave (?:it|them|that)(?! with| to (?:us|me|the|our|reception|them|him|her)(?![a-z])))|(?:it's |it is )?(?:best|better) not to(?= (?:stay|lie|rest|take|use|give|eat|drink|run|exercise|lift|drive|swim|fly|wear|put|scratch|pop|squeeze|pick|bathe|shower|wash|touch|rub|play|train)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]))|(?:he|she|you|they) (?:doesn't|does not|don't|do not|won't|will not) need(?= (?:antibiotic[a-z]*|amoxicillin|antivirals?|meds|medication|an? x-?ray|stitches|a scan|surgery))|we(?:'d| would) (?:definitely |strongly |really |probably |always )?(?:suggest|recommend|stay|start|go|do)|i (?:usually |would |always )?(?:suggest|recommend)|my advice|in (?:your|his|her|their) (?:case|situation)(?=,? (?:you|he|she|they|it)(?![a-z]))|have (?:you|u) tried|did (?:you|u) try|worth (?:an?(?! (?:read|look|listen|watch|browse|visit|follow)(?![a-z]))|trying|asking(?! (?:them|him|her|your (?:own )?(?:[a-z-]+ )?(?:clinician|doctor|gp|provider|dentist|pharmacist|pediatrician|paediatrician|midwife|nurse|prescriber|team))(?![a-z]))|checking|doing|keeping|taking)|(?:might|may|could) be time (?:to|for)|is worth it|candidate for|ask about switching|instead of stopping|keep it to|stay at|for (?:a|an) \d+\s?(?:yo|year old|yr old|month old))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
// Safe redirects and refusals, which are what the practice should say.
const TO_CARE_AFTER = /^,? (?:to be (?:seen|checked|assessed|examined|looked at)(?![a-z])|(?:a |an )?(?:quick )?(?:chat|call|word|conversation|appointment|review|check) with (?:our|your|a|the)(?= )|(?:(?:that )?(?:you|u) )?(?:to )?(?:book|call|ring|phone|contact|see (?:a|the|your|one of|us)|speak (?:to|with)|talk (?:to|with)|come in|pop in|get (?:it|this|that|them|yourself|him|her) (?:checked|looked at|seen|assessed))|(?:(?:a|an|the|your|our|one of our) )?(?:full |proper |quick |thorough |face-to-face |in-person |professional |routine |gp |doctor's |nurse |dental |physio |same-day |urgent |prompt )?(?:(?:hearing|eye|sight|skin|foot|heart|blood|medical|health|mole|breathing|memory|sleep|balance|vision) )?(?:assessment|evaluation|appointment|check-?up|check|exam|examination|consultation|review|visit|gp|doctor|nurse|dentist|booking|referral|fit note|sick note|doctor's note|medical certificate|call|phone call|look|pharmacy|pharmacist|chemist|optician|optometrist|midwife|health visitor|prescriber|specialist|(?:pa?ediatrician|dermatologist|physio|physiotherapist)s?)|with (?:a|an|the|your|our) (?:gp|doctor|physio|physiotherapist|pharmacist|dentist|nurse|clinician|midwife|optician|specialist|prescriber|provider|insurer|insurance|plan)|with yours)(?![a-z])/;
// "Please don't stop any medication without speaking to us first", "don't change a dose on your own": a caution to ask first.
const CHECK_FIRST = /(?:don't|do not|never|please don't) (?:stop|change|start|double|skip|take|mix|adjust|increase|reduce|come off|go over|exceed)(?![a-z])[^,;]{0,40}?(?:without (?:checking|speaking|talking|asking|consulting|getting advice)|on your own|by yourself|yourself)(?![a-z])/;
const TREATMENT_NOUN_AFTER = /^ (?:treatments?|medications?|medicines?|creams?|clinic|services?|mapping|screening|checks?|specialists?|programmes?|programs?|vaccines?|vaccinations?|jabs?|shots?|series|doses?|boosters?|providers?|doctors?|nurses?|teams?|educators?|consultants?)(?![a-z])/;
const STATISTIC = /(?<![a-z0-9])(?:\d+|one) in \d+(?![0-9])/;
// ("Is it safe to take sumatriptan while pregnant?" asks for the asker.)
// In the answer to a group question, "you" is whoever asks it; "your son" or "him" is someone.
const SOMEONE = /(?:^|[^a-z'])(?:(?:your|ur) (?:[a-z-]+ )?(?:son|daughter|kid|child|boy|girl|baby|little one|toddler|teen|husband|wife|partner|mum|mom|dad|mother|father)s?(?:'s)?|him|his|he|she|her)(?![a-z'])/;
const CAN_I = /(?<![a-z])(?:is it (?:ok|okay|safe|fine) (?:for (?:me|him|her|us|them) )?to get(?= (?:a|an|the|my|his|her|their)? ?(?:[a-z-]+ ){1,2}?(?:jab|shot|vaccine|vaccination|booster|injection|filling|x-?ray|scan)s?)|(?:can|could|should|may|is it ok (?:for me )?to|is it safe (?:for me )?to|am i ok to|ok to) (?:i |he |she |we |my [a-z]+ |u )?(?:still |also |safely |just )?(?:take|have|drink|use|give|eat|stop|keep taking|keep using|skip|double|mix|carry on|(?:come|get|go) off|cut down|halve|crush|split|stay|go|rest|exercise|walk(?! ?in(?![a-z]))|run|work|fly|swim|drive|bathe|shower|sleep|wear|ice|heat|breastfeed|breast-feed|breast feed|feed|get(?= (?:a|an|the|my|his|her|their|some)? ?(?:[a-z-]+ ){0,2}?(?:jab|shot|vaccine|vaccination|booster|injection|filling|x-?ray|scan|antibiotic|cream|inhaler|tablet|pill|medicine|medication|prescription)s?(?![a-z]))))(?![a-z])/;
// "…for my cold", "…for his chest" (not "for my daughter", who may just need it collected).
const FOR_OWN_AILMENT = /^[^?]{0,40}(?<![a-z])for (?:my|his|her|our|this|a) (?!(?:son|daughter|child|kid|baby|husband|wife|partner|mum|mom|dad|mother|father|family|friend|nan|gran|grandma|grandad)s?(?![a-z]))[a-z]+/;
const SERVICE_ASKED = /^[^?]{0,40}(?<![a-z])(?:(?:at|from|with|through) (?:your|the|you)(?: [a-z-]+)? (?:clinic|practice|surgery|pharmacy|office|centre|center|branch|site)|(?:at|from|with|through) you(?:r place| guys)?|here|online|on the nhs|this (?:week|weekend|saturday|month)|(?:through|via|over|by) (?:a |the )?(?:telehealth|telemedicine|video(?: call| visit)?|phone|online|app|email|text|e-?consult))(?![a-z])/;
const OWN_STATE_AFTER = /^[^?]{0,60}(?<![a-z])(?:if|while|when|since|as|after|with|on) (?:i'm|im|i am|i've|ive|i have|i had|i got|my|she's|he's|she has|he has)(?![a-z])/;
// "Can I still use the cream…?": a product they use on themselves.
const PRODUCT_AFTER = /^ (?:the |my |this |that |these |her |his )?(?:[a-z-]+ )?(?:cream|ointment|gel|drops|spray|inhaler|patch|lotion|mouthwash|pills?|tablets?|medicine|medication)(?![a-z])/;
// "is that normal?", "is this enough?", "should I be worried?", "does she need to…": the asker wants a verdict on their own case.
const IS_THAT_Q = /(?<![a-z])(?:what should (?:i|we) do|too (?:late|early|old|young) (?:for|to)|is (?:the |my )?[a-z0-9,. -]{0,20}? (?:safe|ok|okay) (?:for me|for her|for him|for my|for us)|(?:is it|am i|are we|is (?:she|he|it)) (?:already )?too (?:late|early|old|young)|am i (?:already |now |still )?(?:hypertensive|diabetic|pre-?diabetic|anaemic|anemic|overweight|obese|underweight|contagious|infectious|dehydrated|in labou?r|at risk)|should (?:i|we|he|she) (?:come in|be seen|get (?:seen|checked|tested)|see (?:a|the|someone))|is (?:that|this|it) (?:normal|enough|too much|too little|ok|okay|safe|fine|bad|a problem|worrying|serious|common|urgent|an emergency)|should i (?:be )?worr(?:y|ied)|will (?:it|this|that|they|he|she) (?:stop|go away|get better|heal|settle|clear up|go down|pass)|(?:do|does|should) (?:i|he|she|we|they) (?:need|have) to|(?:do|does|would) (?:i|he|she|we|they) (?:really |still |actually |even )?need (?:[a-z]+)|is (?:a |my |his |her |their )?(?:(?:bp|blood pressure|sugar|blood sugar|reading|temp|temperature|level|result|heart rate|pulse|cholesterol|a1c|hba1c)(?: of)? )?\d[\d/.,]* (?:too |a bit |really |very )?(?:high|low|normal|ok|okay|bad|dangerous))(?![a-z])(?:[^.!]*\?|\W*$)/;
// The commenter's own situation told without "I": "Had unprotected sex last night…", "Off to Kenya in 5 days…".
const OWN_SITUATION = /(?:^(?:@[a-z0-9_]+\s+)*|["“:]\s*)(?:had|just had|got|been|off to|going to|heading to|flying to|started|took|missed|forgot)(?![a-z])/;
// A verdict on that case anywhere in the reply: "skipping weekends is fine", "no need to change anything", "it usually settles".
// ("it's fine to ask" invites a question, it judges nothing.)
// ("That's on the high side", "7.8 fasting is a little high": their reading, judged.)
// ("If your last one was over 10 years ago, yes, pop in today": a yes to "do I need a tetanus shot?", however it goes on.)
const TIME_FOR_A_CHECK = /(?<![a-z])(?:sounds|looks|seems) like (?:it (?:might|may|could) be|it's|it is) (?:high |about )?time (?:for|to (?:get|book)) (?:a|an|your) (?:[a-z-]+ ){0,2}?(?:check|test|check-?up|review|appointment|assessment|scan)(?![a-z])/;
const VERDICT = /(?<![a-z])(?:(?:higher|lower) than (?:we'd|we would|i'd|i would|we) (?:like|want|expect)|(?<=, |— |– )yes,? (?:you (?:do|should|need|can)|go|pop|come|book|get|have|take)(?![a-z])|(?:that's|that is|it's|it is|thats|(?<![\d.,/])\d+(?:[.,/]\d+)?(?: [a-z]+)? is) (?:a bit |a little |slightly |a touch |quite |very |too |really |on the )*(?:high|low|raised)(?: side)?(?![a-z])|(?:is|'s|are|'re|sounds|seems|looks) (?:absolutely |totally |perfectly |completely |probably |usually |quite )?(?:still )?(?:fine|ok|okay|safe|normal|no problem|enough|plenty)|(?:that|it|this|he|she|they|you|which)(?:'s|'re) (?:absolutely |totally |perfectly |completely |probably |usually |quite )?(?:still )?(?:fine|ok|okay|safe|normal|no problem|enough|plenty)|(?:i|we) (?:wouldn't|would not|wouldnt) worry|(?<!never |it's )(?:not|isn't|is not) too (?:late|early|old|young)|(?:(?:you're|you are|she's|she is|he's|he is|they're|they are) )?(?:still|well) (?:eligible|in time|within)|(?:you're|you are|she's|she is|he's|he is|they're|they are) (?:already )?past the|^\W*(?:yes|yep|yeah|no|nope)\W+(?:[a-z]+ )?(?:he|she|you|they) (?:can|can't|cannot|should|shouldn't|could|needs?|doesn't need|don't need)(?! (?:book|call|ring|phone|come|pop|bring|drop|walk|email|message|contact|see us|visit|check with|ask|get in touch|register|sign up|self-refer)(?![a-z]))|no need to(?= (?:change|worry|stop|start|take|give|treat|do anything|increase|reduce|switch|skip|avoid|panic|be concerned|be worried|see|come|get|wait|keep (?:him|her|them) (?:off|home|out)))|(?:he|she|they|you) can (?:go|head) back(?: to (?:school|nursery|daycare|work|kindy|kindergarten|preschool|childcare|creche|the gym|training|sport))?(?= (?:once|when|as soon as|after|tomorrow|today|now))|(?:don't|doesn't|do not|does not) need to(?= (?:change|worry|stop|start|take|give|treat|do anything|increase|reduce|switch|skip|avoid|panic|be concerned|be worried|see|come|get))|(?:isn't|is not|not) (?:necessary|needed|a problem|anything to worry about)|nothing to worry about|(?:you|he|she|they) (?:can|could) (?:safely |easily )?(?:wait|leave it|hold off)(?= (?:until|till|til|for|a few|a couple|and see)(?![a-z]))|(?:usually|should|normally|often|will|tends to) (?:settle|clear|go|pass|ease|improve|calm|resolve|fade|get better)s?(?: down| up| away| on its own| by itself)?)(?![a-z])(?! to (?:ask|call|ring|book|phone|message|contact|come|pop|check with|get in touch))/;
const IS_IT_SERIOUS = /(?<![a-z])is (?:that|this|it|she|he) (?:[a-z]+ )?(?:serious|normal|dangerous|contagious|worrying|bad|a problem|an emergency)(?![a-z])/;
// "Do I really need…": whether they need something, asked (NEED_ASKED: their treatment; NEED_WHAT: what follows).
const NEED_OPENING = '(?<![a-z])(?:do|does|would) (?:i|he|she|we|they) (?:really |still |actually |even )?need ';
const NEED_ASKED = new RegExp(`${NEED_OPENING}(?:the|my|his|her|their|this|these|those|it|them|to (?:take|use|keep|stay|have|finish))(?![a-z])`);
const YES_OR_NO = /^\W*(?:yes|yeah|yep|no(?! (?:way|idea|one))|nope|probably not|not usually|usually not)(?![a-z])/;
// Advice in Spanish, Portuguese, French, German, Polish, Dutch or Afrikaans: an instruction ("dele una dosis dos veces al día", "évitez
// l'ibuprofène", "não dê mel") with what is taken or done for the problem within the same clause.
const FOREIGN_INSTRUCTION = '(?:no le (?:dé|de|des)|no (?:tome|use|le ponga)|dele|denle|tome|tómese|tomen|aplique|aplíquele|póngale|ponle|evite|evita|use|usa|siga tomando|deje de tomar|suspenda|beba|enjuague|ne (?:prenez|donnez|mettez) pas|prenez|donnez(?:-lui)?|appliquez|évitez|utilisez|essayez|mettez|arrêtez|continuez|changez|il (?:vous )?faut(?: absolument)?(?: faire| passer)?|não (?:tome|dê|use)|tome|dê|aplique|passe|faça|nehmen sie|geben sie|verwenden sie|vermeiden sie|proszę (?:brać|przyjmować|stosować|unikać|nie brać|podać)|stosuj|unikaj|(?:dr\\.? [\\p{L}]+ )?zalec(?:a|am|amy)|neem|gebruik|smeer|geef|probeer|vermijd|vermy|gee|lo mejor es|le recomiendo|te recomiendo|recomendamos|je vous conseille|je vous recommande|ich empfehle(?: ihnen)?)';
// ("baracetamol": Welsh mutates the p of paracetamol after "rhowch".)
const FOREIGN_REMEDY_WORDS = ['baracetamol', 'kunsttranen', 'oogdruppels', 'neusspray', 'acondicionador', 'dosis', 'dose', 'dawk', 'pastilla', 'tableta', 'comprimé', 'comprimido', 'tablette', 'tabletk', 'cápsula', 'jarabe', 'sirop', 'xarope', 'syrop', 'gotas', 'gouttes', 'tropfen', 'krople', 'crema', 'crème', 'creme', 'pomada', 'pommade', 'salbe', 'maść', 'ibuprofen', 'paracetamol', 'paracétamol', 'antihistam', 'acetaminof', 'amoxicilina', 'amoxicilline', 'antibiótico', 'antibiotique', 'antibiotikum', 'antybiotyk', 'advil', 'tylenol', 'doliprane', 'dipirona', 'miel', 'mel ', 'hielo', 'glace', 'gelo', 'solución salina', 'sérum', 'soro', 'veces al día', 'fois par jour', 'vezes ao dia', 'mal täglich', 'razy dziennie', 'cada ', 'toutes les ', 'audiogramme', 'irm', 'prise de sang', 'radiographie', 'dôme', 'chlorheksydyn', 'płukan', 'shampo', 'champú', 'peigne', 'lotion', 'loción', 'compress', 'zalf', 'salf', 'druppels', 'pil', 'pijnstiller', 'pynstiller', 'pynpil'];
const FOREIGN_ADVICE = new RegExp(`(?<![\\p{L}])${FOREIGN_INSTRUCTION}(?![\\p{L}])[^.!?;\\n]{0,40}?(?<![\\p{L}])(?:dosis|dose|dawk[aię]|pastillas?|tabletas?|comprimés?|comprimidos?|tabletten?|tabletk[aię]|cápsulas?|jarabe|sirop|xarope|syrop|gotas|gouttes|tropfen|krople|crema|crème|creme|pomada|pommade|salbe|maść|ibuprofeno?|ibuprofène|antihistam[ií]n[\\p{L}]*|paracetamol|paracétamol|acetaminofén|amoxicilina|amoxicilline|antibióticos?|antibiotiques?|antibiotikum|antybiotyk|advil|tylenol|doliprane|dipirona|miel|mel|hielo|glace|gelo|solución salina|sérum physiologique|soro fisiológico|(?:dos|tres|cuatro|deux|trois|quatre|duas|três|zwei|drei|dwa|trzy|\\d) (?:veces al día|fois par jour|vezes ao dia|mal täglich|razy dziennie)|cada \\d+ horas|toutes les \\d+ heures|audiogramme|irm|prise de sang|radiographie|dômes?|chlorheksydyn[a-ząęółśżźćń]*|płukani[a-ząęółśżźćń]*|shampo(?:o|oing)s?|champú|peigne fin|lotion|loción|compresses?|compresas?|zalf|salf|druppels|kunsttranen|oogdruppels|neusspray|acondicionador|pil(?:len)?|pijnstillers?|pynstillers?|pynpille?)(?![\\p{L}])`, 'gu');
// Romanised Hindi puts the instruction last: "garam paani se gargle kijiye", "yeh dawai khana ke baad lijiye".
const HINDI_ADVICE_WORDS = ['lagayein', 'lagaayein', 'lagao', 'kijiye', 'kijie', 'lijiye', 'lijie', 'dijiye', 'khaiye', 'pijiye', 'peejiye', 'lagaiye', 'rakhiye', 'kariye', 'karein', 'lein', 'khayein', 'piyein', 'rahiye', 'rahein'];
const HINDI_ADVICE = new RegExp(String.raw`(?<![\p{L}])(?:dawai|dawa|davai|goli|goliyan|tablet|tablets|paani|pani|namak|haldi|shahad|gargle|cream|lotion|calamine|malham|drops|syrup|bhaap|steam|paracetamol|crocin|dolo|ibuprofen|barf|ice|dudh|doodh)(?![\p{L}])[^.!?;\n]{0,30}?(?<![\p{L}])(?:mat )?(?:kijiye|kijie|lijiye|lijie|dijiye|khaiye|pijiye|peejiye|lagaiye|lagayein|lagaayein|lagao|rakhiye|kariye|karein|lein|khayein|piyein|(?:lete|leti|khate|karte) (?:rahiye|rahein))(?![\p{L}])`, 'gu');
// How often, in the languages of bilingual practices: "bob 6 awr", "tuwing 6 oras", "co 6 godzin", "cada 6 horas", "toutes les 6
// heures", "har 6 ghante", "elke 6 uur", "alle 6 Stunden", "emahoreni angu-6".
const DOSE_INTERVAL = new RegExp(String.raw`(?<![\p{L}])(?:(?:bob|tuwing|co|cada|a cada|toutes les|har|elke|alle|ogni|njalo) (?:\d+|dwy|tair|pedair|chwe|apat|anim|cztery|sześć|cuatro|seis|quatre|six|vier|ses) ?(?:awr|oras|godzin[ya]?|horas|heures|ghante|uur|stunden|ore)|emahoreni angu-?\d+)(?![\p{L}])`, 'gu');
const DOSE_INTERVAL_WORDS = ['awr', 'oras', 'godzin', 'horas', 'heures', 'ghante', 'uur', 'stunden', 'ore', 'emahoreni'];
// The commenter speaks of themselves or their family, in any of those languages (and Welsh, Tagalog and isiZulu) or English.
const FOREIGN_OWN = new RegExp(String.raw`(?<![\p{L}'])(?:mi|mis|soy|tengo|estoy|me|puedo|mon|ma|mes|je|j'ai|suis|meu|minha|meus|minhas|sou|tenho|estou|posso|mein|meine|meinen|meinem|ich|mój|moja|moje|mam|jestem|tôi|con tôi|ik|mijn|m'n|ek|mera|meri|mere|mujhe|main|mai|i|my|i'm|im|i've|fy|dwi|ko|ako|yami|wami|ngi[\p{L}]+)(?![\p{L}'])`, 'u');
// A foreign guess at their condition: "puede ser neuropatía diabética", "vient souvent d'un dôme mal placé".
const FOREIGN_GUESS_WORDS = ['puede ser', 'podría ser', 'parece', 'suena a', 'probablemente', 'seguramente', 'pode ser', 'deve ser', 'provavelmente', "c'est probablement", "c'est sans doute", 'ressemble', 'on dirait', 'peut être', 'vient souvent', 'souvent dû', 'souvent due', 'wahrscheinlich', 'klingt', 'może to być', 'to pewnie'];
const FOREIGN_GUESS = new RegExp(String.raw`(?<![\p{L}])(?:puede ser|podría ser|parece(?: ser)?|suena a|probablemente (?:es|sea)|seguramente (?:es|sea)|pode ser|deve ser|provavelmente (?:é|seja)|c'est (?:probablement|sans doute|peut-être)|ça ressemble à|on dirait|(?:cela|ça) peut être|vient souvent d'|est souvent dûe? à|ist wahrscheinlich|klingt (?:sehr |stark )?nach|może to być|to pewnie) (?:una? |um |uma |de la |du |des |de |d'|le |la |l'|ein |eine |el |o |a )?(?:neuropatía|infección|infecção|infection|alergia|allergie|gripe|grippe|resfriado|rhume|otitis|otite|sinusitis|sinusite|bronquitis|bronquite|bronchite|asma|asthme|ecc?ema|eczéma|dermatitis|dermatite|conjuntivitis|conjuntivite|conjonctivite|migraña|enxaqueca|migraine|ansiedad|ansiedade|anxiété|tendinitis|tendinite|esguince|entorse|cérumen|cerumen|cera|dôme|hongos?|fungo|mycose|virus|vírus|caries|cárie|carie|gingivitis|gengivite|gingivite|wanderröte|borreliose|entzündung|infekt|blasenentzündung|mittelohrentzündung|grippe)(?![\p{L}])`, 'u');
// The first words of a reply that answers such a question.
const ANSWER = /^\W*(?:(?:please )?(?:don't|do not)|no(?:pe)?|sadly not|best not|best to (?:stick|stay|avoid|skip|hold off|wait|keep)|(?:you can )?go ahead|i wouldn't|i would not|yes|yep|yeah|absolutely|of course|that's (?:fine|ok|okay)|it's (?:fine|ok|okay)|totally fine|fine|(?:generally|usually|normally|mostly) (?:fine|ok|okay|safe)|(?:it's |that's )?(?:generally|usually|normally) (?:not|best avoided)|(?:honestly |really )?(?:the )?best (?:thing|bet|option) (?:is|would be|for (?:it|that|this|a [a-z]+) is))(?![a-z])/;
// "we can't advise on individual cases here": the reply declines to rule.
const CANNOT_ADVISE = /(?:can't|cannot|can not|unable to|not able to|don't|do not) (?:give |offer |provide )?(?:medical |individual |personal |clinical )?(?:advise|advice|comment|diagnose)/;
const REDIRECT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:(?:use|check|see|follow|go by) (?:the|our) (?:[\p{L}-]+ )?(?:chart|table|guide|calculator|leaflet)s? (?:in|on|above|below|from) (?:our|this|the) (?:[\p{L}-]+ )?(?:post|page|website|site|leaflet)|give (?:[\p{L}'&-]+ ){1,4}a (?:call|ring|bell|buzz)(?![a-z])|call (?:us|our|${EMERGENCY_NUMBERS}|the|your|nurse)|give (?:us|them|reception|the (?:office|practice|surgery|pharmacy|team|front desk|desk|clinic|nurses?)|our (?:[a-z]+ )?(?:team|line|desk|clinic|surgery|office|practice|pharmacy|nurses?)) a (?:call|ring|bell)|use (?:the nhs app|(?:our|the) (?:online|app|portal|website|form|patient portal)|(?:our|the) (?:[a-z-]+ ){1,2}(?:button|form|link|page|tab))|take (?:him|her|them|your [a-z]+) (?:straight |right )?(?:to|into) (?:(?:the|your) (?:nearest |closest |local |own )?)?(?:(?:eye |children's |kids' )?(?:casualty|a&e|er|ed|emergency(?: department| room)?|urgent care|hospital)|gp|doctor|family doctor|pa?ediatrician|walk-in(?: clinic)?)|(?:needs?|need) to be (?:seen|checked|assessed|examined)(?= (?:in person|today|urgently|straight away|right away|the same day|same day|soon|by a (?:doctor|gp|clinician)))|pop (?:in|into|by|down)|drop (?:in|by)|get (?:it|this|that|them|him|her|yourself) (?:seen|checked|looked at|assessed)|start a (?:video )?(?:visit|consult|consultation)|book (?:in|online|an appointment|a consult)|(?:head|go) (?:straight |now |right away )?to (?:urgent care|(?:the|your) (?:nearest |closest )?(?:er|a&e|emergency))|come (?:in|see us)|ask your (?:own )?(?:doctor|clinician|provider|ob|pediatrician|dentist|pharmacist)|(?:call|ring|phone|contact|dial|text|try|use|check|visit) (?:the |your local )?(?:${HELPLINES})|can't (?:assess|give|diagnose|weigh in)|rather not guess|stay with (?:them|him|her) until (?:help|the ambulance|paramedics|the paramedics) (?:arrives?|gets? there|come))(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');

const PRACTICE_HELPS = /(?:^|[^a-z])(?:our|the) (?:[a-z-]+ ){0,3}(?:clinics?|sites?|locations?|branches|teams?|pharmacists?|doctors?|nurses?|staff|practice|office|front desk|reception)\s*$/;

export const rule: Detector = {
  id: 'medical-advice',
  detect(doc, facts) {
    // Advice is individual when it answers someone: a reply, a message, or a post addressed to a named person.
    const namedInPost = doc.input.kind === 'post' && doc.people.some((p) => p.role === 'patient' && (p.kind === 'handle' || /addressing/.test(p.how)));
    if (!doc.addressed && !namedInPost) return [];
    // A health problem in the message or the comment it answers ("pulled my lower back moving a couch").
    // ("I'm 30 weeks and baby hasn't moved much today": a pregnancy told by its weeks.)
    const ownPregnancy = tests(OWN_PREGNANCY, doc.context.lower);
    // ("At 38 weeks we'd recommend…": the reply itself tells of their pregnancy.)
    const healthAround = doc.health.length > 0 || doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0 || ownPregnancy || /\?/.test(doc.context.text) || (doc.addressed && matchAll(doc, AT_THEIR_STAGE).length > 0);
    // "I forgot my pill yesterday, what do I do?": the comment asks about their own health, so what the reply
    // tells them to do ("take it as soon as you remember") is advice for them, even with no health word in it.
    // The same for a short comment telling of their own health ("Had my wisdom teeth out Tuesday and it's still
    // bleeding"), though not for a review of the practice, which tells of care received.
    // The commenter speaks of themselves ("I", "my"): read once, where several checks below ask it.
    let own: boolean | undefined;
    const ownWords = () => (own ??= tests(OWN_OR_FAMILY_WORDS, doc.context.lower));
    // The reply says it cannot advise, or sends them to an emergency number: read once, where several checks ask it.
    let cannot: boolean | undefined;
    const cannotAdvise = () => (cannot ??= holdsInSentences(doc, CANNOT_ADVISE));
    let emergency: boolean | undefined;
    const emergencyCall = () => (emergency ??= testWhole(EMERGENCY_CALL, doc.lower));
    const toldOwnHealth = doc.context.text.length <= 200 && !/★|review|stars?(?![a-z])/i.test(doc.context.text);
    const askedAboutOwnHealth = doc.addressed && (/\?/.test(doc.context.text) || toldOwnHealth) && ownWords() && (doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0 || ownPregnancy);
    const hits: Hit[] = [];
    // In a post the advice is replaced by an invitation to call; in a reply the whole safe reply is offered.
    const redaction = templateFor('question', doc.policy);
    // "What SPF should kids wear?", "Any tips for toddlers who hate brushing?", "How long does a cough last after a cold?":
    // a question about a group, or one that names nobody, is answered for everyone who asks it; only what the reply says
    // of someone ("your son", "him", "your shin pain") is for a person.
    const groupQuestion = doc.addressed && asksInGeneral(doc.context) && !givesThemAState(doc.lower);
    const forEveryone = (span: Span) => {
      const sentence = doc.sentences[sentenceAt(doc.sentences, span.start)];
      return groupQuestion && !SOMEONE.test(doc.lower.slice(sentence.start, sentence.end)) && !theirOwnHealth(doc, sentence);
    };
    const add = (span: Span, why: string) => {
      if (!forEveryone(span)) hits.push({ ...span, message: 'Gives individual medical advice in public.', why, redaction });
    };

    for (const m of matchAll(doc, DOSE)) {
      // "Once a day, whenever you'll actually do it" (flossing) is a habit: a bare frequency is a dose only in a sentence about a drug, treatment, symptom or body part.
      if (FREQUENCY.test(m.match[0]) && !healthNear(doc, m.start)) continue;
      // "the toilets are now checked every hour": how often something is done, passively, not a dose.
      if (FREQUENCY.test(m.match[0]) && /(?:is|are|be|been|get|gets) (?:now |also |all )?[a-z]+ed $/.test(doc.lower.slice(Math.max(0, m.start - 30), m.start))) continue;
      // ("SPF 30+, water-resistant, reapplied every 2 hours": how a product is used, said of nobody.)
      const sentence = doc.sentences[sentenceAt(doc.sentences, m.start)];
      if (FREQUENCY.test(m.match[0]) && /, [a-z]+ed $/.test(doc.lower.slice(Math.max(0, m.start - 30), m.start)) && !/(?<![a-z'])(?:you|your|u|ur|he|she|him|her|his|they|them|their)(?![a-z'])/.test(doc.lower.slice(sentence.start, sentence.end))) continue;
      // "brushing twice a day", "floss once a day": the habit everyone is told, not a dose.
      if (FREQUENCY.test(m.match[0]) && /(?<![a-z])(?:brush|brushing|brushed|floss|flossing|flossed)(?![a-z])[^.!?]{0,25}$/.test(doc.lower.slice(Math.max(0, m.start - 30), m.start))) continue;
      // "20% more appointments" is a statistic; "1% hydrocortisone cream" is a strength.
      if (m.match[0].includes('%') && !strengthOfProduct(doc, m.end)) continue;
      // "SPF 30 for everyone, reapplied every 2 hours", "0.5–3 mg … for most adults": said to everyone.
      if (holds(GENERAL_TIP, doc.lower.slice(sentence.start, sentence.end)) || priced(doc.lower, m.start)) continue;
      // "especially if you use them more than four times a day": how much someone uses, as a condition, not a dose given.
      if (/(?<![a-z])(?:if|when|unless)(?![a-z])[^,;.!?—–]*$/.test(doc.lower.slice(sentence.start, m.start))) continue;
      add(m, `${quote(doc, m)} is a dose for this person.`);
    }
    for (const m of matchAll(doc, IMPERATIVE)) {
      const clause = clauseAround(doc, m.start + m.match[0].length - m.match[1].length);
      // "we will look into it, try to explain what happened": the practice's own verbs, not an instruction.
      if (WE_WILL.test(doc.lower.slice(clause.start, m.start + 1))) continue;
      // "We can X-ray and splint most ankle injuries": the second of the practice's own verbs.
      if (/^(?:and|or)\s/.test(m.match[0]) && WE_CAN_AND.test(doc.lower.slice(clause.start, m.start))) continue;
      // "Call 911 right now. Stay with him.": first aid that goes with an emergency call, not treatment advice.
      if (emergencyCall() && !treatmentIn(doc, clause)) continue;
      // "medications that stabilise brain chemistry, cut overdose deaths…": one more verb of a relative clause.
      if (/(?:^|[^a-z])(?:are|is|were|was) (?:[a-z-]+ ){1,3}(?:that|which|who) (?!you|i |we )[a-z]+[^.!?;:]*, (?:and )?$/.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.end - m.match[1].length))) continue;
      // "our quit program, run by coach Kwame": a participle, not an instruction.
      if (/^(?:run|put|set|cut|spread|read) by /.test(doc.lower.slice(m.end - m.match[1].length, m.end + 4))) continue;
      // "Sleep apnea is one of the things…": the word opens a condition's name, not an instruction.
      const verbAt = m.end - m.match[1].length;
      // "physio, massage and chiro all under one roof": a noun in a list of services (a list of verbs, "rest, ice and
      // elevate", is still an instruction).
      const listedAfter = /([a-z-]+),\s*$/.exec(doc.lower.slice(Math.max(0, verbAt - 30), verbAt));
      if (listedAfter && !TREATMENT_VERB_ALONE.test(listedAfter[1]) && /^ (?:and|or|&) [a-z-]+(?: (?:all|under|are|is|in|at|on|for|available)(?![a-z])|\s*[.,!;]|\s*$)/.test(doc.lower.slice(m.end, m.end + 40))) continue;
      if (doc.health.some((h) => h.start === verbAt && h.end > m.end)) continue;
      // "we may ask companions to wear a mask": what a policy asks of everyone, not an instruction to them.
      if (ASKED_TO.test(doc.lower.slice(Math.max(0, m.end - m.match[1].length - 40), m.end - m.match[1].length))) continue;
      if (holds(REDIRECT, clause.text) && !treatmentIn(doc, clause)) continue;
      // "so pop in and ask", "come in and see us": the instruction itself is to come to the practice.
      if (REDIRECT.exec(doc.lower.slice(m.end - m.match[1].length, clause.end))?.index === 0) continue;
      if (CHECK_FIRST.test(clause.text)) continue;
      // "Stay warm out there!": a wish for every reader, not care for one.
      if (/ out there(?![a-z])/.test(clause.text)) continue;
      if (holds(GENERAL_TIP, doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, clause.start)].start, clause.end))) continue;
      if (holds(GROUP_SUBJECT, partBefore(doc, clause, m.start + m.match[0].length - m.match[1].length))) continue;
      if (!treatmentIn(doc, clause) && !askedAboutOwnHealth) {
        const homeCare = holds(HOME_CARE, clause.text);
        const timed = holds(DURATION, clause.text);
        // ("keep icing it, 20 mins at a time" to "back feels loads better": home care with how long, said to one person, is
        // care for their problem whatever the comment names.)
        if (!(healthAround && (homeCare || timed)) && !(doc.addressed && homeCare && timed)) continue;
      }
      const verb = { start: m.end - m.match[1].length, end: m.end };
      const instruction = { start: Math.max(clause.start, verb.start), end: clause.end };
      add(instruction, `${quote(doc, verb)} tells this person what to do for a health problem: ${quote(doc, instruction)}.`);
    }
    for (const m of matchAll(doc, GUESS)) {
      const clause = clauseAround(doc, m.start);
      // "If he has trouble breathing, call 911" names a warning sign, not a diagnosis.
      if (/(?<![a-z])(?:if|unless|in case|when|whenever)(?![a-z])[^,]*$/.test(doc.lower.slice(clause.start, m.start))) continue;
      // "mention it's a changing mole when you call": what to tell reception, not a verdict.
      if (/(?:mention|say|tell (?:us|them|reception|the [a-z]+)|explain)(?: that)? $/.test(doc.lower.slice(Math.max(0, m.start - 24), m.start))) continue;
      // "A spot that's new or bleeding": "that's" opens a relative clause after a noun, not a verdict.
      if (/^that'?s/.test(m.match[0]) && /[a-z]{3,} $/.test(doc.lower.slice(Math.max(0, m.start - 12), m.start)) && !/(?:and|but|so|because|oh|ok|okay|yes|yeah|hmm|then) $/.test(doc.lower.slice(Math.max(0, m.start - 9), m.start))) continue;
      // "devices that look like USB sticks": a relative clause describing a thing, not a verdict on someone.
      if (/^(?:look|sound|seem) like/.test(m.match[0]) && /[a-z]{3,} (?:that|which) $/.test(doc.lower.slice(Math.max(0, m.start - 16), m.start)) && !/(?:and|but|so|because|oh|ok|okay|yes|yeah|hmm|then) (?:that|which) $/.test(doc.lower.slice(Math.max(0, m.start - 14), m.start))) continue;
      // "That's a great question to bring to an asthma review": the question is what they are told to take along.
      if (/^that'?s (?:a |an )?(?:great |good |really good |fair |common |important )?(?:question|one|thing|something) (?:to|for|worth)(?![a-z])/.test(doc.lower.slice(m.start, m.start + 50))) continue;
      // "it's free for over-65s, pregnant women…": who a service is for, not a verdict.
      if (/^(?:it's|its|it is) (?:also |now |still )?(?:free|funded|covered|available|offered)(?![a-z])/.test(doc.lower.slice(m.start, m.start + 30))) continue;
      // "It's spread by tick bites": how an illness passes to anyone, not a verdict on theirs.
      if (/^(?:it's|its|it is) (?:usually |mostly |mainly |often |also |only )?(?:spread|carried|passed on|passed|transmitted) (?:by|through|from|via|in)(?![a-z])/.test(doc.lower.slice(m.start, m.start + 40))) continue;
      // "sounds like strep", "it's probably a sprain": the condition follows within a few words.
      const term = doc.health.find((h) => h.start >= m.start && h.start < clause.end && h.start - m.end <= 60 && (h.kind === 'condition' || h.kind === 'symptom') && !NAMES_NOTHING.test(h.term));
      if (!term) continue;
      // "A high fever is more likely an infection": a rule about any case, its subject indefinite.
      if (/^\W*(?:but |and |so )?(?:a|an|any|most|many|some) (?:[a-z-]+ ){0,2}?(?:is|are|'s) (?:(?:more|most|less|often|usually|generally|very) )*$/.test(doc.lower.slice(clause.start, m.start))) continue;
      // "Bleeding gums are really common and are often an early sign of gum inflammation": a symptom named without
      // anyone's in front of it, said of everyone who has it.
      if (bareSubject(doc, clause.start, m.start)) continue;
      // "for people with lots of moles", "a very effective acne treatment", "1 in 3 people with an eating disorder": about a
      // group, a treatment or a statistic, not a guess at their condition.
      if (saidOfAGroup(doc.lower, term.start) || TREATMENT_NOUN_AFTER.test(doc.lower.slice(term.end, term.end + 16)) || STATISTIC.test(doc.lower.slice(doc.sentences[Math.max(0, sentenceAt(doc.sentences, m.start) - 1)].start, clause.end))) continue;
      add({ start: m.start, end: term.end }, `${quote(doc, m)} followed by ${quote(doc, term)} is a diagnosis or a guess at one.`);
    }
    // "a blood pressure reading of 204/110 is extremely high": reading their result is a diagnosis.
    if (/\d/.test(doc.lower)) for (const m of matchAll(doc, READ_RESULT)) add(m, `${quote(doc, m)} interprets this person's own result.`);
    // "150/95 is high for you", "48 is a good start" to a comment that gave that number: their reading, judged
    // (not "a reading of 120/80 is normal for most adults").
    if (doc.addressed && /\d/.test(doc.context.lower)) for (const m of matchAll(doc, NUMBER_JUDGED)) if (doc.context.lower.includes(m.match[1])) add(m, `${quote(doc, m)} judges the number the comment gave, which is this person's own result.`);
    for (const m of matchAll(doc, REASSURE)) {
      if (/(?:^|[^a-z'])(?:we|i|we'll|i'll|us) $/.test(doc.lower.slice(Math.max(0, m.start - 6), m.start))) continue; // "so we can resolve this"
      // "so the pharmacist can check they are fine": a check someone will do, not a verdict.
      if (/(?:check|checks|checking|make sure|makes sure|ensure|ensures|confirm|whether|if)(?: that)? $/.test(doc.lower.slice(Math.max(0, m.start - 16), m.start))) continue;
      // "Dental anxiety is so common!" is general; "Totally normal at this stage!" answers their case.
      const clause = clauseAround(doc, m.start);
      if (holds(GROUP_SUBJECT, partBefore(doc, clause, m.start))) continue;
      // "Bedwetting is really common": a fact about the condition, with nobody's in front of it.
      const subject = doc.health.find((h) => h.start >= clause.start && h.end < m.start && /^['"’”]? (?:is|are) $/.test(doc.lower.slice(h.end, m.start)));
      if (subject && !/(?:your|ur|his|her|their|my|this|that|the) $/.test(doc.lower.slice(Math.max(0, subject.start - 8), subject.start))) continue;
      const general = /^(?:normal|common|typical|expected|(?:totally|perfectly|completely|pretty|super|very|so|quite|really) )/.test(m.match[0]) && m.start > clause.start + 2 && facts.anchors.length === 0;
      if (general || !healthAround) continue;
      // "Totally normal to feel nervous!": feelings about a visit, not symptoms.
      if (/^ to (?:(?:feel|be|get) (?:a bit |a little |so |very )?(?:nervous|anxious|worried|scared|apprehensive|emotional)|worry|fret|panic)/.test(doc.lower.slice(m.end, m.end + 40))) continue;
      // "So common!" to "Anyone else's kid scared of the dentist?": the fear of a visit is common, not a symptom.
      if (/(?<![a-z])(?:scared|nervous|anxious|afraid|terrified|frightened|worried|freaked out) (?:of|about|before|at) (?:the |a |an |going to the |seeing the |their |his |her |my )?(?:dentist|doctor|gp|needles?|injections?|jabs?|shots?|vaccines?|appointments?|visits?|check-?ups?|smears?|tests?|drills?|hospital|blood tests?|bloods)(?![a-z])/.test(doc.context.lower) && doc.context.health.every((h) => h.kind === 'procedure')) continue;
      // "Totally normal — lots of people feel that way" to "nervous before a smear test?": the feeling is common.
      if (/(?<![a-z])(?:lots of|many|most|plenty of|so many) (?:people|patients|women|men|parents) (?:feel|felt) (?:that way|the same|like that|this way|nervous|anxious)/.test(doc.lower.slice(m.end, m.end + 60)) && /(?<![a-z])(?:nervous|anxious|worried|scared|apprehensive)(?![a-z])/.test(doc.context.lower)) continue;
      // "That's so hard, and so common": a hardship shared by many, said in sympathy.
      if (/(?:so|really|very|such a|incredibly) (?:hard|tough|difficult|exhausting|frustrating|stressful|upsetting|scary|worrying)(?![a-z])/.test(clause.text)) continue;
      // "A really common worry!", "such a normal question": the worry or question is common, not the symptom.
      if (/^ (?:worry|worries|concern|concerns|question|questions|query|queries|myth|myths|misconception|misconceptions|belief|beliefs|assumption|fear|fears|mistake|mix-up|ask)(?![a-z])/.test(doc.lower.slice(m.end, m.end + 16))) continue;
      // "After the first birthday it's fine" (honey): fine about a thing, not about someone's symptoms.
      if (/^it/.test(m.match[0]) && !treatmentIn(doc, clause) && !facts.anchors.some((a) => a.sentence === sentenceAt(doc.sentences, m.start) && a.kind !== 'you')) continue;
      add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person their symptoms are fine without an exam.`);
    }
    // "Keep up those stretches!", "don't forget, that retainer goes in every night": carrying on with their home care.
    // (Only to someone who spoke of themselves or is named: "¿Consejos para el verano?" is answered for everyone.)
    if (doc.addressed && !cannotAdvise() && (tests(FOREIGN_OWN, doc.context.lower) || doc.people.some((p) => p.addressee))) {
      for (const m of [...matchAll(doc, FOREIGN_ADVICE, FOREIGN_REMEDY_WORDS), ...matchAll(doc, HINDI_ADVICE, HINDI_ADVICE_WORDS)]) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person what to take or do for a health problem.`);
      // "Rhowch baracetamol iddo bob 6 awr", "bigyan mo siya ng paracetamol tuwing 6 oras": a medicine and how often.
      for (const m of matchAll(doc, DOSE_INTERVAL, DOSE_INTERVAL_WORDS)) {
        const clause = clauseAround(doc, m.start);
        const medicine = doc.health.some((h) => h.kind === 'medication' && h.start >= clause.start && h.end <= clause.end) || holdsAny(doc.lower.slice(clause.start, clause.end), FOREIGN_REMEDY_WORDS);
        if (medicine) add(clause, `${quote(doc, m)} tells this person how often to take a medicine.`);
      }
      const guess = holds(FOREIGN_GUESS, doc.lower) && FOREIGN_GUESS_WORDS.some((w) => doc.lower.includes(w)) ? FOREIGN_GUESS.exec(doc.lower) : null;
      if (guess) add(clauseAround(doc, guess.index), `${quote(doc, { start: guess.index, end: guess.index + guess[0].length })} is a guess at this person's condition.`);
    }
    if (doc.addressed) for (const m of [...matchAll(doc, KEEP_UP), ...matchAll(doc, KEEP_FLUIDS_GOING)]) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person how to carry on with their own treatment.`);
    if (doc.addressed && tests(MEDICINE_IN_COMMENT, doc.context.lower)) for (const m of matchAll(doc, STOP_THEIR_DOSE)) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person what to do with their own medicine.`);
    // "Dr Meenal says go easy on the beer and seafood for a bit": a clinician's instruction passed on to them.
    if (doc.addressed && /says|said|wants|recommends/.test(doc.lower)) for (const m of matchAll(doc, CLINICIAN_SAYS)) add(clauseAround(doc, m.start), `${quote(doc, m)} passes on a clinician's instruction for this person's own care.`);
    // "Don't forget the follow-up sample at 12 weeks", "don't forget to carry both EpiPens" to someone who told of
    // their own care: a step of their treatment, whatever it is called.
    // The comment tells of their own care (read only when a reply holds one of the words below).
    const toldOwnCare = () => ownWords() || doc.context.health.length > 0 || reviewOfCare(doc);
    if (doc.addressed && /forget/.test(doc.lower) && toldOwnCare()) {
      for (const m of matchAll(doc, DONT_FORGET)) {
        const clause = clauseAround(doc, m.start);
        const within = (x: Span) => x.start >= m.end && x.start < Math.min(clause.end, m.end + 45);
        // ("Don't forget our catch-up clinics for anyone who's behind": a service for everyone.)
        if (/(?:^|[^a-z])(?:for|to) (?:anyone|everyone|everybody|all)(?![a-z])/.test(doc.lower.slice(m.end, clause.end))) continue;
        if (doc.health.some(within) || CARE_NOUNS.find(doc.words).some(within)) add(clause, `${quote(doc, m)} reminds this person of a step of their own treatment.`);
      }
    }
    if (doc.addressed && / for /.test(doc.lower) && toldOwnCare()) {
      for (const m of matchAll(doc, AFTERCARE_FOR_A_WHILE)) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person what to do or avoid for a while after their own care.`);
    }
    // "amoxicillin and sertraline are fine together": whether their drugs mix is for their prescriber.
    for (const m of matchAll(doc, SAFE_TOGETHER)) if (doc.health.some((h) => h.kind === 'medication' && !/^(?:medicines?|medications?|meds|drugs?|tablets?|pills?)$/.test(h.term) && h.end <= m.start && m.start - h.end < 40)) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person their medicines mix safely.`);
    // "Cold compress for 10 minutes and some chin tucks should help": home care recommended for their problem.
    // (A review that tells of their own condition counts here: "Optician said I have a stye" → "a warm compress should ease it".)
    const ownHealthTold = askedAboutOwnHealth || (doc.addressed && ownWords() && (doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0));
    if (ownHealthTold) for (const m of matchAll(doc, HOME_CARE_HELPS)) {
      const clause = clauseAround(doc, m.start);
      // ("Any of our family medicine clinics can help": the practice helps.)
      if (PRACTICE_HELPS.test(doc.lower.slice(clause.start, m.start))) continue;
      if (holds(HOME_CARE, doc.lower.slice(clause.start, m.start)) && !holds(REDIRECT, clause.text)) add(clause, `${quote(doc, m)} recommends home care for this person's problem.`);
    }
    // "Some children's ibuprofen should help": a drug recommended for their problem.
    for (const h of doc.health) {
      if (h.kind === 'medication' && SHOULD_HELP.test(doc.lower.slice(h.end, h.end + 40))) add(clauseAround(doc, h.start), `${quote(doc, h)} is recommended for this person's problem.`);
    }
    // "Can I take turmeric with my warfarin?" → "Please don't." / "Yes, that's fine": the answer is the advice.
    compileOnFirstRun(CAN_I, doc.context.lower);
    const canI = CAN_I.exec(doc.context.lower);
    const askedOfHealth = canI !== null && asksOfHealth(doc.context, canI);
    // ("What can I take?" is not answered by a yes or no: "Please don't wait…" is no answer to it.)
    const yesOrNoAsked = canI !== null && !/(?:what|which|how much|how many|how often|how long|when|where|how) $/.test(doc.context.lower.slice(Math.max(0, canI.index - 12), canI.index));
    if (doc.addressed && canI && askedOfHealth && yesOrNoAsked) {
      // The first sentence, or the first past an opening like "Oof, sorry!".
      const opening = doc.sentences.find((s) => doc.lower.slice(s.start, s.end).trim().split(/\s+/).length >= 3) ?? doc.sentences[0];
      const first = ANSWER.test(doc.lower.slice(doc.sentences[0].start, doc.sentences[0].end)) ? doc.sentences[0] : opening;
      const firstText = doc.lower.slice(first.start, first.end);
      const answer = ANSWER.exec(firstText);
      // ("Yes, it's fine for you — pop in and we'll do it", "Yes — at 16 weeks you can have it, pop in": a verdict before the redirect.)
      if (answer && !(holds(REDIRECT, firstText) && !treatmentIn(doc, first) && !FINE.test(firstText.slice(0, firstText.search(REDIRECT))))) {
        add({ start: first.start + answer.index, end: first.end }, `${quote(doc, { start: first.start + answer.index, end: first.start + answer.index + answer[0].length })} answers whether this person can take or do something for their health.`);
      }
    }
    // "should he take his meds at weekends?" → "skipping Saturdays and Sundays is fine"; "is that enough?" → "no need to
    // change anything": the reply rules on their own case.
    if (doc.addressed && hits.length === 0 && (ownWords() || tests(OWN_SITUATION, doc.context.lower)) && (holds(IS_THAT_Q, doc.context.lower) || (canI && doc.context.health.length > 0 && (askedOfHealth || !/get$/.test(canI[0]))))) {
      // "is it serious?" → "Yes, that can be serious…": the yes or no is the verdict.
      // ("Is it normal to wait 3 weeks for an appointment?" asks about the service: "normal" needs a health word asked about.)
      const seriousAsked = IS_IT_SERIOUS.exec(doc.context.lower);
      const healthAsked = seriousAsked && (!/normal|bad|a problem/.test(seriousAsked[0]) || doc.context.health.length > 0 || doc.context.phrases.bodyParts.length > 0 || doc.context.phrases.emergencySigns.length > 0);
      // ("do I really need the drops every day?" → "Yes — they only work if…": whether their treatment is needed.)
      const needAsked = (NEED_ASKED.test(doc.context.lower) && doc.context.health.length > 0) || needOfHealthAsked(doc.context);
      const verdict = VERDICT.exec(doc.lower) ?? (healthAsked || needAsked ? YES_OR_NO.exec(doc.lower) : null);
      const sentence = verdict && doc.sentences[sentenceAt(doc.sentences, verdict.index)];
      // "Usually there is no need to intervene": the rule for most children, not a ruling on theirs.
      // "even though she seems fine": conceded on the way to sending them to care, not a ruling.
      const asARule = verdict && /(?:usually|generally|typically|often|normally)[ ,]*there(?:'s| is) $|there(?:'s| is) (?:usually|generally|typically|often|normally) $|(?:even though|even if|although|though|even when) (?:[a-z']+ ){0,3}$/.test(doc.lower.slice(Math.max(0, verdict.index - 30), verdict.index));
      if (verdict && sentence && !asARule && !cannotAdvise()) add({ start: sentence.start, end: sentence.end }, `${quote(doc, { start: verdict.index, end: verdict.index + verdict[0].length })} rules on the case this person asked about.`);
    }
    // "sounds like it might be time for a hearing check!" to "I keep turning the TV up": their own case, judged.
    if (doc.addressed && ownWords()) {
      const due = TIME_FOR_A_CHECK.exec(doc.lower);
      if (due) add({ start: due.index, end: due.index + due[0].length }, `${quote(doc, { start: due.index, end: due.index + due[0].length })} judges that this person's own case needs a check.`);
    }
    // "should I freeze now?" → "I'd freeze sooner rather than later": the asker's own choice of care, made for them.
    const shouldI = doc.addressed ? SHOULD_I.exec(doc.context.lower) : null;
    if (shouldI && !NOT_CARE_CHOICE.test(shouldI[1]) && (doc.context.health.length > 0 || doc.health.length > 0 || /\d/.test(doc.context.lower))) {
      const echo = new RegExp(`(?<![a-z])(?:i'd|i would|id|we'd|we would|i'd personally|if i were you,? i'd) (?:definitely |probably |still |personally |honestly |just )?${shouldI[1]}(?![a-z])`).exec(doc.lower);
      if (echo) add({ start: echo.index, end: clauseAround(doc, echo.index).end }, `${quote(doc, { start: echo.index, end: echo.index + echo[0].length })} answers "${doc.context.text.slice(shouldI.index, shouldI.index + shouldI[0].length)}?" for this person.`);
    }
    // "From the photo the border looks irregular", "it's common for the first 3–6 months", "go ahead and keep using it",
    // "you should be over the worst in 48 hours", "you can start brushing gently again from tomorrow",
    // "I'd keep him home", "no need to come in unless…", "we'll start your mum on cranberry capsules", "from your
    // description it's probably benign", "At 38 weeks we'd recommend…" (AT_THEIR_STAGE, which also says there is health
    // to speak of): a call on their own case.
    if (healthAround && !cannotAdvise()) {
      const calls = [...matchAll(doc, CASE_CALLED, CASE_CALLED_WORDS), ...matchAll(doc, AT_THEIR_STAGE)].sort((a, b) => a.start - b.start);
      for (const m of calls) add(clauseAround(doc, m.start), `${quote(doc, m)} makes a call on this person's own case.`);
    }
    // "Stavros reminds you: no straws until Friday", "Ingrid says take your doxycycline with food", "no heavy lifting for
    // 2 weeks!": a clinician's instruction passed on, or an activity stopped for a time, told to the person answered.
    if (doc.addressed && healthAround && !cannotAdvise()) {
      for (const m of matchAll(doc, TOLD_DUE, TOLD_DUE_WORDS)) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person they are due a test or vaccine.`);
      for (const m of matchAll(doc, WAIT_IT_OUT, ['give it'])) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person how long to wait on their own case.`);
      for (const m of matchAll(doc, RELAYED_INSTRUCTION, RELAYED_INSTRUCTION_WORDS)) add(clauseAround(doc, m.start), `${quote(doc, m)} passes on a clinician's instruction to this person.`);
      // (The item told, after whatever opens its clause.)
      const said = (m: { end: number; match: RegExpMatchArray }) => ({ start: m.end - m.match[1].length, end: m.end });
      for (const m of matchAll(doc, VERBLESS_REGIME)) {
        const item = said(m);
        add(clauseAround(doc, item.start), `${quote(doc, item)} tells this person how often to use something for a health problem.`);
      }
      // (They asked how to treat what they have: "got sunburnt at the cricket, how do I treat it?")
      if (askedAboutOwnHealth || (/\?/.test(doc.context.text) && ownWords())) {
        for (const m of matchAll(doc, VERBLESS_REMEDY)) {
          const item = said(m);
          const clause = clauseAround(doc, item.start);
          if (!USUALLY_HELPS.test(doc.lower.slice(m.end, clause.end))) add(clause, `${quote(doc, item)} lists home remedies for this person's problem.`);
        }
      }
      for (const m of matchAll(doc, STOPPED_FOR_A_TIME)) if (!/(?<![a-z])(?:if|when|unless|whenever)(?![a-z])[^,;.!?—–]*$/.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) add(clauseAround(doc, m.start), `${quote(doc, m)} tells this person to stop an activity for a time.`);
    }
    // "To może być astma", "Pode ser a pressão baixa", "Baka bronchitis na 'yan", "Swnio fel straen cyhyr": a guess at their
    // condition, opening a sentence of a reply to their question, in the languages of bilingual practices (FOREIGN_GUESS
    // needs a condition word it knows; here the words that open the sentence are the guess).
    if (doc.addressed && doc.context.text.includes('?') && !cannotAdvise()) for (const m of matchAll(doc, FOREIGN_GUESS_OPENING, FOREIGN_GUESS_OPENING_WORDS)) add(clauseAround(doc, m.start), `${quote(doc, m)} opens a guess at this person's condition.`);
    if (healthAround) for (const m of matchAll(doc, GENTLE)) {
      // "You should not have been put in that position" is no advice: "you should" needs something to take or do.
      const gentleClause = clauseAround(doc, m.start);
      // "If you let us know before you need a refill, we can order it in": when they will need it, not what they need.
      if (/needs?$/.test(m.match[0]) && /(?<![a-z])(?:if|when|before|once|whenever|until) $/.test(doc.lower.slice(Math.max(0, m.start - 10), m.start))) continue;
      // "they'll need to bring their own snacks": a need that is no treatment.
      if (/needs?$/.test(m.match[0]) && /^ to /.test(doc.lower.slice(m.end, m.end + 4)) && !treatmentIn(doc, gentleClause) && !holds(HOME_CARE, gentleClause.text) && !INSTRUCTION_AFTER.test(doc.lower.slice(m.end + 4, m.end + 34))) continue;
      if (/should$/.test(m.match[0]) && !treatmentIn(doc, gentleClause) && !holds(HOME_CARE, gentleClause.text) && !INSTRUCTION_AFTER.test(doc.lower.slice(m.end, m.end + 30))) continue;
      // "you could try ringing from a different number": how to reach the practice, not what to do for their health.
      if (/(?:could try|might want to|may want to)$/.test(m.match[0]) && REACHING_US_AFTER.test(doc.lower.slice(m.end, m.end + 40))) continue;
      // "we'd recommend a full assessment", "the first step is a GP appointment": sent to care, not told what to do.
      if (holds(TO_CARE_AFTER, doc.lower.slice(m.end, m.end + 50))) continue;
      // "a pediatrician or pharmacist is the best bet": the best choice is a professional, a redirect.
      if (PROFESSIONAL_BEFORE.test(doc.lower.slice(gentleClause.start, m.start))) continue;
      // "We'd always suggest discussing any treatment with your GP": the suggestion is to talk to a professional.
      if (TALK_TO_PROFESSIONAL_AFTER.test(doc.lower.slice(m.end, m.end + 60))) continue;
      // "a question for a pharmacist, as they'll need to check your medication list": what the professional will need.
      if (/^(?:they|he|she)(?![a-z])/.test(m.match[0]) && PROFESSIONAL_NAMED.test(doc.lower.slice(doc.sentences[sentenceAt(doc.sentences, m.start)].start, m.start))) continue;
      add(clauseAround(doc, m.start), `${quote(doc, m)} is advice in a gentler form.`);
    }
    return merge(hits);
  },
};

/**
 * Whether "can I …?" asks about their health: their own state after it ("if I've got a cold"), or, unless it asks
 * about a service ("at your clinic", "through telehealth", "without seeing a doctor"), a jab they still want
 * ("can I still get my booster"), a medicine for an ailment ("antibiotics for my cold"), a product they use ("the
 * cream") or a health word just after.
 */
const OWN_CONDITION_BEFORE = /(?<![a-z])(?:i have|i've got|ive got|i've|i'm|im|i am|i was diagnosed with|i've been diagnosed with|i suffer from|i live with|(?:my|our) (?:[a-z]+ ){1,2}?(?:has|have|has got|is)) (?:[a-z-]+ ){0,2}?$/;
/** "does she need braces?": whether they need a treatment the comment names (not "a prescription", what a service asks). */
const NEED_WHAT = new RegExp(`${NEED_OPENING}(?:an? |some |more |any )?`, 'g');
function needOfHealthAsked(context: MessageText): boolean {
  return [...context.lower.matchAll(NEED_WHAT)].some((m) => context.health.some((h) => h.start === m.index + m[0].length && !/^(?:prescriptions?|referrals?|scripts?|appointments?)$/.test(h.term)));
}
const MATERIAL_ASKED = /^ ?(?:your|the|this|that|these|those) (?:[a-z-]+ ){0,2}?(?:explainer|leaflet|poster|post|infographic|video|chart|graphic|handout|resource|content|image|photo|slide|article|guide|material|quiz|printout|flyer|booklet)s?(?![a-z])/;
/** "your heel pain", "that cough": a health term of the person answered in the sentence, so it is said to them. */
function theirOwnHealth(doc: Doc, sentence: Span): boolean {
  return doc.health.some((h) => h.start >= sentence.start && h.end <= sentence.end && /(?:^|[^a-z'])(?:your|ur|that|this)(?: [a-z-]+)? $/.test(doc.lower.slice(Math.max(sentence.start, h.start - 24), h.start)));
}

function asksOfHealth(context: MessageText, canI: RegExpExecArray): boolean {
  const at = canI.index + canI[0].length;
  const asked = context.lower.slice(at);
  // "Can I use your asthma explainer with my students?": the practice's materials, not their health.
  if (MATERIAL_ASKED.test(asked)) return false;
  if (OWN_STATE_AFTER.test(asked)) return true;
  if (SERVICE_ASKED.test(asked)) return false;
  // "I have diabetes. Can I eat ugali?": their own condition, told before the question.
  if (context.health.some((h) => h.kind === 'condition' && h.end <= canI.index && OWN_CONDITION_BEFORE.test(context.lower.slice(Math.max(0, h.start - 30), h.start)))) return true;
  if (/get$/.test(canI[0])) {
    if (/(?:still|safely|also|to) get$/.test(canI[0])) return true;
    const medicine = context.health.some((h) => h.kind === 'medication' && h.start >= at && h.start - at <= 12);
    return medicine && (FOR_OWN_AILMENT.test(asked) || context.health.some((h) => (h.kind === 'condition' || h.kind === 'symptom') && h.start > canI.index));
  }
  return PRODUCT_AFTER.test(asked.slice(0, 40)) || context.health.some((h) => h.start >= canI.index && h.start - at <= 30);
}

// "Retainer every night, no excuses!", "drops twice a day": a regime told without a verb, to the person answered.
const VERBLESS_REGIME = new RegExp(String.raw`(?:^|[.!?;:,—–]\s*|\p{Extended_Pictographic}\uFE0F?\s+)((?:(?:the|your|ur) )?(?:retainers?|drops|cream|ice|ice packs?|brace|splint|stockings|sling|inhaler|mouthguard|night ?guard|aligners?|elastics|eye ?patch|moisturi[sz]er|sunscreen|spf|mouthwash|floss(?:ing)?|stretches|exercises) (?:every (?:night|day|morning|evening|\d+ hours)|each (?:night|day|morning)|twice a day|three times a day|morning and night|day and night|at night|full[- ]time|\d+ hours a day))(?![a-z])`, 'gu');
// "Cool showers, aloe vera and plenty of water." to "how do I treat it?": home remedies listed for their problem (not
// "…usually help", what helps anyone).
const USUALLY_HELPS = /(?<![a-z])(?:usually|generally|typically|often|tend to|can|may) (?:help|ease|work|soothe|settle)/;
const FOREIGN_GUESS_OPENING = /(?<=^|[.!?:;—–-] |\n)(?:to (?:może|moze|chyba) (?:być|byc)|(?:to )?prawdopodobnie|wygląda na|(?:isso |ele |ela )?pode ser (?:a|o|um|uma|só|so|apenas)|(?:isso )?deve ser (?:a|o|um|uma|só|so)|provavelmente (?:é|e|seja)|(?:eso |esto )?(?:puede|podría|podria) ser (?:un|una|el|la|solo|sólo)|(?:probablemente|seguramente) (?:sea|es)|(?:c'est|ce serait) (?:probablement|sûrement|surement|peut-être|sans doute)|(?:ça|cela) (?:ressemble à|peut être|pourrait être)|probablement (?:un|une|la|le|l'|de la|du)|baka (?:[a-z'-]+ )?(?:na|lang|ito|yan|'yan|iyan)|(?:mae'n )?swnio fel|efallai (?:mai|ei fod|bod)|(?:yeh |ye |shayad )?(?:[a-z]+ )?ho sakta hai|(?:dit )?klink (?:soos|na)|dit (?:is|kan) (?:seker|waarskynlik|dalk))(?![a-zà-ɏ])(?! (?:(?:un|una|el|la|le|l'|o|a|um|uma|[a-z]+) )?(?:buen[oa]?|mejor|meilleure?|bon|bonne|boa|bom|melhor|dobr[ayo]|najlepsz[ya]|idea|idée|ideia|momento|moment|posible|possible|possível|lekker|goeie|beste|gusto)(?![a-zà-ɏ]))/g;
const FOREIGN_GUESS_OPENING_WORDS = ['być', 'byc', 'prawdopodobnie', 'wygląda', 'pode ser', 'deve ser', 'provavelmente', 'puede ser', 'podría ser', 'podria ser', 'probablemente', 'seguramente', "c'est", 'ce serait', 'ressemble', 'peut être', 'pourrait', 'probablement', 'baka', 'swnio', 'efallai', 'ho sakta', 'klink', 'dit is', 'dit kan'];
const VERBLESS_REMEDY = new RegExp(String.raw`(?:^|[.!?;:—–]\s*|\p{Extended_Pictographic}\uFE0F?\s+)((?:cool|cold|warm|lukewarm|tepid) (?:showers?|baths?|compress(?:es)?|flannels?|packs?)|aloe vera|calamine|saline (?:spray|drops|rinses?)|salt ?water (?:rinses?|gargles?)|plenty of (?:water|fluids|rest|sleep)|lots of (?:fluids|water|rest)|rest and (?:fluids|ice)|ice and (?:rest|elevation)|fluids and rest)(?![a-z])`, 'gu');
// "X says keep up those squats", "reminds you: no straws", "wants you to keep icing it", "asked me to remind you to…".
const RELAYED_INSTRUCTION_WORDS = ['says', 'said', 'remind', 'wants you'];
const RELAYED_INSTRUCTION = /(?<![a-z])(?:says|said|reminds you|reminds her|reminds him|wants you to|asked (?:me|us) to remind you)(?: to)?:? (?:keep (?:up|going|using|taking|doing|stretching|icing|wearing|practising|practicing|it|the|those|that|your|with)|soft (?:foods?|diet|stuff)|move (?:it|the|your)|take (?:your|the|it|them|one|two)|use (?:the|your)|do (?:your|the|those)|no (?!(?:problem|problems|worries|bother|need|trouble|rush|pressure)(?![a-z]))(?:[a-z-]+ ){0,2}?[a-z]+ (?:until|till|for|before)|avoid|rinse|stretch|ice|rest|wear|stick (?:to|with)|go easy|don't|do not|remember (?:to|your|the)|warm salt|salt-?water)(?![a-z])/g;
// "no straws until Friday", "no heavy lifting for 2 weeks", "no basketball until he's cleared", "no nose-blowing for a few days".
const STOPPED_FOR_A_TIME = /(?<![a-z])no (?!(?:[a-z-]+ ){0,2}?(?:parking|booking|bookings|visiting|meeting|waiting|charging|billing|opening|ordering|building|morning|evening|clinic|clinics|walk-ins?|appointments?)(?![a-z]))(?:[a-z-]+ ){0,2}?(?:[a-z-]+ing|straws?|alcohol|booze|sport|sports|gym|football|footy|basketball|rugby|netball|soccer|contact|baths?|swimming|make-?up|hot drinks|sex|spicy food|hard food|sticky food)(?: or (?:[a-z-]+ ){0,2}?[a-z-]+)? (?:until|till|for (?:a|the next|\d+|one|two|three|four|six|a few|a couple)|before (?:your|his|her|the)|unless)(?![a-z])/g;
const CASE_CALLED_WORDS = ['days of', 'weeks of', 'months of', 'days off', 'weeks off', 'days before', 'weeks before', 'days rest', 'weeks rest', 'fine to', 'ok to', 'okay to', 'safe to', 'good to', 'cleared to', 'alright to', 'right to', 'start', 'put', 'switch', 'move', 'pop', 'description', 'symptoms', 'what you', 'cold', 'virus', 'bug', 'sprain', 'strain', 'pulled', 'photo', 'pic', 'image', 'video', 'common', 'normal', 'expected', 'typical', 'using', 'taking', 'keep', 'no need', "don't", 'do not', 'need', 'ask ', 'worst', 'normal', 'feet', 'better', 'rain', ' can ', 'again', 'properly', 'pain', 'comfortabl', 'without', 'more', 'another', ' age', 'his ', 'her ', 'old enough', 'too young', 'too old'];
// ("It may need antibiotics", "you'll probably need stitches": what their case will take.)
const CASE_CALLED = /(?<![a-z])(?:(?:it|that|this|he|she|they|you)(?:'ll| will| may| might| could| would)? (?:well |also |probably |likely |definitely )?need (?:a |an |some |to (?:have|start|go on|take) )?(?:course of )?(?:antibiotics?|tablets|pills|medication|medicines?|meds|insulin|surgery|an operation|braces|glasses|stitches|steroids?|x-?rays?|a scan|scans?|tetanus|draining|drained|lanced|a cast|a splint|a filling|a root canal|extracting|pulling|taking out|removing)(?![a-z])|(?:probably|likely|most likely|sounds like|just|only|it's) (?:just |only |probably )?(?:a|the) (?:common |bad |head |chest |nasty |tummy |stomach )?(?:cold|virus|bug|sprain|strain|pulled muscle)(?![a-z])(?! (?:season|sore|and flu season|jab|vaccine)(?![a-z]))|(?:from|in|on) (?:the|your|this|that) (?:photo|pic|picture|image|video)s?,? (?:it |that |this |the [a-z]+ |he |she )?(?:looks?|seems?|appears?|isn't|doesn't look)|(?:it's|that's|this is|it is|that is) (?:very |really |quite |pretty |super |totally |completely |perfectly )?(?:common|normal|expected|typical) (?:for the first|in the first|at this stage|early on|for a few|for a while|after (?:a|the|getting|starting))|(?:go ahead and )?(?:keep|carry on|continue) (?:using|taking) (?:it|them)(?= *(?:[.!,;—–-]|$|as |for |until |through ))|(?:i'd|i would|best to|just|no need to) keep (?:him|her|them|you) (?:home|off (?:school|nursery|work|daycare))|ask (?:your gp |your doctor |them |the gp )?for (?:an? )?(?:(?!an? )(?:[a-z-]+ ){1,2}?referral|(?:urgent |routine |two-week |2-week |fast-track )?(?:[a-z-]+ )?(?:scan|biopsy|blood test|x-?ray|mri|ultrasound|allergy test))|no need to (?:come in|go in|bring (?:him|her|them) in|go to (?:a&e|the er|the ed|urgent care|hospital))(?= unless| if| yet| tonight| for now| *[.!,;—–-]| *$)|(?:don't|do not) (?:go|come) (?:to|into) (?:the )?(?:er|ed|a&e|emergency|hospital) (?:for (?:this|that|it)|yet|tonight)|(?:her|his|your|their|the) (?:[a-z-]+ )?(?:medicine|medication|meds|dose|inhaler|preventer|controller|insulin|tablets|pills) (?:may|might|probably|will|likely|could) (?:need|needs) (?:adjusting|changing|increasing|upping|reducing|lowering|stopping|reviewing|a review|a tweak|tweaking)|(?:you|he|she|they)(?:'ll| will| should)(?: probably| likely| hopefully)? (?:be over the worst|be back to normal|be back on (?:your|his|her|their) feet|feel (?:much |a lot )?better|be right as rain) (?:in|within|by|after|once) (?:a|the|one|two|three|a few|a couple|\d+|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)|(?:you|he|she|they) can (?:start|resume|restart|go back to|get back to|return to|try) (?:[a-z-]+ ){0,4}?(?:again )?(?:from|after|in|once) (?:tomorrow|tonight|the weekend|next week|a week|a few days|a couple of days|(?:\d+|one|two|three|four|five|six|a couple of|a few) (?:days?|weeks?|hours?))|(?:you're|you are|you'll be|he's|she's|he is|she is|he'll be|she'll be) (?:absolutely |totally |perfectly |completely |still )?(?:fine|ok|okay|safe|good|cleared|alright|all right) to (?!(?:call|ring|book|come|pop|message|email|contact|drop|ask|share|post|park|bring|join|visit|use our|go(?: ahead)?(?:[!.,]| *$)))[a-z]+|(?:that|it|this|he|she|you)(?:'ll| will| would)? (?:definitely |probably |likely |really |still |almost certainly )?needs? (?:an? |some |a course of )?(?:x-?ray|scan|mri|ultrasound|blood test|filling|crown|root canal|extraction|stitches|antibiotics|cast|splint|booster|tetanus (?:jab|shot|booster)|steroid (?:cream|injection))|(?:you|he|she|they)(?:'ll| will| should) be (?:walking|running|back on (?:your|his|her|their) feet|eating|sleeping|driving|swimming|playing) (?:normally|again|properly|pain-free|comfortably|without (?:pain|the|a|crutches))|(?:another|a few more|one more|two more|three more|\d+ more) (?:[a-z0-9]+ )?(?:sessions?|visits?|appointments?|treatments?|weeks?)(?: or so)? (?:and|before|till|until) (?:you|he|she|they)(?:'ll| will| should| can|'re| are)|(?:says|said|reckons|thinks) (?:you|he|she|they) (?:can|could|should) (?:now )?(?:start|begin|add|increase|try|stop|go back to|return to|get back to)|(?:he|she|you|they) (?:needs?|should have|must have) (?:at least |a minimum of |another )?(?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?) (?:of|off|rest|out|before)|(?:we'll|we will|i'll|i will|we're going to|we are going to|i'm going to|let's) (?:start|put|switch|move|pop) (?:(?:you|him|her|them) |your (?:[a-z-]+ ){1,2}?)(?:on|onto)(?= )(?! (?:the |our |a |your )?(?:[a-z-]+ )?(?:list|waitlist|waiting list|books|hold|phone|line|register|rota|schedule|call|system|email|mailing list|text list|recall|page|website|site|wall|board|insta|instagram|facebook|socials|feed|story|stories|fridge|gallery)(?![a-z]))|(?:she's|she is|he's|he is|they're|they are) (?:now |already )?(?:at )?(?:the |a |an )?(?:perfect|right|ideal|best|good|great) age(?![a-z])|(?:follow|stick (?:to|with)|go with|trust) (?:his|her) (?:advice|instructions|plan|recommendations?)(?![a-z])|(?:she's|she is|he's|he is) (?:now |already |still )?(?:old enough|too young|too old)(?![a-z])|(?:from|based on|going by|judging by|judging from) (?:your|the) (?:description|photos?|pics?|pictures?|symptoms|what you(?:'ve| have)? (?:describe|described|said|say|mention|mentioned))(?: so far)?,? (?:it|this|that|he|she|they|you)(?:'s| is| are| sounds?| looks?| seems?| could| might| may| probably| doesn't| don't| isn't))(?![a-z])/g;
// "Give it a week or two", "give it 24–48 hours before you worry": how long to wait on their case ("give it a go" is not).
const WAIT_IT_OUT = /(?<![a-z])give it (?:another |a |an )?(?:few |couple of |couple |good |full |\d+(?:[–-]\d+)? |one |two |three |four |five |six |more )?(?:more )?(?:days?|weeks?|hours?|months?|nights?)(?![a-z])/g;
// "Yes, at 47 you're due", "so yes, she's due now": a screening or vaccine called for the person answered ("if you're due,
// book in" and "when you're due" in a pregnancy are anyone's).
const TOLD_DUE_WORDS = ["you're due", 'you are due', "she's due", 'she is due', "he's due", 'he is due', "you're overdue", 'you are overdue', "she's overdue", "he's overdue"];
const TOLD_DUE = /(?<![a-z])(?<!(?<![a-z])(?:if|whether|when|once|unless|until|check|see|know) )(?:you're|you are|she's|she is|he's|he is) (?:now |already |definitely |actually |well )?(?:over)?due(?! date)(?= now| for| (?:a|an|the|her|his|your|their) |\W*$| ?[—–,.!;-])/g;
// "At 38 weeks we'd recommend you get a lift", "At 41 there's a higher risk of…": their pregnancy or age, weighed for them.
// ("At 38 it's still worth it for you": the same call, put as a verdict.)
const AT_THEIR_STAGE = /(?<![a-z])at (?:\d{1,2} (?:weeks|wks)(?: pregnant)?|\d{2}),? (?:(?:it's|it is|it'd be|it would be|that's) (?:still |definitely |absolutely |really |probably )?(?:worth (?:it|getting|having|doing)|a good idea|recommended) for (?:you|u|her|him)(?![a-z])|(?:we'd|i'd|we would|i would) (?:recommend|suggest|advise|say (?:no|yes|not yet)|hold off|wait)(?! (?:that )?(?:everyone|everybody|anyone|all|people|most|every|any)(?![a-z])))|(?<![a-z])at (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine) (?:weeks|wks|months)(?: pregnant)?,? (?:you're|you are|you'll be|she's|she is|he's|he is) (?:now )?(?:due|ready|eligible) (?:for )?(?:the|a|an|your|her|his)(?![a-z])|(?<![a-z])at (?:\d{1,2} (?:weeks|wks)(?: pregnant)?|\d{2}),? there(?:'s| is) (?:a |an )?(?:higher|greater|increased|bigger|lower|small) (?:risk|chance)(?![a-z])/g;
const OWN_PREGNANCY = /(?<![a-z])(?:i'm|i am|im|i’m|we're|we are) (?:\d{1,2}|[a-z]+(?:-[a-z]+)?) ?(?:\+ ?\d )?(?:weeks?|wks?)(?: pregnant| along| today| now)?(?![a-z])|^\W*\d{1,2} ?(?:weeks?|wks?)(?: pregnant| along)?(?![a-z])|(?<![a-z0-9])\d{1,2} ?(?:weeks?|wks?)(?: pregnant| along)?\W*$|(?<![a-z])baby(?: has| hasn't| has not| isn't| is not|'s not| has barely| has hardly)(?: been)? (?:barely |hardly |really )?(?:moved|moving|kicked|kicking)(?![a-z])/;
// The choice the commenter asks to be made for them: "should I freeze now?", "should we wait?".
const SHOULD_I = /(?<![a-z])(?:should|shall) (?:i|we) (?:just |still |go ahead and )?([a-z]{3,})(?=[^.!?]*\?)/;
// Choices about getting in touch or booking, which "I'd call us" answers with no advice.
const NOT_CARE_CHOICE = /^(?:be|call|ring|phone|email|message|text|book|come|bring|contact|reach|park|pay|register|cancel|reschedule|rebook|leave|write|post|send|ask|see|get|go|expect|know|tell|check|do|have)$/;
const PROFESSIONAL = "(?:a |an |the |your |our )?(?:pa?ediatrician|pharmacist|pharmacy|doctor|gp|clinician|nurse line|nurse|dentist|physio(?:therapist)?|specialist|midwife|optician|optometrist|urgent care|a&e|emergency department)s?";
const TALK_TO_PROFESSIONAL_AFTER = new RegExp(`^,? (?:that you |you )?(?:discuss(?:ing)?|talk(?:ing)?|speak(?:ing)?|check(?:ing)?|rais(?:e|ing)|mention(?:ing)?)(?: (?:it|this|that|any|all|your|the|these|those|things|options|[a-z-]+)){0,3} (?:with|to) ${PROFESSIONAL}(?![a-z])`);
const PROFESSIONAL_NAMED = new RegExp(`(?<![a-z])${PROFESSIONAL}(?![a-z])`);
const PROFESSIONAL_BEFORE = new RegExp(`(?<![a-z])${PROFESSIONAL}(?: (?:or|and) ${PROFESSIONAL})? (?:(?:is|are|'s|would be|will be) )?$`);
const FINE = /(?:'s|is|are|'re) (?:absolutely |totally |perfectly |completely |quite )?(?:fine|ok|okay|safe)(?![a-z])|(?:you|he|she|they) can (?:still )?(?:have|take|get|use) (?:it|one|them|this|that)(?![a-z])/;
const SAFE_TOGETHER = /(?<![a-z])(?:(?:are|is|'re) (?:totally |perfectly |completely )?(?:fine|safe|ok|okay) (?:to (?:take|use|mix|combine) )?together|(?:fine|safe|ok|okay) to (?:take|use|mix|combine) (?:them )?(?:together|with))(?![a-z])/g;
const CLINICIAN_SAYS = /(?<![a-z])(?:dr\.? [a-z\u00DF-\u024F]+|doctor [a-z\u00DF-\u024F]+|nurse [a-z\u00DF-\u024F]+|(?:your|the) (?:doctor|gp|nurse|physio|dentist|surgeon|consultant|midwife|hygienist))(?: [a-z\u00DF-\u024F]+)? (?:says|said|recommends|wants you to|would like you to)(?: (?:to|that you should|you should|you))? (?:go easy|keep|take|avoid|stick|rest|drink|don't|do not|stay|use|carry|ice|elevate|cut (?:back|down|out)|try|skip|wear|stop|start|come back(?! (?:any ?time|whenever|soon|to visit|and visit|and see us|and say)(?![a-z]))|book)(?![a-z])/g;
const ASKED_TO = /(?:ask|asks|asked|require|requires|required|encourage|encourages|remind|reminds|expect|expects) (?!(?:you|u|him|her|them) )(?:[a-z]+ ){1,2}to $/;
// "Go easy on the backhands for another week or two", "get plenty of rest and fluids for the next couple of days", "no sun on
// that patch for two weeks": what to do or avoid for a while, opening a clause: aftercare for their own treatment or illness.
const AFTERCARE_FOR_A_WHILE = new RegExp(String.raw`(?<=^|[.!?;:,—–(]\s*|\p{Extended_Pictographic}\uFE0F?\s+|(?<![a-z])(?:and|then|just|please|but|remember|remember to)\s)(?:go easy (?:on|in|with)|take it easy|(?:get|have) (?:plenty of |lots of |some |a bit of )?rest|rest (?:it|up|that)|avoid|stay off|keep off|lay off|no|skip|stick to|keep (?:it|that|the [a-z]+|your [a-z]+) (?:dry|clean|elevated|up|iced|covered|still)|ice (?:it|that|the [a-z]+))(?![a-z])(?! (?:need|needed|appointments?|bookings?|booking|parking|the car ?park|car ?park|queues?|calls?|phone|emails?|walk-?ins?|charge|fee|cost|wait)(?![a-z]))(?: [a-z'-]+){0,6}? for (?:(?:the next|the first|another|a few|a couple(?: of)?|at least|\d+|one|two|three|four|five|six|a day or two|a week or two)(?: [a-z0-9-]+){0,3}? (?:days?|weeks?|hours?|hrs|nights?|months?)|a (?:little )?while|a bit)(?![a-z])`, 'gu');
const DONT_FORGET = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:don't|do not|dont|never) forget(?![a-z])/g;
// "don't take any more until we've spoken", "stop taking them for now" to a comment about their medicine.
// ("Could you try taking them at bedtime instead?" to "the tablets make me drowsy": when to take their own medicine.)
const STOP_THEIR_DOSE = /(?<![a-z])(?:(?:don't|do not|please don't) take (?:any ?more|another (?:dose|tablet|pill|one)|the next (?:dose|one))|(?:stop|pause) taking (?:it|them|those|these|the (?:tablets|pills|medication|medicine|capsules|antibiotics)))(?= *(?:of (?:it|them|those|these)|until|till|for now|and (?:call|ring|phone|contact|speak|talk|come|see)|[.!,;—–-]|$))|(?:try|trying) (?:taking|having|using) (?:it|them|those|these|the (?:tablets|pills|medication|medicine|capsules|dose)) (?:at (?:night|bedtime|breakfast|lunch|dinner|teatime)|with (?:food|a meal|meals|milk)|before bed|in the (?:morning|evening)|after (?:food|meals|eating))/g;
const MEDICINE_IN_COMMENT = /(?<![a-z])(?:doses?|prescriptions?|prescribed|tablets?|pills?|meds|medications?|medicines?|capsules?|antibiotics|inhaler)(?![a-z])/;
const KEEP_UP = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:keep (?:up|doing|going with|using|wearing|taking|up with|on with|at)|carry on (?:with|doing|using|wearing|taking)|continue (?:with|doing|using|wearing|taking)|stick with|(?:don't|do not|never) forget,?(?: to (?:do|use|wear|take|put in))?)(?: (?:those|the|your|them|these|that|all|his|her|their))?(?: [a-z-]+)? (?:stretches|exercises|squats|lunges|planks|bridges|heel raises|calf raises|clamshells|drops|eye ?drops|interdental brushes|brushes|flossing|retainers?|aligners|brace|splint|cream|ointment|meds|medication|medicine|tablets|pills|inhaler|insoles|orthotics|mouth ?guard|night ?guard|patch|elastics|rubber bands|physio|rehab|icing|lenses|contacts|hearing aids?|cpap|nasal spray|rinse|mouthwash|moisturi[sz]ing(?: routine)?|emollients?|skin ?care(?: routine)?|sunscreen|(?:compression )?(?:socks|stockings)|dressings?)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
// "Keep the fluids going": rehydration kept up through their illness.
const KEEP_FLUIDS_GOING = /(?<![a-z])keep (?:the|those|these|your|his|her|their) (?:fluids|drinks|ors|rehydration (?:salts|drinks|sachets)|sips|feeds) (?:going|coming|up)(?![a-z])/g;
const HOME_CARE_HELPS = /(?<![a-z])(?:should|will|might|may|can|could|usually) (?:really |definitely |also )?(?:help|helps|ease it|ease things|settle it|calm it|soothe it|do the trick|take the edge off)(?![a-z])/g;
const SHOULD_HELP = /^(?: (?:and|or|&) [a-z' -]{1,30}?)? (?:should|will|might|may|can|could) (?:really |definitely |also )?(?:help|ease|settle|calm|soothe|do the trick|take the edge off)(?![a-z])/;
const INSTRUCTION_AFTER = new RegExp(`^ ?(?:to |probably |just |also |definitely )*(?:${TREATMENT_VERB}|be (?:doing|using|taking|wearing|icing|resting|stretching|avoiding)|see|get|book|have|check|call|go|wait|come|be seen|be checked|be evaluated)(?![a-zA-Z])`, 'u');
const NUMBER_JUDGED = /(?<![\d./])(\d{2,3}(?:\/\d{2,3}|\.\d)?)\s+(?:is|was|'s)\s+(?:a |an )?(?:bit |little |slightly |quite |really |very |too |pretty |a bit |a little )?(?:high|low|raised|elevated|normal|borderline|fine|ok|okay|great|good|healthy|reassuring|concerning|massive|huge|big|brilliant|fantastic|amazing|excellent)(?: (?:start|result|number|reading|level|score|drop|improvement|fall|reduction|change))?(?: for (?:you|your age|a [a-z]+))?(?![a-z])(?! for (?:most|many|all|healthy|average|an average|the average|adults|people|children|kids)(?![a-z]))/g;
const READ_RESULT = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:hba1c|a1c|alt|ast|ldl|hdl|tsh|psa|egfr|inr|glucose|blood sugar|bp|blood pressure|cholesterol|ferritin|vitamin d|b12|ha?emoglobin|platelets|crp|creatinine|potassium|sodium|iron)(?: levels?| reading)? (?:of |at )?\d[\d.,/]*\s+(?:is|was|are|were|looks|looked)\s+(?:\p{L}+ )?(?:high|low|raised|elevated|normal|abnormal|borderline|fine|ok|okay|great|good|dangerous|concerning)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'gu');
// ("I'd say keep moving gently, use heat": "I'd say" frames advice, and what follows is said to them.)
const WE_CAN_AND = /(?<![a-z])(?:we|i|our [a-z]+)(?: will|'ll| can| could| also| usually| often)(?: [a-z-]+){1,3} $/;
const WE_WILL = /(?<![a-z])(?:we|i|they|dr\.? [a-z]+)(?: will|'ll| would|'d| can| could| shall| are going to| aim to| try to| plan to| want to)(?![a-z])(?! (?:say|suggest|recommend|advise)(?![a-z]))(?:[^,]*,\s*|(?: really)? like to [^,.!?]*)$/;
const FREQUENCY = /^(?:\d+ ?x|once|twice|three|four|every)/;
const FORMULATION = new RegExp(String.raw`^(?:[\p{L}-]+ ){0,2}?(?:cream|gel|ointment|lotion|solution|wash|rinse|mouthwash|drops|spray|foam|peroxide|serum|tincture|patch)(?![a-zA-Z])`, 'u');

/** A percentage followed by the product it is the strength of: a drug or a cream, gel, rinse… */
function strengthOfProduct(doc: Doc, end: number): boolean {
  return doc.health.some((h) => h.kind === 'medication' && h.start >= end && h.start - end < 25) || FORMULATION.test(doc.lower.slice(end, end + 40));
}

/** A health term, body part or home-care word in the sentence of `at`. */
function healthNear(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[sentenceAt(doc.sentences, at)];
  return healthTermIn(doc, sentence) || holds(HOME_CARE, doc.lower.slice(sentence.start, sentence.end));
}

// "the complaints procedure", "your condition": words of the class that name no treatment or problem.
const NAMES_NOTHING = /^(?:procedures?|treatments?|diagnos[ie]s|conditions?|illness(?:es)?|diseases?)$/;

function healthTermIn(doc: Doc, span: Span): boolean {
  const inside = (x: Span) => x.start >= span.start && x.end <= span.end;
  return doc.health.some((h) => inside(h) && !NAMES_NOTHING.test(h.term)) || doc.phrases.bodyParts.some(inside);
}

function treatmentIn(doc: Doc, span: Span): boolean {
  return healthTermIn(doc, span) || DOSE_IN_TEXT.test(doc.lower.slice(span.start, span.end));
}

const DIGIT = /\d/;
/** The clause around an offset: between sentence ends, dashes, semicolons and "—". */
function clauseAround(doc: Doc, at: number): Span & { text: string } {
  const t = doc.text;
  // ("15–20 minutes", "2.5 ml": a range or a decimal between digits ends nothing.)
  const stop = (i: number) => (i < t.length && '.!?;—–\n'.includes(t[i]) && !((t[i] === '.' || t[i] === '–') && DIGIT.test(t[i - 1] ?? '') && DIGIT.test(t[i + 1] ?? ''))) || (t[i] === '-' && t[i - 1] === ' ' && t[i + 1] === ' ');
  let start = at;
  while (start > 0 && !stop(start - 1)) start--;
  let end = at;
  while (end < t.length && !stop(end)) end++;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { start, end, text: doc.lower.slice(start, end) };
}

/** The clause from its last comma before `at` ("Most kids can eat it, so she's fine": "so she's fine"). */
function partBefore(doc: Doc, clause: Span, at: number): string {
  const comma = doc.lower.lastIndexOf(',', at - 1);
  return doc.lower.slice(comma >= clause.start ? comma + 1 : clause.start, clause.end);
}

/** One hit per clause: overlapping hits are merged, keeping the first reason. */
function merge(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

/** The clause opens with a symptom or condition, no one's ("Bleeding gums are…", not "Your bleeding gums are…"), and "you" is not in it before `at`. */
function bareSubject(doc: Doc, clauseStart: number, at: number): boolean {
  const opening = doc.health.find((h) => h.start >= clauseStart && h.end <= at && /^\W*(?:but |and |so )?['"‘“]?$/.test(doc.lower.slice(clauseStart, h.start)));
  return opening !== undefined && (opening.kind === 'symptom' || opening.kind === 'condition') && opening.term.endsWith('s') && !/(?<![a-z])(?:you|your|ur|u)(?![a-z])/.test(doc.lower.slice(clauseStart, at));
}
