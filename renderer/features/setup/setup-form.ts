// The first-run wizard's values and the per-step checks, using the contract's own zod schemas. Where the data lives
// decides the steps: "This computer only" keeps today's four, the practice's server adds its connection first.
import { z } from 'zod';
import { Passphrase, type SetupInput } from '../../../shared/contract/app';
import { Practice } from '../../../shared/contract/practice';
import { ServerSettings } from '../../../shared/contract/server-settings';
import { FullName, Password, Username } from '../../../shared/contract/users';
import { check, type FieldErrors } from '../../api/field-errors';
import { PracticeDetails, PrivacyOfficer, type PracticeFormValues } from '../practice/practice-form';

/** Where the practice's data lives: this computer, a new practice on the server, or joining the server's practice. */
export type DataPlace = 'local' | 'server' | 'join';

/** The server step's fields as typed (the port is text until it is parsed). */
export interface ServerValues {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  tls: 'verify-full' | 'disable';
  ca: string;
}

export const emptyServer = (): ServerValues => ({
  host: '',
  port: '5432',
  database: '',
  user: '',
  password: '',
  tls: 'verify-full',
  ca: '',
});

export interface SetupValues {
  server: ServerValues;
  practice: PracticeFormValues;
  admin: { fullName: string; username: string; password: string; confirmPassword: string };
  passphrase: string;
  confirmPassphrase: string;
}

/** The steps in order; each names its words in the setup catalog (`steps.<key>`). */
export const SETUP_STEPS = ['practice', 'privacyOfficer', 'admin', 'passphrase'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number] | 'server';

/** The steps for where the data lives: the server's connection comes first when the practice is created there. */
export const stepsFor = (place: DataPlace): readonly SetupStep[] =>
  place === 'server' ? ['server', ...SETUP_STEPS] : SETUP_STEPS;

/** The server step's values as the contract takes them: the port a number, empty optional fields left out. */
export const serverInput = (v: ServerValues): unknown => ({
  host: v.host,
  // Anything but digits is out of range, so the contract words it ("Use a port from 1 to 65535").
  port: /^\s*\d{1,5}\s*$/.test(v.port) ? Number(v.port) : 0,
  database: v.database,
  user: v.user,
  ...(v.password ? { password: v.password } : {}),
  tls: v.tls,
  // A CA only means something on an encrypted connection (the step hides the field otherwise).
  ...(v.tls === 'verify-full' && v.ca.trim() ? { ca: v.ca } : {}),
});

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
export const validateStep = (step: SetupStep, v: SetupValues): FieldErrors => {
  const { privacyOfficer, ...details } = v.practice;
  switch (step) {
    case 'server':
      return errorsOf(check(ServerSettings, serverInput(v.server)), 'server.');
    case 'practice':
      return errorsOf(check(PracticeDetails, details), 'practice.');
    case 'privacyOfficer':
      return errorsOf(check(PrivacyOfficer, privacyOfficer), 'practice.privacyOfficer.');
    case 'admin':
      return errorsOf(check(AdminAccount, v.admin), 'admin.');
    case 'passphrase':
      return errorsOf(check(PassphraseStep, { passphrase: v.passphrase, confirmPassphrase: v.confirmPassphrase }), '');
  }
};

/** Which step shows a field, so an error from the core sends the user back to the right page. */
export const stepOfPath = (path: string): SetupStep => {
  if (path.startsWith('server')) return 'server';
  if (path.startsWith('practice.privacyOfficer')) return 'privacyOfficer';
  if (path.startsWith('practice')) return 'practice';
  if (path.startsWith('admin')) return 'admin';
  return 'passphrase';
};

export const SETUP_PATHS: readonly string[] = [
  'server.host',
  'server.port',
  'server.database',
  'server.user',
  'server.password',
  'server.tls',
  'server.ca',
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

/**
 * The input for `setup.initialize`, from the parsed (trimmed, normalised) values; null if any step is invalid.
 * `server` only when the practice is created on the practice's server.
 */
export const toSetupInput = (v: SetupValues, place: DataPlace = 'local'): SetupInput | null => {
  const practice = Practice.safeParse(v.practice);
  const admin = AdminAccount.safeParse(v.admin);
  const secret = PassphraseStep.safeParse({ passphrase: v.passphrase, confirmPassphrase: v.confirmPassphrase });
  const server = place === 'server' ? ServerSettings.safeParse(serverInput(v.server)) : null;
  if (!practice.success || !admin.success || !secret.success || server?.success === false) return null;
  const { fullName, username, password } = admin.data;
  return {
    practice: practice.data,
    admin: { fullName, username, password },
    passphrase: secret.data.passphrase,
    ...(server?.success ? { server: server.data } : {}),
  };
};
