// The CLI's way into the core: open the database with the passphrase and sign the acting user in,
// through the same dispatch (and so the same checks and audit entries) as the app.
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { openCore, type OpenedCore } from '../core/create-core';
import { consoleLogger } from '../core/logger';
import { readSecret } from './prompt';
import { whereIs, type GlobalOptions } from './args';
import { UsageError } from './usage';

export class CommandFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'CommandFailure';
  }
}

export interface CliSession {
  core: OpenedCore;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export const SESSION_KEY = `cli:${process.pid}`;

export const openCli = async (g: GlobalOptions): Promise<CliSession> => {
  // Errors go to stderr with their correlation id, so the reference printed with a failure can be found.
  const core = await openCore({
    dbPath: g.dbPath,
    server: g.server,
    workstation: g.workstation,
    osVault: null,
    logger: { info: () => undefined, error: (id, err) => consoleLogger.error(id, err) },
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(SESSION_KEY, method, input);
    if (!result.ok) throw new CommandFailure(result.error);
    return result.value as MethodOutput<M>;
  };
  return { core, call };
};

/** Opens an existing database and signs in `--user`. */
export const signIn = async (g: GlobalOptions): Promise<CliSession> => {
  if (g.user === undefined) throw new UsageError('Say who is acting with --user NAME.');
  const session = await openCli(g);
  try {
    if (session.core.env.store.state === 'new') {
      throw new CommandFailure({
        code: 'RULE',
        rule: 'db.missing',
        message: `No database at ${whereIs(g)}. Create one with "privacy-desk init".`,
      });
    }
    const passphrase = await readSecret(g.passphraseEnv, 'passphrase-env', 'Practice passphrase: ');
    await session.call('app.unseal', { passphrase });
    const password = await readSecret(g.passwordEnv, 'password-env', `Password for ${g.user}: `);
    await session.call('auth.login', { username: g.user, password });
    return session;
  } catch (err) {
    await session.core.close();
    throw err;
  }
};
