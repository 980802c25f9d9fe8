// Every rule, in the order the engine runs them: the content rules first (health details reads the
// media and advice found; the identifier rules read all four), then the identifiers, then the hints and the practice's own terms.
import type { Detector } from '../detector';
import { rule as ageOver89 } from './age-over-89';
import { rule as careDate } from './care-date';
import { rule as confirmsPatient } from './confirms-patient';
import { rule as contactNumber } from './contact-number';
import { rule as customTerm } from './custom-term';
import { rule as emailAddress } from './email-address';
import { rule as emergency } from './emergency';
import { rule as healthDetails } from './health-details';
import { rule as jargon } from './jargon';
import { rule as medicalAdvice } from './medical-advice';
import { rule as patientMedia } from './patient-media';
import { rule as personName } from './person-name';
import { rule as recordNumber } from './record-number';
import { rule as socialHandle } from './social-handle';
import { rule as streetAddress } from './street-address';

export const CONTENT_RULES: readonly Detector[] = [patientMedia, medicalAdvice, healthDetails, confirmsPatient];
export const IDENTIFIER_RULES: readonly Detector[] = [personName, socialHandle, careDate, contactNumber, emailAddress, streetAddress, recordNumber, ageOver89];
export const HINT_RULES: readonly Detector[] = [emergency, jargon, customTerm];
export const ALL_RULES: readonly Detector[] = [...CONTENT_RULES, ...IDENTIFIER_RULES, ...HINT_RULES];
