// The practice's own details (they flow into every notice and letter) and its security settings.
import { z } from 'zod';
import { FIELD_MESSAGES } from './field-messages';
import { formatUsPhone, parsePhone, PHONE_PROBLEMS } from '../domain/phone';
import { normaliseWebAddress, WEB_ADDRESS_PROBLEMS } from '../domain/web-address';
import { ADMINS, ANY_ROLE, Empty, MANAGERS, method } from './define';

export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'AS',
  'GU',
  'MP',
  'PR',
  'VI',
] as const;

const text = (max: number) => z.string().trim().min(1, FIELD_MESSAGES.required).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

/** US phone number, typed in any usual way; the stored value is its one printed form (see domain/phone). */
export const Phone = z
  .string()
  .max(40)
  .transform((typed, ctx) => {
    const parsed = parsePhone(typed);
    if (typeof parsed !== 'string') return formatUsPhone(parsed);
    ctx.addIssue({ code: 'custom', message: PHONE_PROBLEMS[parsed] });
    return z.NEVER;
  });

export const Email = z.string().trim().max(254).pipe(z.email(FIELD_MESSAGES.email));

/** Optional web address, typed with or without https://; the stored value is its normal form (see domain/web-address). */
export const Website = z
  .string()
  .max(300)
  .transform((typed, ctx) => {
    const result = normaliseWebAddress(typed);
    if ('value' in result) return result.value;
    ctx.addIssue({ code: 'custom', message: WEB_ADDRESS_PROBLEMS[result.problem] });
    return z.NEVER;
  });

// Building an Intl.DateTimeFormat costs ~55 µs; the practice is parsed on every status call, so remember answers.
const knownTimeZones = new Map<string, boolean>();
const isTimeZone = (tz: string): boolean => {
  let known = knownTimeZones.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      known = tz.includes('/');
    } catch {
      known = false;
    }
    if (knownTimeZones.size < 1_000) knownTimeZones.set(tz, known);
  }
  return known;
};

export const TimeZone = z.string().max(64).refine(isTimeZone, FIELD_MESSAGES.timeZone);

export const Practice = z.object({
  name: text(200),
  addressLine1: text(200),
  addressLine2: optionalText(200),
  city: text(100),
  state: z.enum(US_STATES, FIELD_MESSAGES.usState),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, FIELD_MESSAGES.zip),
  phone: Phone,
  website: Website,
  timeZone: TimeZone,
  privacyOfficer: z.object({
    name: text(200),
    title: text(200),
    /**
     * The title as the Spanish notice prints it ("Gerente del consultorio"); empty or absent, the Spanish notice
     * prints the English title (and the checklist warns). The only free text of the practice a notice prints:
     * names, addresses, phones and web addresses are the same in every language.
     */
    titleEs: optionalText(200).optional(),
    phone: Phone,
    email: Email,
  }),
  /** The practice contacts patients to raise funds: the notice must say so (164.520(b)(1)(iii)(A)). */
  fundraises: z.boolean().default(false),
  /**
   * Receives or keeps substance use disorder treatment records covered by 42 CFR Part 2, including records received
   * from a Part 2 program (e.g. on referral): the notice needs the Part 2 statements (164.520(b)(1)(iii)(D),(E);
   * DOMAIN.md §5.11). The stored name says "keeps" from before that wider reading; renaming stored data is churn.
   */
  keepsPart2Records: z.boolean().default(false),
});
export type Practice = z.infer<typeof Practice>;

/** The contact for privacy questions and complaints that the notice prints (164.520(b)(1)(vii)). */
export const PrivacyOfficer = Practice.shape.privacyOfficer;
export type PrivacyOfficer = z.infer<typeof PrivacyOfficer>;
export type PracticeInput = z.input<typeof Practice>;

/**
 * The practice as read back from a database: phones and websites saved before today's rules (e.g. a number
 * with an area code starting with 1) still load, and print as they were typed, until an admin saves again.
 */
export const SavedPractice = Practice.extend({
  phone: z.string(),
  website: z.string(),
  privacyOfficer: Practice.shape.privacyOfficer.extend({ phone: z.string() }),
});

/** Idle minutes before the session locks (HIPAA 164.312(a)(2)(iii) automatic logoff). */
export const IDLE_LOCK_DEFAULT_MINUTES = 10;
export const SecuritySettings = z.object({
  idleLockMinutes: z.number().int().min(1, FIELD_MESSAGES.idleLockMin).max(60, FIELD_MESSAGES.idleLockMax),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export const practiceMethods = {
  'practice.get': method({ input: Empty, output: SavedPractice, access: ANY_ROLE, phi: false, rules: [] as const }),
  'practice.update': method({ input: Practice, output: Practice, access: ADMINS, phi: false, rules: [] as const }),
  /**
   * The privacy officer keeps their own contact details current (they print in every notice); the rest of the
   * practice settings stay with administrators.
   */
  'practice.updatePrivacyOfficer': method({
    input: PrivacyOfficer,
    output: SavedPractice,
    access: MANAGERS,
    phi: false,
    rules: [] as const,
  }),
  'settings.get': method({ input: Empty, output: SecuritySettings, access: ADMINS, phi: false, rules: [] as const }),
  'settings.update': method({
    input: SecuritySettings,
    output: SecuritySettings,
    access: ADMINS,
    phi: false,
    rules: [] as const,
  }),
} as const;
