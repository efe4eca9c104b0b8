// The PostgreSQL test project's one cluster for the whole run (vitest globalSetup): started before the first
// test file, its URL handed to every worker in PD_TEST_PG_URL, stopped after the last. Each core harness then
// makes its own database on it (core-harness.ts), so test files never share rows.
import { startPostgres, type PostgresServer } from './postgres-server';

let server: PostgresServer | null = null;

export const setup = async (): Promise<void> => {
  server = await startPostgres();
  process.env['PD_TEST_PG_URL'] = server.url;
};

export const teardown = (): void => {
  server?.stop();
};
