// The first-run wizard's values and the per-step checks, using the contract's own zod schemas.
import { z } from 'zod';
import { Passphrase, type SetupInput } from '../../../shared/contract/app';
import { Practice } from '../../../shared/contract/practice';
import { FullName, Password, Username } from '../../../shared/contract/users';
import { check, type FieldErrors } from '../../api/field-errors';
import { PracticeDetails, PrivacyOfficer, type PracticeFormValues } from '../practice/practice-form';

export interface SetupValues {
  practice: PracticeFormValues;
  admin: { fullName: string; username: string; password: string; confirmPassword: string };
  passphrase: string;
  confirmPassphrase: string;
}

/** The steps in order; each names its words in the setup catalog (`steps.<key>`). */
export const SETUP_STEPS = ['practice', 'privacyOfficer', 'admin', 'passphrase'] as const;

/** The two checks this form adds to the contract's, written as their setup-catalog keys (the wizard words them). */
export const SETUP_MESSAGES = {
  passwordsDiffer: 'admin.passwordsDiffer',
  passphrasesDiffer: 'passphrase.passphrasesDiffer',
} as const;
export const isSetupMessage = (message: string): message is (typeof SETUP_MESSAGES)[keyof typeof SETUP_MESSAGES] =>
  (Object.values(SETUP_MESSAGES) as string[]).includes(message);

const AdminAccount = z
  .object({ fullName: FullName, username: Username, password: Password, confirmPassword: z.string() })
  .refine((a) => a.password === a.confirmPassword, {
    error: SETUP_MESSAGES.passwordsDiffer,
    path: ['confirmPassword'],
  });

const PassphraseStep = z
  .object({ passphrase: Passphrase, confirmPassphrase: z.string() })
  .refine((p) => p.passphrase === p.confirmPassphrase, {
    error: SETUP_MESSAGES.passphrasesDiffer,
    path: ['confirmPassphrase'],
  });

const withPrefix = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));

const errorsOf = (result: ReturnType<typeof check>, prefix: string): FieldErrors =>
  result.ok ? {} : withPrefix(result.errors, prefix);

/** Field messages for one step, keyed by the full path used across the wizard (e.g. `practice.postalCode`). */
export const validateStep = (step: number, v: SetupValues): FieldErrors => {
  const { privacyOfficer, ...details } = v.practice;
  switch (step) {
    case 0:
      return errorsOf(check(PracticeDetails, details), 'practice.');
    case 1:
      return errorsOf(check(PrivacyOfficer, privacyOfficer), 'practice.privacyOfficer.');
    case 2:
      return errorsOf(check(AdminAccount, v.admin), 'admin.');
    default:
      return errorsOf(check(PassphraseStep, { passphrase: v.passphrase, confirmPassphrase: v.confirmPassphrase }), '');
  }
};

/** Which step shows a field, so an error from the core sends the user back to the right page. */
export const stepOfPath = (path: string): number => {
  if (path.startsWith('practice.privacyOfficer')) return 1;
  if (path.startsWith('practice')) return 0;
  if (path.startsWith('admin')) return 2;
  return 3;
};

export const SETUP_PATHS: readonly string[] = [
  'practice.name',
  'practice.addressLine1',
  'practice.addressLine2',
  'practice.city',
  'practice.state',
  'practice.postalCode',
  'practice.phone',
  'practice.website',
  'practice.timeZone',
  'practice.fundraises',
  'practice.keepsPart2Records',
  'practice.privacyOfficer.name',
  'practice.privacyOfficer.title',
  'practice.privacyOfficer.titleEs',
  'practice.privacyOfficer.phone',
  'practice.privacyOfficer.email',
  'admin.fullName',
  'admin.username',
  'admin.password',
  'passphrase',
];

/** The input for `setup.initialize`, from the parsed (trimmed, normalised) values; null if any step is invalid. */
export const toSetupInput = (v: SetupValues): SetupInput | null => {
  const practice = Practice.safeParse(v.practice);
  const admin = AdminAccount.safeParse(v.admin);
  const secret = PassphraseStep.safeParse({ passphrase: v.passphrase, confirmPassphrase: v.confirmPassphrase });
  if (!practice.success || !admin.success || !secret.success) return null;
  const { fullName, username, password } = admin.data;
  return { practice: practice.data, admin: { fullName, username, password }, passphrase: secret.data.passphrase };
};
