// `privacy-desk init`: creates the encrypted database, records the practice and its first administrator.
import { readFile } from 'node:fs/promises';
import type { SessionInfo } from '../../../shared/contract';
import { requireString, userPath, whereIs, type Parsed } from '../args';
import { readSecret } from '../prompt';
import { openCli } from '../session';
import { UsageError } from '../usage';

export const initOptions = {
  'practice-file': { type: 'string' },
  'admin-username': { type: 'string' },
  'admin-name': { type: 'string' },
  'admin-password-env': { type: 'string' },
} as const;

const readPracticeFile = async (path: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the practice file ${path}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`The practice file ${path} is not valid JSON.`);
  }
};

export const runInit = async ({ global, options }: Parsed): Promise<{ text: string; json: unknown }> => {
  const practice = await readPracticeFile(userPath(requireString(options, 'practice-file')));
  const username = requireString(options, 'admin-username');
  const fullName = requireString(options, 'admin-name');
  const password = await readSecret(
    options['admin-password-env'] as string | undefined,
    'admin-password-env',
    `Password for ${username}: `,
  );
  const passphrase = await readSecret(
    global.passphraseEnv,
    'passphrase-env',
    'New practice passphrase (keep it safe; it cannot be reset): ',
  );
  const cli = await openCli(global);
  try {
    const session: SessionInfo = await cli.call('setup.initialize', {
      practice: practice as never, // validated by the contract in dispatch
      admin: { username, fullName, password },
      passphrase,
    });
    return {
      text: `${global.server ? `Created the practice on ${whereIs(global)}` : `Created ${global.dbPath}`}\nAdministrator: ${session.user.username} (${session.user.fullName})\nKeep the passphrase safe: it is the only way to open this database without this computer's key store.`,
      json: { dbPath: global.dbPath, admin: session.user },
    };
  } finally {
    await cli.core.close();
  }
};
