// The one shape every contract method returns across every door (IPC, HTTP, CLI): a value or an AppError.
// Nothing is thrown across a door; the UI switches on `code` and shows its own words.

export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'RULE' | 'FORBIDDEN' | 'LOCKED' | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `practice.phone`. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** Plain-language message safe to show; never contains PHI, keys or stacks. */
  message: string;
  /** VALIDATION: which fields were wrong. */
  fields?: FieldIssue[];
  /** RULE / FORBIDDEN / LOCKED: the named domain rule, e.g. `auth.accountLocked`. */
  rule?: string;
  /** RULE: the things the rule names, e.g. each missing notice element with its citation. */
  items?: string[];
  /** RULE: values the rule's sentence names (e.g. `earliestDate`), for the UI's catalog to fill in. */
  params?: Readonly<Record<string, string | number>>;
  /** INTERNAL: the id to look up in the local log. */
  correlationId?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });

/** Thrown inside the core only, caught by dispatch and turned into a Result. */
export class AppFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'AppFailure';
  }
}

export const ruleError = (rule: string, message: string): AppFailure => new AppFailure({ code: 'RULE', rule, message });
