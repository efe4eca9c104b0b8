// `npm run db:server`: a throwaway PostgreSQL for trying Privacy Desk with several workstations, started with
// the same helper the tests use (postgres-server.ts). Prints the URL to pass as --db, then runs until Ctrl+C,
// when the cluster and its folder are removed. Nothing in it is kept: it is for trials and tests, never a
// practice's real server (README, "Several workstations").
import { startPostgres } from './postgres-server';

const server = await startPostgres();
const url = await server.createDatabase('privacy_desk');
process.stdout.write(
  `PostgreSQL ${server.port} on 127.0.0.1 (throwaway; removed when this stops).\nUse it with:  --db ${url}\n`,
);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  server.stop();
  process.stdout.write('Stopped and removed.\n');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
