// Common passwords refused (NIST SP 800-63B §5.1.1.2; issue 6 item 10): the 49,233-entry list from
// @zxcvbn-ts/language-common, a listed password with only digits or symbols added at the end, one character
// repeated. Refused wherever a password or the practice passphrase is set, naming the field, changing nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCommonPassword } from '../../electron/core/auth/common-passwords';
import { ADMIN_PASSWORD, openHarness, PASSPHRASE, setupInput, type Harness } from '../support/core-harness';
import { STRONG_PASSWORD } from './fixtures';
import { countOf } from './users-support';

const REFUSAL = 'This password is on a list of commonly used passwords. Choose another.';

let h: Harness;

beforeAll(async () => {
  h = await openHarness({ setup: true });
});

afterAll(() => h.close());

describe('the blocklist', () => {
  it('holds the whole shipped list, first to last entry, compared without case and after NFC', () => {
    // The first, a middle and the last entries of src/passwords.json, and the longest ones.
    for (const listed of ['123456', 'baseball', '123qweasdzxc', 'bhrh0h2oof6xbqjeh', 'xpcrew', '193570356033']) {
      expect(isCommonPassword(listed), listed).toBe(true);
    }
    expect(isCommonPassword('QWERTYUIOP')).toBe(true);
    expect(isCommonPassword('SunShine')).toBe(true);
  });

  it('refuses a listed password with only digits, symbols or spaces added at the end, and one repeated character', () => {
    for (const weak of [
      'password1234!',
      'Password2024',
      'baseball 2024!!',
      'sunshine.....',
      '1234567890123',
      'aaaaaaaaaaaa',
      '............',
      'ééééééééééé\u0065\u0301',
    ]) {
      expect(isCommonPassword(weak), weak).toBe(true);
    }
  });

  it('accepts passwords and passphrases that merely contain a listed word', () => {
    for (const fine of [
      PASSPHRASE,
      ADMIN_PASSWORD,
      STRONG_PASSWORD,
      'x83920174628',
      'password-manager-for-lakeview',
      '1password and more',
    ]) {
      expect(isCommonPassword(fine), fine).toBe(false);
    }
  });

  it('stays out of the renderer and shared code, whose bundle would otherwise carry the list', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const offenders = ['renderer', 'shared']
      .filter((d) => existsSync(d))
      .flatMap(sources)
      .filter((f) => /zxcvbn|common-passwords/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('everywhere a secret is set', () => {
  it('refuses a common admin password and passphrase at first-run setup, naming both fields, and creates nothing', async () => {
    const t = await openHarness();
    try {
      const error = await t.error(
        'setup.initialize',
        setupInput({
          admin: { username: 'admin', fullName: 'Alex Admin', password: 'Password1234!' },
          passphrase: 'qwertyuiop123',
        }),
      );
      expect(error).toEqual({
        code: 'VALIDATION',
        rule: 'auth.commonPassword',
        message: REFUSAL,
        fields: [
          { path: 'admin.password', message: REFUSAL },
          { path: 'passphrase', message: 'This passphrase is on a list of commonly used passwords. Choose another.' },
        ],
      });
      expect(readdirSync(t.dir)).toEqual([]);
      expect(t.core.env.store.state).toBe('new');
      const passphraseOnly = await t.error('setup.initialize', setupInput({ passphrase: 'aaaaaaaaaaaaaaaa' }));
      expect(passphraseOnly).toMatchObject({
        rule: 'auth.commonPassword',
        message: expect.stringContaining('This passphrase'),
        fields: [{ path: 'passphrase' }],
      });
    } finally {
      await t.close();
    }
  });

  it('refuses one for a new user, and no account is created', async () => {
    const error = await h.error('users.create', {
      username: 'weakling',
      fullName: 'Wea Kling',
      role: 'front_desk',
      password: 'football123456',
    });
    expect(error).toEqual({
      code: 'VALIDATION',
      rule: 'auth.commonPassword',
      message: REFUSAL,
      fields: [{ path: 'password', message: REFUSAL }],
    });
    expect(await countOf(h, sql`SELECT count(*) AS n FROM users WHERE username = 'weakling'`)).toBe(0);
  });

  it('refuses one on a password reset and on a change, and the old password still works', async () => {
    const user = await h.value('users.create', {
      username: 'kept',
      fullName: 'Kept Desk',
      role: 'front_desk',
      password: STRONG_PASSWORD,
    });
    const reset = await h.error('users.resetPassword', { userId: user.id, newPassword: 'iloveyou12345' });
    expect(reset).toMatchObject({
      code: 'VALIDATION',
      rule: 'auth.commonPassword',
      fields: [{ path: 'newPassword', message: REFUSAL }],
    });
    await h.value('auth.login', { username: 'kept', password: STRONG_PASSWORD }, 'test:kept');
    const change = await h.error(
      'auth.changePassword',
      { currentPassword: STRONG_PASSWORD, newPassword: 'Monkey!!!!!!!!' },
      'test:kept',
    );
    expect(change).toMatchObject({
      code: 'VALIDATION',
      rule: 'auth.commonPassword',
      fields: [{ path: 'newPassword', message: REFUSAL }],
    });
    expect(
      await h.value('auth.login', { username: 'kept', password: STRONG_PASSWORD }, 'test:kept-again'),
    ).toMatchObject({ user: { id: user.id } });
    const actions = (
      await h.sql<{ action: string }>(
        sql`SELECT action FROM audit_log WHERE entity_id = ${String(user.id)} ORDER BY seq`,
      )
    ).map((r) => r.action);
    expect(actions).not.toContain('users.resetPassword');
    expect(actions).not.toContain('auth.changePassword');
  });
});
