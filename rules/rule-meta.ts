// Every configurable rule with its category, default severity, and the description and example the
// options page shows. The ids themselves are in rule-ids.ts, which the content scripts load without these texts.
import type { RuleId } from './rule-ids';
import type { Category, Severity } from './types';

export interface RuleMeta {
  id: RuleId;
  category: Category;
  defaultSeverity: Severity;
  /** Plain-language description for the options page. */
  description: string;
  /** A short example of what it catches. */
  example: string;
}

export const RULE_META = [
  { id: 'person-name', category: 'patient-identifier', defaultSeverity: 'warn',
    description: 'Names of patients or their family in a care context: full names, first names, nicknames, initials, names with digits or spaces.',
    example: 'Thanks, Phil! Hope the antibiotics knock out that strep.' },
  { id: 'social-handle', category: 'patient-identifier', defaultSeverity: 'warn',
    description: "A person's @handle tied to care.",
    example: 'Congrats to @jordan_hoops23 on wrapping up PT!' },
  { id: 'care-date', category: 'patient-identifier', defaultSeverity: 'warn',
    description: 'Dates of birth and exact dates of a visit, birth or procedure.',
    example: 'See you Wednesday, June 11 at 10:30!' },
  { id: 'contact-number', category: 'patient-identifier', defaultSeverity: 'warn',
    description: "Phone and fax numbers that are not the practice's.",
    example: 'We tried calling you at 555-318-2294 twice.' },
  { id: 'email-address', category: 'patient-identifier', defaultSeverity: 'warn',
    description: "Email addresses that are not the practice's.",
    example: 'Resending now to robcast@mail.example.' },
  { id: 'street-address', category: 'patient-identifier', defaultSeverity: 'warn',
    description: "A person's street address.",
    example: "Dr. Lee is heading over to Mr. Ostrowski's place at 418 Gull Rd." },
  { id: 'record-number', category: 'patient-identifier', defaultSeverity: 'block',
    description: 'Medical-record, account, insurance, social-security, licence, plate and device numbers.',
    example: 'Account #HP-0077341 still shows the copay as unpaid.' },
  { id: 'age-over-89', category: 'patient-identifier', defaultSeverity: 'warn',
    description: 'Ages over 89, which HIPAA treats as identifying.',
    example: 'When your 8am is a 94-yo who bikes here every week.' },
  { id: 'confirms-patient', category: 'patient-relationship', defaultSeverity: 'warn',
    description: 'Wording that confirms someone is, was or will be a patient: visits, appointments, "our patient".',
    example: 'Great seeing you Tuesday!' },
  { id: 'health-details', category: 'health-details', defaultSeverity: 'warn',
    description: "A specific person's condition, symptoms, treatment, medication, test results, pregnancy or recovery.",
    example: 'Hope the antibiotics knock out that strep fast.' },
  { id: 'medical-advice', category: 'medical-advice', defaultSeverity: 'warn',
    description: 'Individual medical guidance in public: a diagnosis or guess, doses, what to take or stop, home treatment.',
    example: 'You might want to alternate ibuprofen and Tylenol.' },
  { id: 'patient-media', category: 'patient-media', defaultSeverity: 'warn',
    description: 'Posting or sharing a photo or video of a patient, with or without consent.',
    example: "Swipe for Jake's before/after!" },
  { id: 'emergency', category: 'emergency', defaultSeverity: 'info',
    description: 'Emergency symptoms in the message or the comment: suggest a 911 redirect.',
    example: 'My chest hurts and my left arm is numb.' },
  { id: 'jargon', category: 'jargon', defaultSeverity: 'info',
    description: 'Dense clinical jargon on Facebook or X, where most readers are not clinicians.',
    example: 'G4P3 at 39 weeks, reassuring NST, BPP showed low AFI.' },
  { id: 'custom-term', category: 'custom-term', defaultSeverity: 'warn',
    description: "The practice's own deny terms.",
    example: 'A term the practice manager added, such as a product name.' },
] as const satisfies readonly RuleMeta[];
