// Runs one contract call from a form or button, tracking pending state and the last error for display.
import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import type { AppError, Result } from '../../shared/result';
import { useApi } from '../api/api-context';

export interface ApiAction<M extends MethodName> {
  run: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
  pending: boolean;
  /** The last failure, except LOCKED: the lock screen handles that one and the form should just wait. */
  error: AppError | null;
  setError: (error: AppError | null) => void;
}

export const useApiAction = <M extends MethodName>(method: M): ApiAction<M> => {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(
    async (input: MethodInput<M>) => {
      setPending(true);
      setError(null);
      try {
        const result = await api[method](input);
        if (!result.ok && result.error.code !== 'LOCKED') setError(result.error);
        return result;
      } finally {
        setPending(false);
      }
    },
    [api, method],
  );
  return { run, pending, error, setError };
};
