// Rule codes that do not belong to one method: dispatch's checks (session, lock, role, database state) and the
// doors' own refusals (HTTP in browser mode, IPC), which any call can meet; and the CLI's, which never reach the UI.
// A method's own codes are in its `rules` in the contract; RuleCode (index.ts) is the union of both.

export const GLOBAL_RULES = [
  // Dispatch, before any handler runs.
  'contract.unknownMethod',
  'setup.required',
  'db.sealed',
  // This workstation's app is older than the practice's database: it opened read-only (status only).
  'db.appOlder',
  // The practice's PostgreSQL server went away mid-call (restarting, network cut): nothing was saved.
  'db.serverUnreachable',
  'session.required',
  'session.locked',
  'session.revoked',
  'role.notAllowed',
  'auth.mustChangePassword',
  // The IPC door refuses frames that are not the app's own page.
  'ipc.untrustedSender',
  // The HTTP door (browser mode), before dispatch.
  'http.badHost',
  'http.badOrigin',
  'http.method',
  'http.contentType',
  'http.tooLarge',
  'http.badJson',
  'http.noSession',
  'http.noTabSecret',
  'http.twoSessionCookies',
] as const;
export type GlobalRuleCode = (typeof GLOBAL_RULES)[number];

/** Codes only the command line prints (its --json output); the UI never sees them. */
export const CLI_RULES = ['cli.usage', 'audit.chainBroken'] as const;
export type CliRuleCode = (typeof CLI_RULES)[number];
