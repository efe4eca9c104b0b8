// Notice of Privacy Practices versions. A published version is immutable (only its retirement date may be
// set) and is never deleted: 164.530(j) keeps it 6 years after it was last in effect.
import { sql, type Kysely } from 'kysely';
import { autoId, protectPublished } from '../dialect';

const languageCheck = sql`language IN ('en', 'es')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notice_versions')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('language', 'text', (c) => c.notNull().check(languageCheck))
    .addColumn('number', 'integer')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('practice_snapshot', 'text')
    .addColumn('effective_date', 'text')
    .addColumn('published_on', 'text')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('change_summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('material_change', 'integer')
    .addColumn('content_hash', 'text')
    .addColumn('retired_on', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notice_versions_language_effective')
    .on('notice_versions')
    .columns(['language', 'effective_date'])
    .execute();
  await db.schema
    .createIndex('notice_versions_language_number')
    .on('notice_versions')
    .columns(['language', 'number'])
    .unique()
    .execute();
  await protectPublished(db, 'notice_versions', [
    'language',
    'number',
    'content',
    'practice_snapshot',
    'effective_date',
    'published_on',
    'published_by',
    'change_summary',
    'material_change',
    'content_hash',
  ]);
}
