// What the notice handlers share: the versions and the practice as of today (in its time zone), finding a
// version or a language's draft, and the refusals they all give.
import type { Kysely } from 'kysely';
import type { Language, PracticeSnapshot } from '../../../shared/contract';
import { localDate } from '../../../shared/domain/dates';
import { practiceSnapshot } from '../../../shared/domain/practice-snapshot';
import { AppFailure } from '../../../shared/result';
import type { DB } from '../db/schema';
import { Refusal } from '../handlers';
import { loadVersions, type VersionRow } from '../notices/version-rows';
import { readPractice } from './settings-store';

interface PracticeNow {
  today: string;
  snapshot: PracticeSnapshot;
}

const practiceNow = async (db: Kysely<DB>, now: Date): Promise<PracticeNow> => {
  const practice = await readPractice(db);
  if (!practice) throw new AppFailure({ code: 'RULE', rule: 'setup.required', message: 'Set up the practice first.' });
  return { today: localDate(now, practice.timeZone), snapshot: practiceSnapshot(practice) };
};

export const notFound = new Refusal({ code: 'NOT_FOUND', message: 'No such notice version.' });
export const immutable = new Refusal({
  code: 'RULE',
  rule: 'notice.immutable',
  message: 'A published notice cannot be changed. Create a new draft from it instead.',
});

export const findRow = (rows: readonly VersionRow[], id: number): VersionRow | undefined =>
  rows.find((r) => r.id === id);

/**
 * The draft of a language, if any. The database allows one (0007's partial unique index); a draft left over from
 * before that rule has no start instant, so the one that has one comes first, then the most recently edited.
 */
export const openDraft = (rows: readonly VersionRow[], language: Language): VersionRow | undefined =>
  rows
    .filter((r) => r.language === language && r.published_on === null)
    .sort(
      (a, b) =>
        Number(b.started_at !== null) - Number(a.started_at !== null) ||
        b.updated_at.localeCompare(a.updated_at) ||
        b.id - a.id,
    )[0];

/** Loads everything a handler needs to present versions as of today. */
export const loadState = async (db: Kysely<DB>, now: Date) => ({
  rows: await loadVersions(db),
  ...(await practiceNow(db, now)),
});

export const noneInEffect = (language: Language): Refusal =>
  new Refusal({
    code: 'RULE',
    rule: 'notice.noneInEffect',
    message: `No ${language === 'en' ? 'English' : 'Spanish'} notice is in effect today. Publish one first.`,
  });
