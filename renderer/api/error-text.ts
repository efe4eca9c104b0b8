// Human words for every AppError the UI can show: the UI switches on code and rule, never on server wording.
import type { AppError } from '../../shared/result';

const RULE_TEXT: Readonly<Record<string, string>> = {
  'auth.invalidCredentials': 'Username or password is incorrect.',
  'auth.accountLocked':
    'This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to reset the password.',
  'auth.inactive': 'This account has been deactivated. Ask an administrator to reactivate it.',
  'vault.wrongPassphrase': 'That passphrase does not open this database.',
  'vault.backendChanged':
    "This computer's key store changed since the database was set up. Enter the practice passphrase to open it.",
  'db.wrongKey': 'The database key does not open this database file. Enter the practice passphrase or restore a backup.',
  'db.notADatabase': 'The database file is not a Privacy Desk database. Check the file location or restore a backup.',
  'db.corrupt': 'The database file is damaged. Restore the latest verified backup, or ask your IT support for help.',
  'setup.alreadyDone': 'This practice is already set up. Sign in instead.',
  'users.usernameTaken': 'That username is already taken. Choose another.',
  'users.lastAdmin': 'At least one active administrator is required, so this account cannot be deactivated.',
  'users.self': 'You cannot deactivate your own account.',
  'patients.mrnTaken': 'Another patient already has that medical record number.',
  'session.required': 'Your session has ended. Sign in again.',
  // Notices (45 CFR 164.520). notice.incomplete and notice.unknownPlaceholder also list their items (ruleItems).
  'notice.incomplete': 'The notice cannot be published until every required element is in it.',
  'notice.unknownPlaceholder': 'The text uses placeholders Privacy Desk does not know, so they would print as typed.',
  'notice.backdated':
    'The effective date cannot be before today: a notice takes effect on or after the day it is published.',
  'notice.effectiveDateOrder':
    'Another version of this notice already takes effect on or after that date. Choose a later effective date, so that exactly one version is in effect on each day.',
  'notice.changeSummaryRequired': 'This is a revision: describe what changed, for the record of versions.',
  'notice.materialChangeRequired': 'This is a revision: answer whether it is a material change.',
  'notice.immutable': 'This version has been published and can no longer be changed. Start a new draft from it instead.',
  'notice.effectiveDateTooFar': 'That effective date is more than a year away. Check the year.',
  'notice.languageMismatch': 'A new draft starts from a version in the same language.',
  'notice.notSuperseded': 'Only a version that a later version has replaced can be retired.',
  'notice.noneInEffect': 'No notice in this language is in effect today. Publish one first.',
  // Browser mode refuses pages that were not opened through the link it printed at start-up.
  'http.noSession': 'Open Privacy Desk with the link it printed when it started (the link contains a one-time token).',
  'http.badOrigin': 'Open Privacy Desk with the link it printed when it started (the link contains a one-time token).',
};

const CODE_TEXT: Readonly<Record<Exclude<AppError['code'], 'INTERNAL' | 'RULE'>, string>> = {
  VALIDATION: 'Some details need correcting. Check the highlighted fields.',
  NOT_FOUND: 'That record could not be found. It may have been changed on another workstation; reload and try again.',
  CONFLICT: 'This was changed by someone else in the meantime. Reload and try again.',
  FORBIDDEN: 'Your account is not allowed to do that. Ask an administrator if you need access.',
  LOCKED: 'The session is locked. Unlock it to continue.',
};

/** The sentence to show for an error. Unknown rules fall back to the core's plain-language message. */
export const describeError = (error: AppError): string => {
  if (error.rule && RULE_TEXT[error.rule]) return RULE_TEXT[error.rule] as string;
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
