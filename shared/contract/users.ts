// Accounts, sessions and the idle lock: who is signed in and what they may do.
import { z } from 'zod';
import { FIELD_MESSAGES, FIELD_TEMPLATES } from './field-messages';
import { ADMINS, ANY_ROLE, Done, Empty, Id, Instant, method, Role } from './define';
import { Language, NoticeContent } from './notice-content';

/** One draft per notice language, so a screen can hold at most this many unsaved drafts at sign-out. */
export const MAX_UNSAVED_DRAFTS = 4;

/** 12–1,024 characters after NFC normalisation (RELIABILITY.md §6 P5). */
export const Password = z
  .string()
  .transform((s) => s.normalize('NFC'))
  .pipe(z.string().min(12, FIELD_TEMPLATES.tooShort.text(12)).max(1024, FIELD_TEMPLATES.tooLong.text(1024)));

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z
      .string()
      .min(3, FIELD_TEMPLATES.tooShort.text(3))
      .max(64, FIELD_TEMPLATES.tooLong.text(64))
      .regex(/^[a-z0-9._-]+$/, FIELD_MESSAGES.usernameChars),
  );

export const FullName = z.string().trim().min(1, FIELD_MESSAGES.required).max(200);

export const User = z.object({
  id: Id,
  username: z.string(),
  fullName: z.string(),
  role: Role,
  active: z.boolean(),
  createdAt: Instant,
  /** The UI language this user chose; null follows this computer's sign-in screen choice, else the OS. */
  language: Language.nullable(),
  /** The password was set by an administrator (create or reset): the user must choose their own at next sign-in. */
  mustChangePassword: z.boolean(),
});
export type User = z.infer<typeof User>;

export const SessionInfo = z.object({
  user: User,
  locked: z.boolean(),
  idleLockMinutes: z.number().int(),
  /** Until the user sets their own password, only the methods in PASSWORD_CHANGE_ALLOWS answer. */
  mustChangePassword: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/**
 * What a user whose password an administrator set may still call before choosing their own: everything else is
 * refused with `auth.mustChangePassword`. A password someone else knows is not proof of who is at the keyboard.
 */
export const PASSWORD_CHANGE_ALLOWS = [
  'auth.changePassword',
  'auth.logout',
  'auth.lock',
  'auth.unlock',
  'app.status',
  'account.setLanguage',
] as const;

export const NewUser = z.object({
  username: Username,
  fullName: FullName,
  role: Role,
  password: Password,
});
export type NewUser = z.input<typeof NewUser>;

export const authMethods = {
  /** An inactive account gets auth.invalidCredentials too, so accounts cannot be told apart. */
  'auth.login': method({
    input: z.object({ username: z.string().max(200), password: z.string().max(4096) }),
    output: SessionInfo,
    access: 'public',
    phi: false,
    rules: ['auth.invalidCredentials', 'auth.accountLocked', 'auth.accountDisabled'] as const,
  }),
  /**
   * Ends the session, even while locked. `unsavedDrafts` is what the locked user's own screen had typed but not
   * saved: each is saved as notices.updateDraft would (same rules, same audit entry) before the session ends, so a
   * lock-screen sign-out loses nothing. A draft that can no longer be saved (published, discarded) is skipped.
   */
  'auth.logout': method({
    input: z.object({
      unsavedDrafts: z
        .array(z.object({ id: Id, content: NoticeContent }))
        .max(MAX_UNSAVED_DRAFTS)
        .optional(),
    }),
    output: Done,
    access: 'session',
    phi: false,
    rules: [] as const,
  }),
  'auth.lock': method({ input: Empty, output: Done, access: 'session', phi: false, rules: [] as const }),
  'auth.unlock': method({
    input: z.object({ password: z.string().max(4096) }),
    output: SessionInfo,
    access: 'session',
    phi: false,
    rules: ['auth.invalidCredentials', 'auth.accountLocked'] as const,
  }),
  'auth.changePassword': method({
    input: z.object({ currentPassword: z.string().max(4096), newPassword: Password }),
    output: Done,
    access: ['front_desk', 'privacy_officer', 'admin'],
    phi: false,
    rules: ['auth.invalidCredentials', 'auth.accountLocked', 'auth.commonPassword', 'auth.samePassword'] as const,
  }),
  /** The signed-in user's own UI language (null: follow this computer, then the OS); returns the updated session. */
  'account.setLanguage': method({
    input: z.object({ language: Language.nullable() }),
    output: SessionInfo,
    access: ANY_ROLE,
    phi: false,
    rules: [] as const,
  }),
} as const;

export const userMethods = {
  'users.list': method({ input: Empty, output: z.array(User), access: ADMINS, phi: false, rules: [] as const }),
  'users.create': method({
    input: NewUser,
    output: User,
    access: ADMINS,
    phi: false,
    rules: ['users.usernameTaken', 'auth.commonPassword'] as const,
  }),
  /**
   * Name and role. A role change ends the user's sessions (one's own too), so they sign in again with the new role's
   * screens; the last active administrator keeps the role (users.lastAdmin).
   */
  'users.update': method({
    input: z.object({ userId: Id, fullName: FullName, role: Role }),
    output: User,
    access: ADMINS,
    phi: false,
    rules: ['users.lastAdmin'] as const,
  }),
  'users.setActive': method({
    input: z.object({ userId: Id, active: z.boolean() }),
    output: User,
    access: ADMINS,
    phi: false,
    rules: ['users.lastAdmin', 'users.self'] as const,
  }),
  /** Sets a new password and clears any lockout; the user must change it at the next sign-in. */
  'users.resetPassword': method({
    input: z.object({ userId: Id, newPassword: Password }),
    output: Done,
    access: ADMINS,
    phi: false,
    rules: ['auth.commonPassword'] as const,
  }),
  /**
   * The way back in for a locked-out (or forgetful) sole administrator: proving the practice passphrase clears
   * the account's lockout and, with `newPassword`, sets a new password. Audited; wrong passphrases lock like
   * sign-ins. The command line's `users recover`.
   */
  'users.recoverWithPassphrase': method({
    input: z.object({ username: Username, passphrase: z.string().max(4096), newPassword: Password.nullable() }),
    output: Done,
    access: 'public',
    phi: false,
    rules: [
      'vault.wrongPassphrase',
      'vault.damaged',
      'users.recoveryLocked',
      'users.notRecoverable',
      'auth.commonPassword',
    ] as const,
  }),
} as const;
