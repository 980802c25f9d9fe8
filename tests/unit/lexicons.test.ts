import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhraseList, SortedWords, words as splitWords } from '../../rules/text';

interface Lexicon {
  source: string;
  note: string;
  terms: string[];
}

/** The generated word lists the engine only looks up keep their terms as one string, a term per line (README.md). */
const WORD_LISTS = ['first-names', 'ambiguous-first-names', 'common-words', 'last-names', 'places'];

const DIR = new URL('../../rules/lexicons/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const read = (file: string) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
const load = (file: string): Lexicon => {
  const lex = read(file);
  return WORD_LISTS.includes(file.replace(/\.json$/, '')) ? { ...lex, terms: lex.terms.split('\n') } : lex;
};
const LEX = Object.fromEntries(FILES.map((f) => [f.replace(/\.json$/, ''), load(f)])) as Record<string, Lexicon>;

const set = (name: string): ReadonlySet<string> => new Set(LEX[name].terms);
const FIRST_NAMES = set('first-names');
const AMBIGUOUS_FIRST_NAMES = set('ambiguous-first-names');
const [CONDITIONS, SYMPTOMS, PROCEDURES, MEDICATIONS, BODY_PARTS, JARGON, EMERGENCY_SIGNS, MEDIA_TERMS] = [
  'conditions', 'symptoms', 'procedures', 'medications', 'body-parts', 'jargon', 'emergency-signs', 'media-terms',
].map(set);

const MEDICAL = ['conditions', 'symptoms', 'procedures', 'medications', 'body-parts', 'jargon', 'emergency-signs'];

const words = (s: string) => s.split(' ');
/** Brief's names that must be plain first names (not ambiguous). */
const HAND_ADDED = words(
  'jayden jaden aiden mateo liam noah ava mia zoe priya kai mila finn nora harper caleb sophie luis jose carlos juan ' +
    'tanya alisha greta harriet dominic derek gus brian raymond denise sandra mason ella lucia dan greg phil deb rob ' +
    'ethel harold jordan sarah avery tessa carly jake maria',
);

describe('lexicon files', () => {
  it('has every expected file', () => {
    expect(FILES).toEqual(expect.arrayContaining([
      'ambiguous-first-names.json',
      'body-parts.json',
      'conditions.json',
      'emergency-signs.json',
      'first-names.json',
      'jargon.json',
      'media-terms.json',
      'medications.json',
      'procedures.json',
      'public-figures.json',
      'symptoms.json',
    ]));
  });

  it.each(FILES)('%s has source, note and tidy terms', (file) => {
    expect(typeof read(file).terms, 'terms as one string only in the word lists').toBe(WORD_LISTS.includes(file.replace(/\.json$/, '')) ? 'string' : 'object');
    const lex = load(file);
    expect(Object.keys(lex).sort()).toEqual(['note', 'source', 'terms']);
    expect(lex.source.trim().length).toBeGreaterThan(20);
    expect(lex.note.trim().length).toBeGreaterThan(20);
    expect(lex.terms.length).toBeGreaterThan(0);
    for (const t of lex.terms) {
      expect(typeof t).toBe('string');
      expect(t, `"${t}" not lowercase`).toBe(t.toLowerCase());
      expect(t, `"${t}" not trimmed/single-spaced`).toBe(t.trim().replace(/\s+/g, ' '));
      expect(t.length, 'empty term').toBeGreaterThan(0);
      expect(t, `"${t}" has a curly apostrophe`).not.toMatch(/[\u2018\u2019]/);
    }
    expect(new Set(lex.terms).size, 'duplicates').toBe(lex.terms.length);
    expect(lex.terms, 'not sorted').toEqual([...lex.terms].sort());
  });

  it('media terms are words or emoji, and include the camera emoji', () => {
    expect(LEX['media-terms'].terms).toEqual(expect.arrayContaining(['photo', 'pic', 'before and after', 'swipe', '📸', '🎥', '📹', '🎬']));
  });
});

describe('first names', () => {
  const names = LEX['first-names'].terms;
  const ambiguous = new Set(LEX['ambiguous-first-names'].terms);

  it('is large and lowercase-alphabetic', () => {
    expect(names.length).toBeGreaterThan(3000);
    for (const n of names) expect(n).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('contains the hand-added common US names', () => {
    const missing = HAND_ADDED.filter((n) => !FIRST_NAMES.has(n));
    expect(missing).toEqual([]);
  });

  it('never lists a name as both plain and ambiguous', () => {
    expect(names.filter((n) => ambiguous.has(n))).toEqual([]);
  });

  it('keeps names that are common words in the ambiguous list', () => {
    for (const n of words('may will grace hope faith joy rose bill mark pat sue art dawn april june august chase lane miles dale ivy holly sandy rusty bob carol')) {
      expect(AMBIGUOUS_FIRST_NAMES.has(n), n).toBe(true);
      expect(FIRST_NAMES.has(n), n).toBe(false);
    }
  });

  it('no first name is a term of a medical lexicon', () => {
    for (const file of MEDICAL) {
      const clash = LEX[file].terms.filter((t) => FIRST_NAMES.has(t));
      expect(clash, file).toEqual([]);
    }
  });
});

describe('public figures', () => {
  const firstNames = new Set([...LEX['first-names'].terms, ...LEX['ambiguous-first-names'].terms]);
  it('knows the people health posts cite most', () => {
    expect(LEX['public-figures'].terms).toEqual(expect.arrayContaining(['nick jonas', 'michael j. fox', 'serena williams', 'chadwick boseman', 'beyoncé', 'beyonce']));
  });
  it('lists a single name only when it can mean nobody else (never a first name)', () => {
    const single = LEX['public-figures'].terms.filter((t) => !t.includes(' '));
    expect(single.filter((t) => firstNames.has(t))).toEqual([]);
    expect(single.filter((t) => !/^\p{L}[\p{L}-]+$/u.test(t))).toEqual([]);
  });
});

describe('medical lexicons', () => {
  it('meet their size floors', () => {
    expect(CONDITIONS.size).toBeGreaterThanOrEqual(400);
    expect(SYMPTOMS.size).toBeGreaterThanOrEqual(200);
    expect(PROCEDURES.size).toBeGreaterThanOrEqual(300);
    expect(MEDICATIONS.size).toBeGreaterThanOrEqual(300);
    expect(BODY_PARTS.size).toBeGreaterThanOrEqual(150);
    expect(JARGON.size).toBeGreaterThanOrEqual(150);
    expect(EMERGENCY_SIGNS.size).toBeGreaterThanOrEqual(80);
    expect(MEDIA_TERMS.size).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['conditions', 'strep flu covid uti asthma diabetes gdm adhd eczema melanoma stroke mi fracture concussion cavity gingivitis myopia conjunctivitis shingles pneumonia hypertension jaundice reflux endometriosis infertility miscarriage', 'gestational diabetes|heart attack|sprained ankle|torn labrum|acl tear|gum disease|pink eye|ear infection|swimmer\'s ear|strep throat|sleep apnea|high blood pressure'],
    ['symptoms', 'fever rash cough pain headache swelling bruising bleeding nausea vomiting diarrhea dizziness fainted numb itchy blisters discharge cramp stutter twitching squinting nosebleed lethargic', 'sore throat'],
    ['procedures', 'crown filling veneers implant bonding cleaning sealants braces retainer aligner extraction stitches cast biopsy pathology x-ray mri ultrasound ekg a1c tsh mammogram colonoscopy pt rehab chemo chemotherapy radiation surgery rhinoplasty facelift lipo liposuction bbl botox filler lasik glasses contacts progressives vaccine shots immunization iud vasectomy c-section delivery nebulizer cpap therapy', 'root canal|deep cleaning|ct scan|stress test|strep test|rapid strep|pap smear|physical therapy|cardiac rehab|knee replacement|rotator cuff repair|acl reconstruction|tummy tuck|lip filler|cataract surgery|hearing aids|flu shot|iud removal|counselling session'],
    ['medications', 'ibuprofen motrin advil tylenol acetaminophen benadryl amoxicillin antibiotics metformin levothyroxine lisinopril flovent albuterol valacyclovir semaglutide ozempic wegovy mounjaro isotretinoin accutane methylphenidate adderall hydrocortisone arnica melatonin aspirin drospirenone insulin epipen prednisone antibiotic antifungal antihistamine steroid stimulant biologic', 'zinc oxide|folic acid|prenatal vitamins|baby aspirin|silver sulfadiazine|birth control|the pill'],
    ['body-parts', 'ankle knee wrist tooth teeth gums shoulder scalp lungs', ''],
    ['jargon', 'nst bpp afi mi stemi nstemi bid tid qid prn po npo sob htn hld dm2 copd chf afib uri gerd etiology idiopathic bilateral contralateral prophylaxis sequelae erythema edema dyspnea tachycardia', ''],
    ['emergency-signs', 'unresponsive seizure stroke overdose suicidal', 'chest pain|chest hurting|arm is numb|can\'t breathe|trouble breathing|struggling to breathe|lips swelling|throat closing|passed out|face drooping|slurred speech|swallowed a battery|button battery|want to die|severe bleeding|won\'t stop bleeding|blue lips'],
  ])('%s has the core vocabulary', (file, single, multi) => {
    const expected = [...words(single), ...(multi ? multi.split('|') : [])];
    expect(expected.filter((t) => !LEX[file].terms.includes(t))).toEqual([]);
  });

  it('leaves out abbreviations the public knows from jargon', () => {
    for (const t of words('er icu covid flu')) expect(JARGON.has(t), t).toBe(false);
  });
});

describe('phrase lists built from the lexicons', () => {
  const find = (list: PhraseList, text: string) => list.find(splitWords(text, text.toLowerCase())).map((m) => text.slice(m.start, m.end));

  it('match multi-word terms longest first, across hyphens but not across punctuation', () => {
    const list = new PhraseList(['chest pain', 'chest pain and sweating', 'x-ray', 'blood pressure check', 'blood pressure']);
    expect(find(list, 'Chest pain and sweating since noon')).toEqual(['Chest pain and sweating']);
    expect(find(list, 'an X-ray and an x ray')).toEqual(['X-ray', 'x ray']);
    expect(find(list, 'high blood pressure — check your BP')).toEqual(['blood pressure']);
  });

  it('match terms as written in any case, from their first word, and cut as the text is', () => {
    const list = new PhraseList(['(Mild) Asthma', "Children's Motrin", 'a-fib', 'a']);
    expect(find(list, "Mild asthma, a fib and Children's Motrin for a child with asthmas")).toEqual(['Mild asthma', 'a fib', "Children's Motrin", 'a']);
  });

  it('match simple plurals and possessives of a term', () => {
    const list = new PhraseList(LEX.procedures.terms);
    expect(find(list, 'Two crowns, three stitches and a filling')).toEqual(['crowns', 'stitches', 'filling']);
  });
});

describe('SortedWords (the engine looks up the big lists by halving)', () => {
  it('finds exactly the terms of each list the engine reads that way', () => {
    for (const name of WORD_LISTS) {
      const { terms } = LEX[name];
      const list = new SortedWords(read(`${name}.json`).terms);
      const set = new Set(terms);
      expect(terms.every((t) => list.has(t)), name).toBe(true);
      // Near misses on both sides of each term: a prefix, a longer word, a different last letter.
      const probes = terms.flatMap((t) => [t.slice(0, -1), `${t}q`, `${t.slice(0, -1)}~`, '', 'zzzzzz', 'aaa']);
      expect(probes.filter((p) => list.has(p) !== set.has(p)), name).toEqual([]);
    }
  });
});

