// A workstation whose Privacy Desk is older than the practice's database (issue 9 item 2): another workstation
// has already run a migration this copy does not know, so this one must not touch the schema. It opens the
// database read-only: status says "update it", every other call is refused with the same words, and nothing is
// written (not even the unseal's or a sign-in's audit entry), on SQLite and PostgreSQL alike.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_OLDER_MESSAGE } from '../../electron/core/db/migrate';
import { ADMIN_PASSWORD, openHarness, PASSPHRASE, type Harness } from '../support/core-harness';
import { tableCountsIn } from './fixtures';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('an app older than the database', () => {
  it('opens it read-only, says to update this computer’s copy, and writes nothing', async () => {
    h = await openHarness({ setup: true });
    await h.value('patients.create', { mrn: 'OLD-1', firstName: 'Rosa', lastName: 'Diaz', dateOfBirth: '1970-05-06' });
    await h.sql(
      sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-a-newer-app', '2027-01-01T00:00:00.000Z')`,
    );
    const before = await tableCountsIn(h.core.env.store.open.kysely as never);
    await h.reopen();
    const status = await h.value('app.unseal', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ database: 'open', appOlder: true, session: null });
    expect(status.warnings).toContain(APP_OLDER_MESSAGE);
    expect(await h.value('app.status', {})).toMatchObject({ appOlder: true });
    for (const refused of [
      await h.error('auth.login', { username: 'admin', password: ADMIN_PASSWORD }),
      await h.error('patients.search', { query: 'Diaz', limit: 5 }),
      await h.error('auth.logout', {}),
    ])
      expect(refused).toMatchObject({ code: 'RULE', rule: 'db.appOlder', message: APP_OLDER_MESSAGE });
    const after = await tableCountsIn(h.core.env.store.open.kysely as never);
    expect(after).toEqual(before);
    const entries = await h.sql<{ action: string }>(sql`SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(entries[0]?.action).toBe('patients.create'); // the newest entry is still the last real write
  });
});
