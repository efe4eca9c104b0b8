// Form values for the practice's details (shared by the setup wizard and Settings › Practice) and their checks.
import { Practice, type Practice as PracticeValue } from '../../../shared/contract/practice';

export interface PracticeFormValues {
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  website: string;
  timeZone: string;
  /** `titleEs`: the title the Spanish notice prints; empty, it prints `title`. */
  privacyOfficer: { name: string; title: string; titleEs: string; phone: string; email: string };
  /** These two decide which optional statements the notice must carry. */
  fundraises: boolean;
  keepsPart2Records: boolean;
}

/** The practice's own fields, without the nested privacy officer. */
export type PracticeDetailValues = Omit<PracticeFormValues, 'privacyOfficer'>;

export const emptyPractice = (timeZone: string): PracticeFormValues => ({
  name: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  phone: '',
  website: '',
  timeZone,
  privacyOfficer: { name: '', title: '', titleEs: '', phone: '', email: '' },
  fundraises: false,
  keepsPart2Records: false,
});

export const practiceToForm = (p: PracticeValue): PracticeFormValues => ({
  ...p,
  privacyOfficer: { ...p.privacyOfficer, titleEs: p.privacyOfficer.titleEs ?? '' },
});

/** The practice fields without the privacy officer (setup step 1). */
export const PracticeDetails = Practice.omit({ privacyOfficer: true });
/** The privacy officer alone (setup step 2). */
export const PrivacyOfficer = Practice.shape.privacyOfficer;

export const PRACTICE_FIELDS = [
  'name',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'phone',
  'website',
  'timeZone',
  'fundraises',
  'keepsPart2Records',
] as const;
export const OFFICER_FIELDS = ['name', 'title', 'titleEs', 'phone', 'email'] as const;
export const ALL_PRACTICE_PATHS: readonly string[] = [
  ...PRACTICE_FIELDS,
  ...OFFICER_FIELDS.map((f) => `privacyOfficer.${f}`),
];
