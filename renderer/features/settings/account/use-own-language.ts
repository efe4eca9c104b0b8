// Saving the signed-in user's own language (`account.setLanguage`): the header's picker and Settings › My account
// both choose through this, so the choice follows the user to every workstation. The session then carries the
// choice and LanguageSync switches the words in place; `null` means "same as this computer".
import { useCallback } from 'react';
import type { Language } from '../../../../shared/contract/notice-content';
import { useApiAction } from '../../../hooks/use-api-action';
import { useSession } from '../../session/session-context';

export const useOwnLanguage = () => {
  const { signedIn } = useSession();
  const action = useApiAction('account.setLanguage');
  const { run } = action;
  const choose = useCallback(
    async (language: Language | null): Promise<boolean> => {
      const result = await run({ language });
      if (result.ok) signedIn(result.value);
      return result.ok;
    },
    [run, signedIn],
  );
  return { choose, pending: action.pending, error: action.error };
};
