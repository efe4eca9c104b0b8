// A workstation whose Privacy Desk is older than the practice's database (issue 9 item 2): another workstation
// has already run a migration this copy does not know, so this one must not touch the schema. It refuses to
// open with the message the practice acts on, on SQLite and PostgreSQL alike, and changes nothing.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_OLDER_MESSAGE } from '../../electron/core/db/migrate';
import { openHarness, PASSPHRASE, type Harness } from '../support/core-harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('an app older than the database', () => {
  it('refuses to open it and says to update this computer’s copy', async () => {
    h = await openHarness({ setup: true });
    await h.sql(
      sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-a-newer-app', '2027-01-01T00:00:00.000Z')`,
    );
    await h.reopen();
    const refused = await h.error('app.unseal', { passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ code: 'RULE', rule: 'db.appOlder', message: APP_OLDER_MESSAGE });
    expect(h.core.env.store.state).toBe('sealed');
  });
});
