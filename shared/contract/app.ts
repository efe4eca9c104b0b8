// Start-up: whether first-run setup is needed, and first-run setup itself.
import { z } from 'zod';
import { FIELD_TEMPLATES } from './field-messages';
import { Empty, method } from './define';
import { Practice } from './practice';
import { FullName, Password, SessionInfo, Username } from './users';
import { ServerSettings } from './server-settings';

/**
 * The database's state: `new` (first run: setup creates it), `sealed` (exists, its keys need the
 * practice passphrase because no OS key store can open them here), `open`.
 */
export const DatabaseState = z.enum(['new', 'sealed', 'open']);
export type DatabaseState = z.infer<typeof DatabaseState>;

/** The practice passphrase wraps the database keys (the recovery path; browser mode and CLI use it to open). */
export const Passphrase = z
  .string()
  .transform((s) => s.normalize('NFC'))
  .pipe(z.string().min(12, FIELD_TEMPLATES.tooShort.text(12)).max(1024, FIELD_TEMPLATES.tooLong.text(1024)));

/** One of app.status's warnings as a code: where the file sits, the OS key store, the audit head's signed copy. */
export const StatusWarning = z.object({
  code: z.enum(['syncFolder', 'osKeyStore', 'auditHead']),
  /** The sync service's name, for syncFolder. */
  service: z.string().max(40).optional(),
});
export type StatusWarning = z.infer<typeof StatusWarning>;

export const AppStatus = z.object({
  database: DatabaseState,
  setupRequired: z.boolean(),
  practiceName: z.string().nullable(),
  session: SessionInfo.nullable(),
  /** Things the practice should fix, e.g. the database sits in a cloud-sync folder (English, as the CLI prints them). */
  warnings: z.array(z.string()),
  /** The same warnings as codes, for the UI to word in its language (`shell:storage.<code>`). */
  warningCodes: z.array(StatusWarning).optional(),
  /**
   * The practice's database is newer than this workstation's app (another workstation updated it): it is open
   * read-only and every call but this one is refused with db.appOlder until this computer's copy is updated.
   */
  appOlder: z.boolean().optional(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const SetupInput = z.object({
  practice: Practice,
  admin: z.object({ username: Username, fullName: FullName, password: Password }),
  passphrase: Passphrase,
  /** The practice's PostgreSQL server, when this first workstation creates the practice there ("This computer only" leaves it out). */
  server: ServerSettings.optional(),
});
export type SetupInput = z.input<typeof SetupInput>;

/** Why the key store or the database file would not open (electron/core/services/app.ts openFailure). */
const OPEN_RULES = [
  'vault.wrongPassphrase',
  'vault.backendChanged',
  'vault.damaged',
  'db.wrongKey',
  'db.notADatabase',
  'db.corrupt',
  'db.networkPath',
  'db.missing',
  'db.exists',
] as const;

export const appMethods = {
  'app.status': method({ input: Empty, output: AppStatus, access: 'public', phi: false, rules: [] as const }),
  'app.unseal': method({
    input: z.object({ passphrase: z.string().max(4096) }),
    output: AppStatus,
    access: 'public',
    phi: false,
    rules: [...OPEN_RULES] as const,
  }),
  /** Creates the database (state `new` only) and signs the new admin in. */
  'setup.initialize': method({
    input: SetupInput,
    output: SessionInfo,
    access: 'public',
    phi: false,
    rules: ['setup.alreadyDone', 'auth.commonPassword', ...OPEN_RULES] as const,
  }),
} as const;
