// Calls that arrive at the same time (a double-click, two tabs, the CLI beside the app) must not undo each
// other: two setups leave one working practice, and parallel wrong passwords each count toward the lockout.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../electron/core/auth/password';
import { onPostgres, openHarness, setupInput, type Harness } from '../support/core-harness';
import { insertUserRow } from './users-support';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('concurrent calls', () => {
  it('runs two simultaneous first-run setups as one: the second is told setup is done and the database survives', async () => {
    h = await openHarness();
    const [a, b] = await Promise.all([
      h.call('setup.initialize', setupInput(), 'test:tab1'),
      h.call('setup.initialize', setupInput(), 'test:tab2'),
    ]);
    const results = [a, b].map((r) => (r.ok ? 'ok' : r.error.rule));
    expect(results.sort()).toEqual(['ok', 'setup.alreadyDone']);
    // On the server the database is not a file here; this workstation keeps only its key file beside dbPath.
    expect(existsSync(h.dbPath)).toBe(!onPostgres);
    expect(existsSync(`${h.dbPath}.keys.json`)).toBe(true);
    const signedIn = a.ok ? 'test:tab1' : 'test:tab2';
    expect(await h.value('practice.get', {}, signedIn)).toMatchObject({ name: setupInput().practice.name });
    await h.reopen();
    expect(await h.value('app.unseal', { passphrase: setupInput().passphrase })).toMatchObject({
      database: 'open',
      setupRequired: false,
    });
  });

  it('counts every one of several wrong passwords sent at once, and locks the account', async () => {
    h = await openHarness({ setup: true });
    const weak = await hashPassword('the-right-password-1', h.scryptCost);
    await insertUserRow(h, { username: 'ivy', fullName: 'Ivy', passwordHash: weak });
    const attempts = Array.from({ length: 6 }, (_, i) =>
      h!.call('auth.login', { username: 'ivy', password: `wrong-password-${i}` }, `test:p${i}`),
    );
    const rules = (await Promise.all(attempts)).map((r) => (r.ok ? 'ok' : r.error.rule));
    expect(rules).toContain('auth.accountLocked');
    expect((await h.error('auth.login', { username: 'ivy', password: 'the-right-password-1' }, 'test:ivy')).rule).toBe(
      'auth.accountLocked',
    );
  });
});
