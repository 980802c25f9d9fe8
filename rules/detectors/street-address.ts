// A person's street address ("heading over to Mr. Ostrowski's place at 418 Gull Rd"). Event venues
// and the practice's own address are not identifiers.
import { quote, type Detector } from '../detector';
import { digitsOf } from '../identifiers';
import { sentenceAt } from '../text';
import { matchAllWhole } from '../required-words';

const STREET = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'-]*\s+|\d+(?:st|nd|rd|th)\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Loop|Trail|Trl|Sq|Square|Close|Crescent|Cres|Gardens|Gdns|Grove|Mews|Rise|Walk|Row|Parade|Pde|Esplanade|Green|Hill|View|Wynd|Heights)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])\.?(?:,?\s*(?:Apt|Unit|Flat|Suite|#)\s*[\p{L}\p{N}-]+)?`, 'gu');
// Words that tie an address to a person's home.
const HOME = new RegExp(String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(?:\p{L}+'s (?:place|home|house|apartment|apt)|(?:his|her|their|your) (?:place|home|house|address|apartment)|lives? (?:at|on)|home visits?|heading (?:over )?to)(?![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])`, 'u');

const ASKED_OWN_ADDRESS = /(?<![a-z])(?:my|our|mum's|mom's|dad's|his|her) (?:home |postal |new |current |old )?address(?![a-z])/;
const BUSINESS_AFTER = /^\s*(?:pharmacy|chemist|surgery|clinic|branch|office|practice|post office|store|shop|location)(?![a-z])/;
const DELIVERY = /(?<![a-z])(?:deliver(?:y|ies|ed)?|parcel|package|courier)(?![a-z])/;
// "pick it up from our Kaslo pharmacy at 12 Front St": a site of the practice.
const OUR_SITE_BEFORE = /(?<![a-z])(?:from|at|to|visit|collect(?: it)?(?: from)?) (?:our|the) (?:[a-z-]+ ){0,3}?(?:at |on )?$|(?<![a-z])(?:pick(?:ed)? (?:it |them )?up|collect(?: it| them)?) (?:from|at) $/;
const MAILED = /(?<![a-z])(?:mail|mailed|post|posted|send|sent|deliver|delivered|ship|shipped|courier|couriered|going out to|on (?:its|their) way to|dispatched)(?![a-z])/;

export const rule: Detector = {
  id: 'street-address',
  detect(doc, facts) {
    const own = doc.policy.practice.address.toLowerCase();
    const ownStreet = own.split(',')[0].trim();
    const out = [];
    // "We have 14 Kowhai Street — is that still correct?" to "can you check my address is right?": theirs, read back.
    const ownAddressAsked = doc.addressed && ASKED_OWN_ADDRESS.test(doc.context.lower);
    for (const m of matchAllWhole(doc.text, STREET)) {
      const text = m[0].toLowerCase();
      if (ownStreet && (text.startsWith(ownStreet) || (digitsOf(text.split(/\s+/)[0]) === digitsOf(ownStreet.split(/\s+/)[0]) && ownStreet.includes(text.split(/\s+/)[1] ?? '')))) continue;
      const index = sentenceAt(doc.sentences, m.index!);
      const around = doc.lower.slice(doc.sentences[index].start, doc.sentences[index].end);
      const person = facts.anchors.some((a) => a.sentence === index && a.kind !== 'you');
      // "We'll mail a 6-month supply to Harold at 14 Ocean Ave", "your kit is going out to 5120 N Alder Ave" in a reply:
      // where a person gets their post is their home (not "…to the 12 High St pharmacy").
      const you = doc.addressed && facts.anchors.some((a) => a.sentence === index && a.kind === 'you');
      const business = BUSINESS_AFTER.test(doc.lower.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
      const mailedTo = (person || (you && !business)) && MAILED.test(around);
      const readBack = ownAddressAsked && !business;
      // "Our driver had the wrong unit number at 212 Water St" to "my delivery never showed up": where theirs goes.
      const theirDelivery = doc.addressed && !business && DELIVERY.test(doc.context.lower) && !OUR_SITE_BEFORE.test(doc.lower.slice(Math.max(0, m.index! - 30), m.index!));
      if (!HOME.test(around) && !(person && facts.care) && !mailedTo && !readBack && !theirDelivery) continue;
      const span = { start: m.index!, end: m.index! + m[0].length };
      out.push({ ...span, message: "Shows a person's street address.", why: `${quote(doc, span)} is a street address next to a person.`, redaction: '' });
    }
    return out;
  },
};
