// `privacy-desk users add|list`: account administration as a signed-in administrator; `users recover`: the
// way back in for a locked-out sole administrator, proven by the practice passphrase instead of a sign-in.
import { requireString, whereIs, type Parsed } from '../args';
import { readSecret } from '../prompt';
import { CommandFailure, openCli, signIn } from '../session';
import { UsageError } from '../usage';

export const usersAddOptions = {
  username: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  'new-password-env': { type: 'string' },
} as const;

export const runUsersAdd = async ({ global, options }: Parsed): Promise<{ text: string; json: unknown }> => {
  const username = requireString(options, 'username');
  const fullName = requireString(options, 'name');
  const role = requireString(options, 'role');
  const password = await readSecret(
    options['new-password-env'] as string | undefined,
    'new-password-env',
    `Password for the new user ${username}: `,
  );
  const cli = await signIn(global);
  try {
    const user = await cli.call('users.create', { username, fullName, role: role as never, password });
    return {
      text: `Added ${user.username} (${user.fullName}), role ${user.role}. They choose their own password at their first sign-in.`,
      json: user,
    };
  } finally {
    await cli.core.close();
  }
};

export const runUsersList = async ({ global }: Parsed): Promise<{ text: string; json: unknown }> => {
  const cli = await signIn(global);
  try {
    const users = await cli.call('users.list', {});
    const lines = users.map(
      (u) =>
        `${u.username.padEnd(20)} ${u.role.padEnd(16)} ${u.active ? 'active  ' : 'inactive'} ${u.fullName}` +
        (u.mustChangePassword ? '  (chooses a new password at next sign-in)' : ''),
    );
    return { text: lines.join('\n'), json: users };
  } finally {
    await cli.core.close();
  }
};

export const usersRecoverOptions = {
  username: { type: 'string' },
  'new-password': { type: 'boolean' },
  'new-password-env': { type: 'string' },
} as const;

export const runUsersRecover = async ({ global, options }: Parsed): Promise<{ text: string; json: unknown }> => {
  const username = requireString(options, 'username');
  const newPasswordEnv = options['new-password-env'] as string | undefined;
  if (global.user !== undefined)
    throw new UsageError('users recover signs no one in: leave out --user (the passphrase is the proof).');
  const passphrase = await readSecret(global.passphraseEnv, 'passphrase-env', 'Practice passphrase: ');
  const newPassword =
    newPasswordEnv !== undefined || options['new-password'] === true
      ? await readSecret(newPasswordEnv, 'new-password-env', `New password for ${username}: `)
      : null;
  const cli = await openCli(global);
  try {
    if (cli.core.env.store.state === 'new') {
      throw new CommandFailure({
        code: 'RULE',
        rule: 'db.missing',
        message: `No database at ${whereIs(global)}. Create one with "privacy-desk init".`,
      });
    }
    await cli.call('app.unseal', { passphrase });
    await cli.call('users.recoverWithPassphrase', { username, passphrase, newPassword });
    const done = newPassword === null ? 'cleared its lockout' : 'cleared its lockout and set the new password';
    return {
      text: `Recovered ${username}: ${done}. Recorded in the audit log (users.recoverWithPassphrase).`,
      json: { username, lockoutCleared: true, passwordChanged: newPassword !== null },
    };
  } finally {
    await cli.core.close();
  }
};
