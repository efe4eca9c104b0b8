// `privacy-desk users add|list`: account administration as a signed-in administrator.
import { requireString, type Parsed } from '../args';
import { readSecret } from '../prompt';
import { signIn } from '../session';

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
  const password = await readSecret(options['new-password-env'] as string | undefined, 'new-password-env', `Password for the new user ${username}: `);
  const cli = await signIn(global);
  try {
    const user = await cli.call('users.create', { username, fullName, role: role as never, password });
    return { text: `Added ${user.username} (${user.fullName}), role ${user.role}.`, json: user };
  } finally {
    await cli.core.close();
  }
};

export const runUsersList = async ({ global }: Parsed): Promise<{ text: string; json: unknown }> => {
  const cli = await signIn(global);
  try {
    const users = await cli.call('users.list', {});
    const lines = users.map((u) => `${u.username.padEnd(20)} ${u.role.padEnd(16)} ${u.active ? 'active  ' : 'inactive'} ${u.fullName}`);
    return { text: lines.join('\n'), json: users };
  } finally {
    await cli.core.close();
  }
};
