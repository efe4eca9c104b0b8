// For tests about something else than first sign-in: a user who has already been through it. A password an
// administrator sets (users.create) must be replaced at the first sign-in (auth.mustChangePassword), so the helper
// goes through that real flow with the contract methods only; nothing database-specific, so it works on any dialect.
// test/core/accounts.test.ts covers the rule itself.
import type { MethodInput, User } from '../../shared/contract';
import { SESSION, type Harness } from '../support/core-harness';

/**
 * Creates a user as the administrator signed in on `sessionKey` would, with a throwaway first password, then signs
 * in as them on a scratch session, changes it to `password` and signs out: the user can then sign in with
 * `password` and work. Returns the user as users.create returned it.
 */
export const addUser = async (
  h: Harness,
  input: MethodInput<'users.create'>,
  sessionKey: string = SESSION,
): Promise<User> => {
  const firstPassword = `${input.password}-set-by-admin`;
  const user = await h.value('users.create', { ...input, password: firstPassword }, sessionKey);
  const scratch = `test:first-sign-in:${input.username}`;
  await h.value('auth.login', { username: input.username, password: firstPassword }, scratch);
  await h.value('auth.changePassword', { currentPassword: firstPassword, newPassword: input.password }, scratch);
  await h.value('auth.logout', {}, scratch);
  return user;
};
