// The lexicon data files as lookup structures. Sources and how to extend them: ./README.md.
import ambiguousFirstNames from './ambiguous-first-names.json';
import bodyParts from './body-parts.json';
import conditions from './conditions.json';
import emergencySigns from './emergency-signs.json';
import firstNames from './first-names.json';
import jargon from './jargon.json';
import mediaTerms from './media-terms.json';
import medications from './medications.json';
import procedures from './procedures.json';
import symptoms from './symptoms.json';

/** Multi-word terms keyed by their first word, each split into words, longest first. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Words the way rules/text.ts splits text: letters/digits, keeping an inner apostrophe ("swimmer's"). */
const words = (term: string): string[] => term.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

export function phraseIndex(terms: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const parts of terms.map(words).filter((p) => p.length > 1)) {
    index.set(parts[0], [...(index.get(parts[0]) ?? []), parts]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

export const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.terms);
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(ambiguousFirstNames.terms);
export const CONDITIONS: ReadonlySet<string> = new Set(conditions.terms);
export const SYMPTOMS: ReadonlySet<string> = new Set(symptoms.terms);
export const PROCEDURES: ReadonlySet<string> = new Set(procedures.terms);
export const MEDICATIONS: ReadonlySet<string> = new Set(medications.terms);
export const BODY_PARTS: ReadonlySet<string> = new Set(bodyParts.terms);
export const JARGON: ReadonlySet<string> = new Set(jargon.terms);
export const EMERGENCY_SIGNS: ReadonlySet<string> = new Set(emergencySigns.terms);
export const MEDIA_TERMS: ReadonlySet<string> = new Set(mediaTerms.terms);

export const CONDITION_PHRASES = phraseIndex(conditions.terms);
export const SYMPTOM_PHRASES = phraseIndex(symptoms.terms);
export const PROCEDURE_PHRASES = phraseIndex(procedures.terms);
export const MEDICATION_PHRASES = phraseIndex(medications.terms);
export const BODY_PART_PHRASES = phraseIndex(bodyParts.terms);
export const JARGON_PHRASES = phraseIndex(jargon.terms);
export const EMERGENCY_PHRASES = phraseIndex(emergencySigns.terms);
export const MEDIA_PHRASES = phraseIndex(mediaTerms.terms);
