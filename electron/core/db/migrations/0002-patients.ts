// Patients: the minimum record acknowledgements and requests hang off. Never deleted, only deactivated.
import type { Kysely } from 'kysely';
import { autoId } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patients')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('mrn', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patients_last_first').on('patients').columns(['last_name', 'first_name']).execute();
}
