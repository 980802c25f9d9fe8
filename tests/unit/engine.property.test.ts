// Property tests of analyze(): whatever the text (emoji, RTL, combining marks, lone surrogates,
// zero-width characters, full-width digits, very long pastes) and whatever the site, kind and
// context, the engine never throws, returns well-formed findings whose offsets are valid UTF-16
// offsets into the original text that never split a surrogate pair, is deterministic, and its
// per-sentence cache never changes a result.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random';
import {
  DEFAULT_POLICY,
  KINDS,
  MAX_ANALYZED_CHARS,
  RISK_CATEGORIES,
  RULE_IDS,
  SEVERITIES,
  SITES,
  analyze,
  loadPolicy,
  type AnalyzeInput,
  type Finding,
  type Policy,
} from '../../rules/index';

/** ENGINE_PROPERTY_SCALE=20 npx vitest run … runs every property 20 times as often (a deeper search). */
const SCALE = Math.max(1, Number(process.env.ENGINE_PROPERTY_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

const DEV_POLICY: Policy = loadPolicy(
  JSON.parse(readFileSync(new URL('../corpus/dev-policy.json', import.meta.url), 'utf8')),
).policy;

// ---------------------------------------------------------------------------------------------
// Fragments

const EMOJI = [
  '😀', '👍', '👍🏽', '👍🏿', '🦷', '🦴', '🩺', '💊', '❤️', '✊🏾', '🇺🇸', '🏳️‍🌈',
  '👩‍⚕️', '👨🏻‍⚕️', '🧑🏿‍🦰', '👨‍👩‍👧‍👦', '👩‍❤️‍💋‍👨', '🫶🏼', '1️⃣', '#️⃣', '😹', '🛹',
];
const RTL = ['مرحبا بك', 'شكرا مريم!', 'د. أحمد', '٠١٢٣٤٥٦٧٨٩', 'שלום', 'תודה רבה, מרים.', '\u202Eevil\u202C', '\u200F', '\u061C'];
const COMBINING = ['e\u0301', 'a\u0308', 'n\u0303', '\u0301', '\u0336', 'M\u0336a\u0336r\u0336i\u0336a\u0336', 'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍', '\u20DD', 'ก\u0E31'];
const LONE_SURROGATES = ['\uD800', '\uDC00', '\uDBFF', '\uDFFF', '\uD83D', '\uDE00', '\uDC00\uD800', 'a\uD800b', '\uD83D\uD83D\uDE00'];
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u00AD', '\u034F', '\u180E'];
const WIDE_AND_LOOKALIKE = [
  '５５５－３１８－２２９４', '１２３', '（５５５）', '𝐌𝐚𝐫𝐢𝐚', '𝟒/𝟗/𝟏𝟗𝟖𝟖', '①②③', '²³', 'Маriа', 'Јоrdаn', 'ｍｇ', '\u3000', '\u00A0', '\u2009', '\u202F',
];
const RISKY = [
  'Thanks Maria!', 'Thanks, Phil! Hope the antibiotics knock out that strep.', '(555) 318-2294', '555-318-2294',
  'DOB 4/9/1988', 'take 600mg ibuprofen', 'You might want to alternate ibuprofen and Tylenol.', 'Great seeing you Tuesday!',
  'Congrats to @jordan_hoops23 on wrapping up PT!', 'Account #HP-0077341 still shows the copay as unpaid.',
  'Resending now to robcast@mail.example.', "Dr. Lee is heading over to Mr. Ostrowski's place at 418 Gull Rd.",
  'When your 8am is a 94-yo who bikes here every week.', 'My chest hurts and my left arm is numb.',
  'G4P3 at 39 weeks, reassuring NST, BPP showed low AFI.', "Swipe for Jake's before/after!", 'See you Wednesday, June 11 at 10:30!',
  'Mrs. Tran', 'K. Morrison', 'M4r1a', 'J0rd@n', 'your son', 'a 44-year-old mechanic', 'strep throat', 'our patient',
];
const SAFE = [
  'We are open 9-5 on weekdays.', 'Call our office at 555-201-4401.', 'Flu shots are in!', 'Happy Friday, everyone.',
  'Closed Mon 1/20 for MLK Day.', 'hello@harborpointhealth.example', 'Dr. Patel', 'Nurse Kim', 'St. Mary\'s', 'etc.', 'No.',
];
const PUNCT = [' ', ' ', ' ', '. ', '! ', '? ', '?!', '…', '...', '\n', '\n\n', '\r\n', '\t', '"', "'", '’', '—', '-', '/', '@', '#', '(', ')', ',', ':', ' Dr.', ' St.', 'Mr. '];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RISKY) },
  { weight: 2, arbitrary: fc.constantFrom(...SAFE) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLES) },
  { weight: 1, arbitrary: fc.constantFrom(...WIDE_AND_LOOKALIKE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const surrogateHeavyUnit = fc.oneof(codeUnit, fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', ' ', '.'));

function textArb(maxLength: number) {
  const fragments = Math.max(1, Math.round(maxLength / 8));
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'grapheme-composite', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    fc.string({ unit: surrogateHeavyUnit, maxLength }),
    fc.array(fragment, { maxLength: fragments }).map((parts) => parts.join('')),
    fc.array(fragment, { maxLength: fragments }).map((parts) => parts.join('')),
    fc.array(fc.oneof(fragment, codeUnit, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: fragments }).map((parts) => parts.join('')),
    // Dense in risky phrases, glued to emoji, surrogates, marks and invisibles, so findings sit next to them.
    fc
      .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...RISKY) }, { weight: 2, arbitrary: fragment }), { minLength: 1, maxLength: Math.max(2, Math.round(fragments / 2)) })
      .chain((parts) => fc.array(fc.constantFrom(...PUNCT, '', '', ...EMOJI, ...LONE_SURROGATES, ...INVISIBLES, ...COMBINING), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join(''))),
  );
}

// Valid sites and kinds mostly, sometimes garbage the engine must coerce.
const siteArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SITES) }, { weight: 1, arbitrary: fc.constantFrom('instagram', '', 'FACEBOOK', null, undefined, 42) });
const kindArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KINDS) }, { weight: 1, arbitrary: fc.constantFrom('comment', '', null, undefined, {}) });
const policyArb = fc.constantFrom(DEFAULT_POLICY, DEV_POLICY);

function inputArb(maxLength: number): fc.Arbitrary<AnalyzeInput> {
  return fc.record(
    {
      text: textArb(maxLength),
      site: siteArb,
      kind: kindArb,
      context: fc.oneof(fc.constant(undefined), textArb(Math.min(maxLength, 200))),
      hasMedia: fc.oneof(fc.boolean(), fc.constant(undefined)),
    },
    { requiredKeys: ['text', 'site', 'kind'] },
  ) as unknown as fc.Arbitrary<AnalyzeInput>;
}

// ---------------------------------------------------------------------------------------------
// Invariants

const CATEGORIES = new Set<string>([...RISK_CATEGORIES, 'emergency', 'jargon', 'custom-term', 'engine']);
const RULES = new Set<string>([...RULE_IDS, 'engine']);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `at` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

function checkFindings(text: string, findings: Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    const where = `${f.rule} [${f.start}, ${f.end}) in ${JSON.stringify(text.slice(0, 200))}`;
    expect(typeof f.rule, where).toBe('string');
    expect(RULES.has(f.rule), `unknown rule: ${where}`).toBe(true);
    expect(typeof f.category, where).toBe('string');
    expect(CATEGORIES.has(f.category), `unknown category ${f.category}: ${where}`).toBe(true);
    expect(SEVERITIES, where).toContain(f.severity);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length, `offsets out of range: ${where}`).toBe(true);
    expect(splitsPair(text, f.start), `start splits a surrogate pair: ${where}`).toBe(false);
    expect(splitsPair(text, f.end), `end splits a surrogate pair: ${where}`).toBe(false);
    expect(typeof f.message, where).toBe('string');
    expect(f.message.length, `empty message: ${where}`).toBeGreaterThan(0);
    expect(typeof f.why, where).toBe('string');
    expect(Array.isArray(f.suggestions), where).toBe(true);
    for (const s of f.suggestions) {
      expect(typeof s.label, where).toBe('string');
      expect(s.label.length, where).toBeGreaterThan(0);
      expect(typeof s.text, where).toBe('string');
      expect(['all', 'span'], where).toContain(s.scope);
    }
  }
  // The engine promises findings sorted by start.
  for (let i = 1; i < findings.length; i++) expect(findings[i - 1].start).toBeLessThanOrEqual(findings[i].start);
}

/** analyze(), failing the property with the input when it throws. */
function run(input: AnalyzeInput, policy: Policy = DEFAULT_POLICY): Finding[] {
  try {
    return analyze(input, policy);
  } catch (error) {
    throw new Error(`analyze threw ${String(error)} on ${JSON.stringify(input).slice(0, 500)}`, { cause: error });
  }
}

/** A fresh policy object equal to `policy`: the engine caches known names and sentences per policy object, so this one starts cold. */
const coldCopy = (policy: Policy): Policy => structuredClone(policy);

// ---------------------------------------------------------------------------------------------

describe('analyze() on arbitrary input', () => {
  it('never throws and returns well-formed findings (short texts)', () => {
    fc.assert(
      fc.property(inputArb(120), policyArb, (input, policy) => {
        checkFindings(input.text, run(input, policy));
      }),
      runs(200),
    );
  });

  it('never throws and returns well-formed findings (texts of a few thousand characters)', () => {
    fc.assert(
      fc.property(inputArb(3000), policyArb, (input, policy) => {
        checkFindings(input.text, run(input, policy));
      }),
      runs(25),
    );
  });

  it('coerces garbage input instead of throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const findings = run(raw as AnalyzeInput);
        const text = typeof (raw as { text?: unknown } | null)?.text === 'string' ? (raw as { text: string }).text : '';
        checkFindings(text, findings);
      }),
      runs(100),
    );
  });

  it('is deterministic, also after other texts were analysed in between, and callers cannot corrupt it', () => {
    fc.assert(
      fc.property(inputArb(160), fc.array(inputArb(160), { maxLength: 4 }), policyArb, (input, others, policy) => {
        const first = run(input, policy);
        const snapshot = structuredClone(first);
        expect(run(input, policy)).toEqual(snapshot);
        for (const other of others) run(other, policy);
        // Scribble on the first result, as a careless caller might: later results must not change.
        for (const f of first) {
          f.start = -1;
          f.message = 'changed';
          f.suggestions.push({ label: 'x', text: 'x', scope: 'all' });
        }
        expect(run(input, policy)).toEqual(snapshot);
      }),
      runs(150),
    );
  });

  it('gives the same result from a cold sentence cache as after warming it with similar texts', () => {
    const partsArb = fc.array(fc.oneof(fc.constantFrom(...RISKY, ...SAFE), fc.array(fragment, { maxLength: 5 }).map((p) => p.join(''))), { minLength: 1, maxLength: 6 });
    const sepArb = fc.constantFrom(' ', '. ', '! ', '\n', ' 😀 ', '? ');
    fc.assert(
      fc.property(partsArb, sepArb, fc.constantFrom(...SITES), fc.constantFrom(...KINDS), policyArb, fc.nat(), (parts, sep, site, kind, policy, seed) => {
        const text = parts.join(sep);
        const input: AnalyzeInput = { text, site, kind };
        const cold = run(input, coldCopy(policy));

        // Warm a fresh cache with texts sharing sentences with `text`, in other positions and orders.
        const warmPolicy = coldCopy(policy);
        const at = text.length ? seed % text.length : 0;
        const warmers = [
          [...parts].reverse().join(sep),
          parts.slice(1).join(sep),
          `Hi there. ${text}`,
          `${text}${sep}See you soon!`,
          text.slice(0, at) + 'x' + text.slice(at + 1),
          ...parts,
        ];
        for (const w of warmers) run({ text: w, site, kind, context: parts[0] }, warmPolicy);
        expect(run(input, warmPolicy)).toEqual(cold);
        // And the shared, long-warm policy object agrees too.
        expect(run(input, policy)).toEqual(cold);
      }),
      runs(120),
    );
  });
});

describe('an unknown kind', () => {
  // "comment" is not a kind the engine knows; answering a comment it reads as a reply ("your" is the commenter), and
  // with nothing answered as a post ("your" is every reader).
  const text = 'See you at your next check-up!';
  const rules = (input: AnalyzeInput) => analyze(input, DEFAULT_POLICY).map((f) => f.rule);
  it('is a reply when it answers a comment, and a post otherwise', () => {
    const context = 'Great dentist, so gentle.';
    expect(rules({ text, context, site: 'facebook', kind: 'comment' as never })).toEqual(rules({ text, context, site: 'facebook', kind: 'reply' }));
    expect(rules({ text, context, site: 'facebook', kind: 'comment' as never })).toContain('confirms-patient');
    expect(rules({ text, site: 'facebook', kind: 'comment' as never })).toEqual(rules({ text, site: 'facebook', kind: 'post' }));
    expect(rules({ text, context: '   ', site: 'facebook', kind: 'comment' as never })).toEqual([]);
  });
});

describe('very long texts', () => {
  const POOL = [...RISKY, ...SAFE, ...PUNCT, ...PUNCT, ...EMOJI, ...RTL, ...COMBINING, ...LONE_SURROGATES, ...INVISIBLES, ...WIDE_AND_LOOKALIKE];
  function randomText(length: number, seed: number): string {
    const next = rng(seed);
    const parts: string[] = [];
    let n = 0;
    while (n < length) {
      const r = next();
      const piece = r < 0.85 ? POOL[Math.floor(next() * POOL.length)] : String.fromCharCode(Math.floor(next() * 0x10000));
      parts.push(piece);
      n += piece.length;
    }
    return parts.join('').slice(0, length);
  }

  function expectTruncated(text: string, findings: Finding[]): Finding {
    checkFindings(text, findings);
    const notice = findings.find((f) => f.rule === 'engine' && f.end === text.length && f.start < f.end);
    expect(notice, 'an engine finding covering the unanalysed tail').toBeDefined();
    expect(notice!.category).toBe('engine');
    expect(notice!.message).toMatch(/checked/i);
    expect(notice!.start).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(notice!.start).toBeGreaterThan(MAX_ANALYZED_CHARS - 1000);
    // Nothing else points past the analysed prefix.
    for (const f of findings) if (f !== notice) expect(f.end).toBeLessThanOrEqual(notice!.start);
    return notice!;
  }

  it('a 100 KB random text does not throw and says it was truncated', () => {
    const text = randomText(100_000, 1);
    expect(text.length).toBeGreaterThan(MAX_ANALYZED_CHARS);
    expectTruncated(text, run({ text, site: 'facebook', kind: 'post' }));
  });

  it('a 1 MB text does not throw and says it was truncated', () => {
    const text = randomText(1_000_000, 2);
    expectTruncated(text, run({ text, site: 'x', kind: 'reply', context: 'Is this normal?' }));
  });

  it('a long text with no space near the limit is cut without splitting a surrogate pair', () => {
    // No space in the last 300 characters before the limit, so the cut falls at the limit itself,
    // where a surrogate pair may straddle it.
    const words = 'Flu shots are in, call us to book. '.repeat(Math.ceil(MAX_ANALYZED_CHARS / 35));
    for (const lead of [MAX_ANALYZED_CHARS - 1, MAX_ANALYZED_CHARS - 2, MAX_ANALYZED_CHARS]) {
      const head = words.slice(0, MAX_ANALYZED_CHARS - 300).replace(/ $/, '.');
      const text = head + 'a'.repeat(lead - head.length) + '😀'.repeat(400) + ' tail words here'.repeat(100);
      expect(splitsPair(text, MAX_ANALYZED_CHARS)).toBe(lead === MAX_ANALYZED_CHARS - 1);
      const notice = expectTruncated(text, run({ text, site: 'facebook', kind: 'post' }));
      expect(splitsPair(text, notice.start)).toBe(false);
    }
  });

  it('1 MB pastes without any whitespace are answered within the 3 s budget, cut without splitting a pair', () => {
    // Long runs of one character class once made regex scans quadratic (seconds per text).
    const runsOf = ['a', '1', '.', 'a.', '@', '-', 'aZ9', 'a1.@-_#', '😀', 'a😀', '\u200B', '\uD800'];
    for (const unit of runsOf) {
      for (const lead of [MAX_ANALYZED_CHARS - 1, MAX_ANALYZED_CHARS]) {
        const text = unit.repeat(Math.ceil(lead / unit.length)).slice(0, lead) + '😀'.repeat((1_000_000 - lead) / 2);
        const t0 = performance.now();
        const findings = run({ text, site: 'facebook', kind: 'post' });
        const ms = performance.now() - t0;
        const notice = expectTruncated(text, findings);
        expect(splitsPair(text, notice.start)).toBe(false);
        expect(ms, `${JSON.stringify(unit)} run took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
      }
    }
  });

  it('a text of exactly MAX_ANALYZED_CHARS is not truncated', () => {
    const text = randomText(MAX_ANALYZED_CHARS, 3);
    const findings = run({ text, site: 'linkedin', kind: 'post' });
    checkFindings(text, findings);
    expect(findings.some((f) => f.rule === 'engine' && /checked/i.test(f.message))).toBe(false);
  });
});

describe('invisible characters inside a risky phrase', () => {
  // Texts that the clean engine flags; the property inserts invisible characters between their letters.
  const FLAGGED = [
    'Thanks Maria! Hope the antibiotics knock out that strep.',
    'Thanks, Phil! Hope the antibiotics knock out that strep.',
    'Great seeing you Tuesday, Maria!',
    'Thanks Maria! Take 600mg ibuprofen.',
    'You might want to alternate ibuprofen and Tylenol.',
    'Congrats to @jordan_hoops23 on wrapping up PT!',
    'Account #HP-0077341 still shows the copay as unpaid.',
    'We tried calling you at 555-318-2294 twice about your biopsy results.',
    'Resending your lab results now to robcast@mail.example.',
    "Dr. Lee is heading over to Mr. Ostrowski's place at 418 Gull Rd.",
    'When your 8am is a 94-yo who bikes here every week.',
    'My chest hurts and my left arm is numb.',
    'G4P3 at 39 weeks, reassuring NST, BPP showed low AFI.',
    "Swipe for Jake's before/after!",
    'Happy birthday Maria, DOB 4/9/1988, hope the new crown feels great!',
  ];
  const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

  /** The text with invisible characters inserted, and where each original character went. */
  function insertInvisibles(text: string, picks: { at: number; ch: string }[]): { dirty: string; map: number[] } {
    const gaps = new Map<number, string>();
    const slots: number[] = [];
    for (let i = 1; i < text.length; i++) if (isWordChar(text[i - 1]) && isWordChar(text[i])) slots.push(i);
    for (const p of picks) if (slots.length) {
      const at = slots[p.at % slots.length];
      gaps.set(at, (gaps.get(at) ?? '') + p.ch);
    }
    let dirty = '';
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      dirty += gaps.get(i) ?? '';
      map.push(dirty.length);
      dirty += text[i];
    }
    return { dirty, map };
  }

  it('the example: the name finding of "Thanks Ma\\u200Bria" covers "Ma\\u200Bria"', () => {
    const clean = 'Thanks Maria! Hope the antibiotics knock out that strep.';
    const dirty = 'Thanks Ma\u200Bria! Hope the antibiotics knock out that strep.';
    const name = run({ text: clean, site: 'facebook', kind: 'reply' }).find((f) => f.rule === 'person-name');
    expect(name && clean.slice(name.start, name.end)).toBe('Maria');
    const dirtyName = run({ text: dirty, site: 'facebook', kind: 'reply' }).find((f) => f.rule === 'person-name');
    expect(dirtyName && dirty.slice(dirtyName.start, dirtyName.end)).toBe('Ma\u200Bria');
  });

  it('flags the same categories, with spans mapped onto the original characters', () => {
    const site = fc.constantFrom(...SITES);
    const kind = fc.constantFrom(...KINDS);
    const picks = fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom(...INVISIBLES) }), { minLength: 1, maxLength: 8 });
    let flagged = 0;
    fc.assert(
      fc.property(fc.constantFrom(...FLAGGED), site, kind, picks, policyArb, (text, site, kind, picks, policy) => {
        const { dirty, map } = insertInvisibles(text, picks);
        const clean = run({ text, site, kind }, policy);
        const found = run({ text: dirty, site, kind }, policy);
        checkFindings(dirty, found);
        if (clean.length) flagged++;
        expect(new Set(found.map((f) => f.category))).toEqual(new Set(clean.map((f) => f.category)));
        const mapped = (f: Finding) => ({
          rule: f.rule, category: f.category, severity: f.severity, message: f.message, suggestions: f.suggestions,
          start: f.start < text.length ? map[f.start] : dirty.length,
          end: f.end > f.start ? map[f.end - 1] + 1 : f.start < text.length ? map[f.start] : dirty.length,
        });
        const strip = (f: Finding) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, suggestions: f.suggestions, start: f.start, end: f.end });
        const expected = clean.map(mapped);
        expect(found.map(strip)).toEqual(expected);
        // Spelled out: each flagged span covers all the original characters of the clean span.
        for (const f of clean) {
          if (f.end === f.start) continue;
          const g = found.find((x) => x.rule === f.rule && x.start <= map[f.start] && x.end >= map[f.end - 1] + 1);
          expect(g, `${f.rule} over ${JSON.stringify(dirty.slice(map[f.start], map[f.end - 1] + 1))}`).toBeDefined();
        }
      }),
      runs(150),
    );
    expect(flagged).toBeGreaterThan(0);
  });
});
