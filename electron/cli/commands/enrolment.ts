// `privacy-desk enrolment export` (an administrator, on a workstation of the practice's server) and
// `privacy-desk enrol FILE` (the workstation joining): the enrolment file, wrapped with the practice passphrase.
import { readFile, writeFile } from 'node:fs/promises';
import { describeServer } from '../../core/db/server-url';
import { serverAddress } from '../../core/workstation-files';
import { requireString, userPath, type Parsed } from '../args';
import { readSecret } from '../prompt';
import { openCli, signIn } from '../session';
import { UsageError } from '../usage';

export const enrolmentExportOptions = { out: { type: 'string' } } as const;

export const runEnrolmentExport = async ({ global, options }: Parsed): Promise<{ text: string; json: unknown }> => {
  const out = userPath(requireString(options, 'out'));
  const cli = await signIn(global);
  try {
    const passphrase = await readSecret(
      global.passphraseEnv,
      'passphrase-env',
      'Practice passphrase (it wraps the enrolment file): ',
    );
    const file = await cli.call('workstation.exportEnrolment', { passphrase });
    try {
      // Owner-only, and never over an existing file: the file opens the practice's database to whoever holds it
      // and the passphrase.
      await writeFile(out, file.content, { flag: 'wx', mode: 0o600 });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'EEXIST' ? `${out} already exists: choose another file name.` : `Cannot write ${out} (${code}).`,
      );
    }
    return {
      text: `Wrote the enrolment file ${out} for ${file.server}.\nIt is wrapped with the practice passphrase. Take it to the new workstation, run "privacy-desk enrol ${out}" there (or choose it in first-time setup), then delete it.`,
      json: { out, server: file.server },
    };
  } finally {
    await cli.core.close();
  }
};

export const runEnrol = async ({ global, command }: Parsed): Promise<{ text: string; json: unknown }> => {
  const [, path, ...extra] = command;
  if (path === undefined || extra.length > 0) throw new UsageError('Name one enrolment file: privacy-desk enrol FILE.');
  let enrolment: string;
  try {
    enrolment = await readFile(userPath(path), 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read the enrolment file ${path} (${(err as NodeJS.ErrnoException).code}).`);
  }
  const passphrase = await readSecret(global.passphraseEnv, 'passphrase-env', 'Practice passphrase: ');
  const cli = await openCli(global);
  try {
    const wasNew = cli.core.env.store.state === 'new';
    await cli.call('setup.enrol', { enrolment, passphrase });
    const server = cli.core.env.store.server;
    if (!server) throw new Error('enrolment left the workstation without its server');
    const address = serverAddress(server, server.tls?.ca ? `${cli.core.env.store.dbPath}.ca.pem` : null);
    const becameDefault = wasNew && global.workstation.isDefault;
    return {
      text: [
        `This workstation joined the practice's database on ${describeServer(server)}.`,
        becameDefault
          ? 'Commands on this computer now use it without --db. Sign in with your own account (--user NAME).'
          : `This computer keeps its own default database; reach the practice's server with --db "${address}".`,
      ].join('\n'),
      json: { server: describeServer(server), address, default: becameDefault },
    };
  } finally {
    await cli.core.close();
  }
};
