// Human words for every AppError the UI can show: the UI switches on code and rule, never on server wording.
import type { RuleCode } from '../../shared/contract/index';
import type { AppError } from '../../shared/result';

const LAUNCH_LINK =
  'Open Privacy Desk with the newest link it printed in its terminal (each link works once; using one prints the next).';

/**
 * One sentence per rule code in the contract (each method's `rules` and GLOBAL_RULES): a code without words
 * here is a compile error. Keyed by code so the table can move to a translation catalog as it is.
 */
export const RULE_TEXT: Readonly<Record<RuleCode, string>> = {
  // Signing in and passwords.
  'auth.invalidCredentials': 'Username or password is incorrect.',
  'auth.accountLocked':
    'This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to reset the password.',
  'auth.commonPassword':
    'That password is on the list of commonly used passwords that attackers try first. Choose a longer or less predictable one, such as a few unrelated words.',
  // Sessions and roles (checked before any method runs).
  'session.required': 'Your session has ended. Sign in again.',
  'session.locked': 'The session is locked. Unlock it to continue.',
  'session.revoked':
    'Your session was ended because your account changed (a new password, a password reset or deactivation). Sign in again.',
  'role.notAllowed': 'Your account is not allowed to do that. Ask an administrator if you need access.',
  // The database and its keys.
  'setup.required': 'This practice is not set up yet. Complete first-time setup before using Privacy Desk.',
  'setup.alreadyDone': 'This practice is already set up. Sign in instead.',
  'db.sealed': 'The database is locked with the practice passphrase. Enter the passphrase to open it.',
  'vault.wrongPassphrase': 'That passphrase does not open this database.',
  'vault.backendChanged':
    "This computer's key store changed since the database was set up. Enter the practice passphrase to open it.",
  'vault.damaged':
    "The database's key file is damaged or missing. Enter the practice passphrase to open the database, or restore the key file from a backup.",
  'db.wrongKey':
    'The database key does not open this database file. Enter the practice passphrase or restore a backup.',
  'db.notADatabase': 'The database file is not a Privacy Desk database. Check the file location or restore a backup.',
  'db.corrupt': 'The database file is damaged. Restore the latest verified backup, or ask your IT support for help.',
  'db.networkPath':
    'The database cannot be kept on a network drive, where file locking is unreliable. Move it to a folder on this computer.',
  'db.missing': 'There is no database at the expected location. Run first-time setup, or restore a backup there.',
  'db.exists': 'A database already exists at that location. Open it and sign in instead of setting up again.',
  // Accounts.
  'users.usernameTaken': 'That username is already taken. Choose another.',
  'users.lastAdmin': 'At least one active administrator is required, so this account cannot be deactivated.',
  'users.self': 'You cannot deactivate your own account.',
  'users.recoveryLocked':
    'Too many wrong passphrases were tried. Wait 15 minutes, then try again with the practice passphrase.',
  'users.notRecoverable':
    'The practice passphrase recovers active administrator accounts only. Check the username; an administrator resets everyone else.',
  // Patients.
  'patients.mrnTaken': 'Another patient already has that medical record number.',
  'patients.queryEmpty':
    'Type part of a name, a medical record number or a date of birth to search; punctuation alone matches nothing.',
  // Notices (45 CFR 164.520). notice.incomplete and notice.unknownPlaceholder also list their items (ruleItems).
  'notice.incomplete': 'The notice cannot be published until every required element is in it.',
  'notice.unknownPlaceholder': 'The text uses placeholders Privacy Desk does not know, so they would print as typed.',
  'notice.backdated':
    'The effective date cannot be before today: a notice takes effect on or after the day it is published.',
  'notice.effectiveDateOrder':
    'Another version of this notice already takes effect on or after that date. Choose a later effective date, so that exactly one version is in effect on each day.',
  'notice.changeSummaryRequired': 'This is a revision: describe what changed, for the record of versions.',
  'notice.materialChangeRequired': 'This is a revision: answer whether it is a material change.',
  'notice.immutable':
    'This version has been published and can no longer be changed. Start a new draft from it instead.',
  'notice.effectiveDateTooFar': 'That effective date is more than a year away. Check the year.',
  'notice.languageMismatch': 'A new draft starts from a version in the same language.',
  'notice.notSuperseded': 'Only a version that a later version has replaced can be retired.',
  'notice.noneInEffect': 'No notice in this language is in effect today. Publish one first.',
  // The doors. These mean the page and the app disagree (an old page, another program), not a user's mistake.
  'contract.unknownMethod':
    'This screen asked for something this version of Privacy Desk does not offer. Reload the window; if it persists, reinstall Privacy Desk.',
  'ipc.untrustedSender':
    'Only the Privacy Desk window itself can use the app. Close this window and reopen Privacy Desk.',
  // Browser mode refuses pages that were not opened through the link it printed at start-up.
  'http.noSession': LAUNCH_LINK,
  'http.badOrigin': LAUNCH_LINK,
  'http.badHost': 'Open Privacy Desk at the 127.0.0.1 address it printed when it started.',
  'http.noTabSecret': `This browser tab is not signed in to Privacy Desk. ${LAUNCH_LINK}`,
  'http.twoSessionCookies':
    "The browser sent two Privacy Desk session cookies, which can mean another local page tried to plant one. Close other 127.0.0.1 tabs, clear this site's cookies, then open Privacy Desk with the link it printed.",
  'http.method': 'This page sent a request Privacy Desk does not accept. Reload the page.',
  'http.contentType': 'This page sent a request Privacy Desk does not accept. Reload the page.',
  'http.badJson': 'This page sent a request Privacy Desk could not read. Reload the page.',
  'http.tooLarge': 'That is too much to send at once (the limit is 1 MiB). Shorten the text and try again.',
};

const isRuleCode = (rule: string): rule is RuleCode => Object.hasOwn(RULE_TEXT, rule);

const CODE_TEXT: Readonly<Record<Exclude<AppError['code'], 'INTERNAL' | 'RULE'>, string>> = {
  VALIDATION: 'Some details need correcting. Check the highlighted fields.',
  NOT_FOUND: 'That record could not be found. It may have been changed on another workstation; reload and try again.',
  CONFLICT: 'This was changed by someone else in the meantime. Reload and try again.',
  FORBIDDEN: 'Your account is not allowed to do that. Ask an administrator if you need access.',
  LOCKED: 'The session is locked. Unlock it to continue.',
};

/** The sentence to show for an error. Unknown rules fall back to the core's plain-language message. */
export const describeError = (error: AppError): string => {
  if (error.rule !== undefined && isRuleCode(error.rule)) return RULE_TEXT[error.rule];
  switch (error.code) {
    case 'INTERNAL':
      // Without a correlation id the failure happened in the transport, whose message already says what to do.
      return error.correlationId ? `Something went wrong. Reference: ${error.correlationId}` : error.message;
    case 'RULE':
      return error.message;
    default:
      return CODE_TEXT[error.code];
  }
};

/** The items a refusal names (each missing notice element, each unknown placeholder), as the core lists them. */
export const ruleItems = (error: AppError): string[] => error.items ?? [];
