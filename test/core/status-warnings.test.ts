// app.status gives its warnings as codes too, so the UI can word them in the user's language.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onPostgres, openHarness, type Harness } from '../support/core-harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('app.status warning codes', () => {
  // The warning is about the SQLite file being synced; on the practice's server there is no database file here.
  it.skipIf(onPostgres)('names the sync service when the database sits in a sync folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pd-warn-')), 'Dropbox');
    mkdirSync(dir);
    h = await openHarness({ dir });
    expect((await h.value('app.status', {})).warningCodes).toEqual([{ code: 'syncFolder', service: 'Dropbox' }]);
  });

  it('has none in an ordinary folder', async () => {
    h = await openHarness({ setup: true });
    expect((await h.value('app.status', {})).warningCodes).toEqual([]);
  });
});
