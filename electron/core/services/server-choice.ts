// Where this workstation keeps its files for the practice's server, and whether the server becomes the database
// it opens by default: shared by first-run setup (creating the practice there) and enrolment (joining it).
import { dirname } from 'node:path';
import type { ServerTarget } from '../db/server-url';
import type { CoreEnv } from '../env';
import { rememberServer, serverFilesBase } from '../workstation-files';

/**
 * The folder this workstation's server files go in: its per-user folder, else (tests) beside the database the
 * core was given. Read before the store moves to the server, whose base path is inside it.
 */
export const workstationFolder = (env: CoreEnv): string => env.workstation?.dir ?? dirname(env.store.dbPath);

/** Where the store sits on `server`: the server, and this workstation's files for it. */
export const serverPlace = (folder: string, server: ServerTarget) => ({
  dbPath: serverFilesBase(folder, server),
  server,
});

/**
 * Records the server this workstation now opens: its CA copy always, and, when the door opened the per-user
 * default and nothing else is the default yet, the server as that default.
 */
export const rememberChosenServer = (
  env: CoreEnv,
  folder: string,
  server: ServerTarget,
  replacesDefault: boolean,
): Promise<string> => rememberServer(folder, server, (env.workstation?.isDefault ?? false) && replacesDefault);
