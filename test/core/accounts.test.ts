// Accounts a practice can run (issue 7 items 1 and 6), through dispatch on a real encrypted database: each user's
// language, names and roles changed by administrators, passwords an administrator set changed at next sign-in,
// a deactivated account told so (only with its right password), and the privacy officer's own contact details.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import { ADMIN_PASSWORD, openHarness, type Harness } from '../support/core-harness';

let h: Harness;

beforeEach(async () => {
  h = await openHarness({ setup: true });
});
afterEach(() => h.close());

const FIRST = 'set-by-the-admin-1';
const OWN = 'chosen-by-myself-2';

/** Creates a user as the administrator and signs them in under `key` with the password the admin chose. */
const addAndSignIn = async (username: string, role: 'front_desk' | 'privacy_officer' | 'admin', key: string) => {
  const user = await h.value('users.create', { username, fullName: `${username} Person`, role, password: FIRST });
  const info = await h.value('auth.login', { username, password: FIRST }, key);
  return { user, info };
};

const ruleOf = async (method: MethodName, input: unknown, key: string): Promise<string> => {
  const r = await h.core.dispatch(key, method, input);
  return r.ok ? 'ok' : `${r.error.code} ${r.error.rule ?? ''}`;
};

describe('language per user', () => {
  it('is stored, returned in the session, kept across sign-ins, and null follows the OS again', async () => {
    expect((await h.value('app.status', {})).session?.user.language).toBeNull();
    const info = await h.value('account.setLanguage', { language: 'es' });
    expect(info.user.language).toBe('es');
    expect((await h.value('app.status', {})).session?.user.language).toBe('es');
    await h.value('auth.logout', {});
    expect((await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).user.language).toBe('es');
    expect((await h.value('users.list', {})).find((u) => u.username === 'admin')?.language).toBe('es');
    expect((await h.value('account.setLanguage', { language: null })).user.language).toBeNull();
    await h.reopen();
    await h.value('app.unseal', { passphrase: 'correct horse battery staple' });
    expect((await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).user.language).toBeNull();
  });

  it('is each user’s own: one user’s choice does not change another’s', async () => {
    await addAndSignIn('desk', 'front_desk', 'test:desk');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:desk');
    await h.value('account.setLanguage', { language: 'es' }, 'test:desk');
    expect((await h.value('app.status', {})).session?.user.language).toBeNull();
    expect((await h.value('app.status', {}, 'test:desk')).session?.user.language).toBe('es');
  });

  it('refuses a language without a catalog', async () => {
    expect(await ruleOf('account.setLanguage', { language: 'fr' }, 'test:main')).toBe('VALIDATION ');
  });
});

describe('a password set by an administrator', () => {
  it('must be changed at the next sign-in before anything else answers', async () => {
    const { user, info } = await addAndSignIn('newbie', 'front_desk', 'test:new');
    expect(user.mustChangePassword).toBe(true);
    expect(info.mustChangePassword).toBe(true);
    for (const method of ['practice.get', 'notices.list', 'patients.search'] as const) {
      const input = method === 'patients.search' ? { query: 'Doe', limit: 5 } : {};
      expect(await ruleOf(method, input, 'test:new'), method).toBe('FORBIDDEN auth.mustChangePassword');
    }
    // What the change-password screen needs still answers.
    expect((await h.value('app.status', {}, 'test:new')).session?.mustChangePassword).toBe(true);
    expect(await ruleOf('account.setLanguage', { language: 'es' }, 'test:new')).toBe('ok');
    expect(await ruleOf('auth.lock', {}, 'test:new')).toBe('ok');
    expect(await ruleOf('auth.unlock', { password: FIRST }, 'test:new')).toBe('ok');
    // The same password again is no change.
    expect(await ruleOf('auth.changePassword', { currentPassword: FIRST, newPassword: FIRST }, 'test:new')).toBe(
      'RULE auth.samePassword',
    );
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:new');
    expect((await h.value('app.status', {}, 'test:new')).session?.mustChangePassword).toBe(false);
    expect(await ruleOf('practice.get', {}, 'test:new')).toBe('ok');
    await h.value('auth.logout', {}, 'test:new');
    expect((await h.value('auth.login', { username: 'newbie', password: OWN }, 'test:new')).mustChangePassword).toBe(
      false,
    );
  });

  it('is asked for again after an administrator resets it, and says so in the users list', async () => {
    const { user } = await addAndSignIn('reset-me', 'front_desk', 'test:r');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:r');
    await h.value('users.resetPassword', { userId: user.id, newPassword: 'reset-by-the-admin-3' });
    const info = await h.value('auth.login', { username: 'reset-me', password: 'reset-by-the-admin-3' }, 'test:r');
    expect(info.mustChangePassword).toBe(true);
    expect((await h.value('users.list', {})).find((u) => u.id === user.id)?.mustChangePassword).toBe(true);
    expect(await ruleOf('notices.list', {}, 'test:r')).toBe('FORBIDDEN auth.mustChangePassword');
  });

  it('is not asked of the administrator who set up the practice, nor after a passphrase recovery', async () => {
    expect((await h.value('app.status', {})).session?.mustChangePassword).toBe(false);
    await h.value('users.recoverWithPassphrase', {
      username: 'admin',
      passphrase: 'correct horse battery staple',
      newPassword: 'recovered-admin-password-4',
    });
    const info = await h.value('auth.login', { username: 'admin', password: 'recovered-admin-password-4' });
    expect(info.mustChangePassword).toBe(false);
  });
});

describe('administrators change names and roles', () => {
  it('renames a user and changes their role; the new role ends their sessions', async () => {
    const { user } = await addAndSignIn('fran', 'front_desk', 'test:fran');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:fran');
    const renamed = await h.value('users.update', { userId: user.id, fullName: 'Frances Lopez', role: 'front_desk' });
    expect(renamed).toMatchObject({ fullName: 'Frances Lopez', role: 'front_desk' });
    expect(await ruleOf('practice.get', {}, 'test:fran')).toBe('ok'); // a new name alone leaves the session be
    const promoted = await h.value('users.update', {
      userId: user.id,
      fullName: 'Frances Lopez',
      role: 'privacy_officer',
    });
    expect(promoted.role).toBe('privacy_officer');
    expect(await ruleOf('practice.get', {}, 'test:fran')).toBe('FORBIDDEN session.revoked');
    const info = await h.value('auth.login', { username: 'fran', password: OWN }, 'test:fran');
    expect(info.user).toMatchObject({ fullName: 'Frances Lopez', role: 'privacy_officer' });
    expect(await ruleOf('audit.verify', {}, 'test:fran')).toBe('ok');
  });

  it('keeps at least one active administrator: the last one cannot step down', async () => {
    expect(await ruleOf('users.update', { userId: 1, fullName: 'Alex Admin', role: 'front_desk' }, 'test:main')).toBe(
      'RULE users.lastAdmin',
    );
    const { user: other } = await addAndSignIn('second-admin', 'admin', 'test:a2');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:a2');
    // With two active administrators, one may step down; their own session ends with the old role.
    await h.value('users.update', { userId: 1, fullName: 'Alex Admin', role: 'privacy_officer' });
    expect(await ruleOf('users.list', {}, 'test:main')).toBe('FORBIDDEN session.revoked');
    expect(
      await ruleOf('users.update', { userId: other.id, fullName: 'Second Admin', role: 'front_desk' }, 'test:a2'),
    ).toBe('RULE users.lastAdmin');
    // A deactivated administrator does not count as one.
    const third = await h.value(
      'users.create',
      { username: 'third-admin', fullName: 'Third Admin', role: 'admin', password: FIRST },
      'test:a2',
    );
    await h.value('users.setActive', { userId: third.id, active: false }, 'test:a2');
    expect(
      await ruleOf('users.update', { userId: other.id, fullName: 'Second Admin', role: 'front_desk' }, 'test:a2'),
    ).toBe('RULE users.lastAdmin');
    expect((await h.value('users.list', {}, 'test:a2')).find((u) => u.id === other.id)?.role).toBe('admin');
  });
});

describe('a deactivated account', () => {
  it('is told it is turned off with its right password, and nothing more with a wrong one', async () => {
    const { user } = await addAndSignIn('leaver', 'front_desk', 'test:l');
    await h.value('users.setActive', { userId: user.id, active: false });
    expect(await ruleOf('auth.login', { username: 'leaver', password: 'not-the-password-0' }, 'test:l')).toBe(
      'RULE auth.invalidCredentials',
    );
    expect(await ruleOf('auth.login', { username: 'leaver', password: FIRST }, 'test:l')).toBe(
      'RULE auth.accountDisabled',
    );
    expect((await h.value('app.status', {}, 'test:l')).session).toBeNull();
  });
});

describe('the privacy officer', () => {
  it('changes the officer contact details that print in the notice, and nothing else of the practice', async () => {
    await addAndSignIn('olga', 'privacy_officer', 'test:po');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:po');
    const before = await h.value('practice.get', {});
    const officer = { name: 'Olga Ortiz', title: 'Privacy Lead', phone: '312.555.0147', email: 'olga@example.org' };
    const saved = await h.value('practice.updatePrivacyOfficer', officer, 'test:po');
    expect(saved.privacyOfficer).toEqual({ ...officer, phone: '(312) 555-0147' });
    expect(await h.value('practice.get', {})).toEqual({ ...before, privacyOfficer: saved.privacyOfficer });
    expect(await ruleOf('practice.update', { ...before, name: 'Renamed' }, 'test:po')).toBe(
      'FORBIDDEN role.notAllowed',
    );
    const desk = await addAndSignIn('desk2', 'front_desk', 'test:fd');
    await h.value('auth.changePassword', { currentPassword: FIRST, newPassword: OWN }, 'test:fd');
    expect(desk.user.role).toBe('front_desk');
    expect(await ruleOf('practice.updatePrivacyOfficer', officer, 'test:fd')).toBe('FORBIDDEN role.notAllowed');
  });
});
