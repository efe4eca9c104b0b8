// Which contract areas show each table, so a write names the areas whose queries may now show something else
// (settings hold the practice's details, which the notices fill in; the audit log's sentences name users).
// Typed by the schema: a new table does not compile until it says which areas show it.
import { ALL_AREAS } from '../../../shared/live-changes';
import type { DB } from '../db/schema';

const TABLE_AREAS: { readonly [T in keyof DB]: readonly string[] } = {
  audit_log: ['audit'],
  audit_head: [], // moves with every entry: audit_log already says the log grew
  users: ['users', 'account', 'audit'],
  patients: ['patients'],
  notice_versions: ['notices'],
  settings: ['practice', 'settings', 'notices', 'app'],
};

/** The areas a transaction that wrote `tables` may have changed; a table not named here (raw SQL's `*`) changes them all. */
export const areasWritten = (tables: Iterable<string>): string[] => {
  const areas = new Set<string>();
  for (const table of tables) {
    const known = Object.hasOwn(TABLE_AREAS, table) ? TABLE_AREAS[table as keyof DB] : ALL_AREAS;
    for (const area of known) areas.add(area);
  }
  return [...areas].sort();
};
