// The reviewed access table: every contract method × every caller (no session, each role), allowed or FORBIDDEN,
// written out by hand rather than derived from the contract, then checked against real calls through dispatch.
// Changing who may call a method means changing this table too, so the change is reviewed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodInput, type MethodName, type Role } from '../../shared/contract';
import { openHarness, PASSPHRASE, setupInput, type Harness } from '../support/core-harness';
import { MINIMAL_NOTICE } from './fixtures';

type Caller = 'none' | Role;
type Access = 'allowed' | 'FORBIDDEN';

const OK: Access = 'allowed';
const NO: Access = 'FORBIDDEN';

/** The reviewed copy. A new method needs a row here before the suite passes. */
const ACCESS_TABLE: Record<string, Record<Caller, Access>> = {
  'app.status': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'app.unseal': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'setup.initialize': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'setup.enrol': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'workstation.exportEnrolment': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'auth.login': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'auth.logout': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'auth.lock': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'auth.unlock': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'auth.changePassword': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'users.list': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'users.create': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'users.update': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'account.setLanguage': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'users.setActive': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'users.resetPassword': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'users.recoverWithPassphrase': { none: OK, front_desk: OK, privacy_officer: OK, admin: OK },
  'practice.get': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'practice.update': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'practice.updatePrivacyOfficer': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'settings.get': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'settings.update': { none: NO, front_desk: NO, privacy_officer: NO, admin: OK },
  'audit.verify': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'audit.list': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'audit.export': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'audit.print': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'patients.create': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'patients.get': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'patients.search': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.list': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.get': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.current': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.createDraft': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.updateDraft': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.discardDraft': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.publish': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.retire': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.withdraw': { none: NO, front_desk: NO, privacy_officer: OK, admin: OK },
  'notices.compare': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.pdf': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
  'notices.template': { none: NO, front_desk: OK, privacy_officer: OK, admin: OK },
};

const CALLERS: readonly Caller[] = ['none', 'front_desk', 'privacy_officer', 'admin'];
const PASSWORD = 'table-caller-password-8';
const NO_SUCH_ID = 987_654;

/**
 * Valid inputs whose calls are harmless to the caller's session and to the other callers: ids that do not exist,
 * a wrong current password, an unknown username, the settings already in force. Valid, so that whichever order
 * dispatch checks access and input in, a refusal can only be FORBIDDEN.
 */
const HARMLESS: { [M in MethodName]: MethodInput<M> } = {
  'app.status': {},
  'app.unseal': { passphrase: 'not-the-practice-passphrase' },
  'setup.initialize': setupInput(),
  'setup.enrol': { enrolment: 'not an enrolment file', passphrase: 'not-the-practice-passphrase' },
  'workstation.exportEnrolment': { passphrase: 'not-the-practice-passphrase' },
  'auth.login': { username: 'nobody-by-this-name', password: 'not-anyones-password' },
  'auth.logout': {},
  'auth.lock': {},
  'auth.unlock': { password: PASSWORD },
  'auth.changePassword': { currentPassword: 'not-my-current-password', newPassword: 'never-set-password-3' },
  'users.list': {},
  'users.create': {
    username: 'made-by-table',
    fullName: 'Made By Table',
    role: 'front_desk',
    password: 'made-by-table-password-5',
  },
  'users.update': { userId: NO_SUCH_ID, fullName: 'Nobody', role: 'front_desk' },
  'account.setLanguage': { language: null },
  'users.setActive': { userId: NO_SUCH_ID, active: true },
  'users.resetPassword': { userId: NO_SUCH_ID, newPassword: 'never-set-password-4' },
  'users.recoverWithPassphrase': { username: 'nobody-by-this-name', passphrase: PASSPHRASE, newPassword: null },
  'practice.get': {},
  'practice.update': setupInput().practice,
  'practice.updatePrivacyOfficer': setupInput().practice.privacyOfficer,
  'settings.get': {},
  'settings.update': { idleLockMinutes: 10 },
  'audit.verify': {},
  'audit.list': { limit: 5, beforeSeq: null },
  'audit.export': { language: 'en', filter: { action: 'no.such.action' } },
  'audit.print': { language: 'en', filter: { action: 'no.such.action' } },
  'patients.create': { mrn: 'TABLE-1', firstName: 'Tabitha', lastName: 'Rowe', dateOfBirth: '1970-01-01' },
  'patients.get': { id: NO_SUCH_ID },
  'patients.search': { query: 'Rowe', limit: 5 },
  'notices.list': {},
  'notices.get': { id: NO_SUCH_ID },
  'notices.current': { language: 'en' },
  'notices.createDraft': { language: 'en', from: 'template' },
  'notices.updateDraft': { id: NO_SUCH_ID, content: MINIMAL_NOTICE },
  'notices.discardDraft': { id: NO_SUCH_ID },
  'notices.publish': { id: NO_SUCH_ID, effectiveDate: '2026-11-02', changeSummary: '', materialChange: null },
  'notices.retire': { id: NO_SUCH_ID },
  'notices.withdraw': { id: NO_SUCH_ID, reason: 'Harmless: no such version.' },
  'notices.compare': { fromId: NO_SUCH_ID, toId: NO_SUCH_ID + 1 },
  'notices.pdf': { version: NO_SUCH_ID, language: 'en', kind: 'full' },
  'notices.template': { language: 'en' },
};

/** Locking, unlocking and signing out change the caller's own session, so they run last, in this order. */
const LAST = ['auth.lock', 'auth.unlock', 'auth.logout'] as const satisfies readonly MethodName[];
const callOrder = (): MethodName[] => [
  ...METHOD_NAMES.filter((m) => !(LAST as readonly string[]).includes(m)),
  ...LAST.filter((m) => METHOD_NAMES.includes(m)),
];

const keyOf = (caller: Caller): string => `test:table:${caller}`;

let h: Harness;

beforeAll(async () => {
  h = await openHarness({ setup: true });
  // One account per role, all with the same password so `auth.unlock` has one input; each replaces the password
  // the administrator set, as it must before any other call (auth.mustChangePassword).
  for (const role of ['front_desk', 'privacy_officer', 'admin'] as const) {
    const username = `table-${role.replace('_', '-')}`;
    const first = `${username}-first-password`;
    await h.value('users.create', { username, fullName: `Table ${role}`, role, password: first });
    await h.value('auth.login', { username, password: first }, keyOf(role));
    await h.value('auth.changePassword', { currentPassword: first, newPassword: PASSWORD }, keyOf(role));
  }
});

afterAll(() => h.close());

describe('the reviewed access table', () => {
  it('has one row per contract method, no more and no fewer', () => {
    const rows = Object.keys(ACCESS_TABLE);
    expect(
      METHOD_NAMES.filter((m) => !rows.includes(m)),
      'methods missing from the access table',
    ).toEqual([]);
    expect(
      rows.filter((r) => !(METHOD_NAMES as string[]).includes(r)),
      'rows naming no contract method',
    ).toEqual([]);
  });

  it.each(CALLERS)('matches what dispatch really does for the caller "%s"', async (caller) => {
    const key = keyOf(caller);
    if (caller !== 'none') expect((await h.value('app.status', {}, key)).session?.user.role).toBe(caller);
    else expect((await h.value('app.status', {}, key)).session).toBeNull();

    const expected: Record<string, Access> = {};
    const actual: Record<string, string> = {};
    for (const method of callOrder()) {
      expected[method] = ACCESS_TABLE[method]?.[caller] ?? NO;
      const r = await h.call(method, HARMLESS[method], key);
      const code = r.ok ? 'ok' : r.error.code;
      // A lock, an internal error or bad input means the harmless call went wrong, not that access was decided.
      actual[method] =
        code === 'FORBIDDEN'
          ? NO
          : ['LOCKED', 'INTERNAL', 'VALIDATION'].includes(code)
            ? `unexpected ${JSON.stringify(r)}`
            : OK;
    }
    expect(actual).toEqual(expected);
  });
});
