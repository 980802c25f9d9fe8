// Names of patients or their family when the message is about care: full names, first names,
// lowercase names, nicknames, titles ("Mrs. Tran"), initials ("J.T."), names with digits or spaces,
// and family names ("the Ramirez family"). Staff names from the policy are never flagged.
import type { Detector } from '../detector';
import type { Doc } from '../doc';
import type { PersonMention } from '../people';
import { inventedCase } from '../anchors';
import { hasLetter, startsUpper } from '../text';

export const rule: Detector = {
  id: 'person-name',
  detect(doc, facts) {
    if (!facts.care || (doc.input.kind === 'post' && inventedCase(doc))) return [];
    const names: PersonMention[] = doc.people.filter((p) => p.kind !== 'handle' && p.role === 'patient');
    // A public figure is flagged only when the message ties them to care here.
    if (facts.hits['confirms-patient']?.length) names.push(...doc.people.filter((p) => p.role === 'public'));
    // The commenter named themselves or a relative in the comment ("This is Tanya Brooks"): the same name in the reply.
    // A review signed "– Precious A.": the reviewer's name, even when it is also a word.
    // A review headed "Google review ★★ Craig Munro: …" or "Emeka Obi ★★★★★ — Best unit": the reviewer's name.
    for (const { word: isWord, first, ...p } of commenters(doc)) {
      // ("Eun-ji": the words read "Eun", and the hyphened rest follows.)
      const head = first.split('-')[0];
      for (const w of doc.words) {
        const end = w.start + first.length;
        if (w.lower.replace(/'s$/, '') !== head || (head !== first && (doc.lower.slice(w.start, end) !== first || hasLetter(doc.lower.charAt(end))))) continue;
        const span = { start: w.start, end: head === first ? w.end : end };
        if ((!isWord || startsUpper(w.text)) && !names.some((n) => n.start <= span.start && span.end <= n.end)) names.push({ ...p, ...span, text: doc.text.slice(span.start, span.end), sentence: w.sentence, how: `"${doc.text.slice(span.start, span.end)}", the name given in the comment` });
      }
    }
    // "Sara (not her real name)": a pseudonym the writer says they chose identifies nobody.
    const pseudonym = (p: PersonMention) => {
      const after = doc.lower.slice(p.end, p.end + 90);
      return PSEUDONYM_WORD.test(after) && PSEUDONYM.test(after);
    };
    return names.filter((p) => !pseudonym(p)).map((p) => ({
      start: p.start,
      end: p.end,
      message: p.kind === 'family' ? "Names a patient's family." : 'Names a person in a message about their care.',
      why: `${cap(p.how)}, in a message about care.`,
      redaction: '',
    }));
  },
};

/** The commenter's own name, or a relative's, as the comment gives it, with its first word lower-cased. */
const COURTESY_TITLE = /^(?:mr|mrs|ms|miss|mx)\.?\s+/i;

function commenters(doc: Doc): (PersonMention & { word: boolean; first: string })[] {
  const out = doc.context.people.filter((p) => p.kind === 'name' && p.role === 'patient').map((p) => ({ ...p, how: '', word: false }));
  for (const by of [SIGNATURE.exec(doc.context.text.trim()), REVIEWER.exec(doc.context.text.trim())]) {
    if (by && !doc.known.staff.has(by[1].toLowerCase()) && !PLATFORM.test(by[1])) out.push({ start: 0, end: 0, kind: 'name', text: by[1], role: 'patient', how: '', sentence: 0, word: true });
  }
  return out.map((p) => ({ ...p, first: p.text.replace(COURTESY_TITLE, '').split(/\s+/)[0].replace(/'s$/i, '').toLowerCase() })).filter((p) => p.first.length >= 2);
}

/** "Legend Dylan!" to a review by Dylan Rhodes: the reviewer's own name in the reply is the person it answers. */
export function reviewerNamed(doc: Doc, name: { text: string }): boolean {
  // ("God bless you too, Miss Marva!": the title is how they are greeted, the name is the reviewer's.)
  const first = name.text.replace(COURTESY_TITLE, '').split(/\s+/)[0].replace(/'s$/i, '').toLowerCase();
  return commenters(doc).some((p) => p.word && p.first === first);
}

// The name a review is signed with, after a dash at its end: "… never again. – Precious A.".
const SIGNATURE = new RegExp(String.raw`[–—-]\s*(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$`, 'u');

// The reviewer's name heading a review: after the stars or "review -" (and "by"), or before the stars, then ":", "★" or a dash.
// ("Google review of Northbridge Dental Fitzroy, Melbourne — ★★★★★ — Georgia Pappas: …": a long heading; "Lisa Wassillie
// (comment): …": where it was left, in brackets.)
const REVIEWER = new RegExp(String.raw`^(?:[^:\n]{0,90}?(?:★+|[Rr]eview)\s*[-–—:]?\s*(?:by\s+)?)?((?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\([^()\n]{1,30}\))?\s*(?::|★|[-–—]\s)`, 'u');

// "Facebook Messenger — (parent): …", "Google review — …": the site a comment came from heads it, not a name.
const PLATFORM = /^(?:facebook|messenger|instagram|google|yelp|linkedin|twitter|whatsapp|tiktok|nextdoor|trustpilot|healthgrades|zocdoc|tripadvisor|threads|bluesky|reddit|youtube|nhs)$/i;

// Every form of PSEUDONYM holds one of these words; looking for them first skips its slow backtracking.
const PSEUDONYM_WORD = /real name|actual name|changed|pseudonym/;
const PSEUDONYM = /^[^.!?]{0,10}[.!?]?\s*\(?[^()]{0,60}(?:not (?:his|her|their|the) (?:real|actual) name|real name|names? (?:has been |have been |was |were )?changed|pseudonym)/;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
