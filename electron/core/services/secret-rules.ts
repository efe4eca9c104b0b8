// Refusing new passwords and passphrases that are on the common-password list, naming each field that is.
// Every place a password or the practice passphrase is set asks here, after the contract's length rules.
import { isCommonPassword } from '../auth/common-passwords';
import { Refusal } from '../handlers';

export interface NewSecret {
  /** The input field, as VALIDATION errors name it (e.g. `admin.password`). */
  path: string;
  value: string;
  /** What the user calls it; a password unless said otherwise. */
  noun?: 'password' | 'passphrase';
}

const messageFor = (noun: NewSecret['noun'] = 'password'): string =>
  `This ${noun} is on a list of commonly used passwords. Choose another.`;

export const refuseCommonSecrets = (secrets: readonly NewSecret[]): Refusal | null => {
  const common = secrets.filter((s) => isCommonPassword(s.value));
  const first = common[0];
  if (!first) return null;
  return new Refusal({
    code: 'VALIDATION',
    rule: 'auth.commonPassword',
    message: messageFor(common.length === 1 ? first.noun : 'password'),
    fields: common.map((s) => ({ path: s.path, message: messageFor(s.noun) })),
  });
};
