// Reads through TanStack Query: keyed by method + input, paused while locked or signed out.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import type { AppError } from '../../shared/result';
import { useApi } from '../api/api-context';
import { SCREEN_FAILED } from '../api/client';
import { useQueriesPaused } from '../features/session/session-context';

/** Thrown inside query functions so TanStack Query sees a failure; screens read `.appError`. */
export class ApiError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ApiError';
  }
}

export const appErrorOf = (error: unknown): AppError | null => {
  if (error instanceof ApiError) return error.appError;
  if (!error) return null;
  // Not an answer from the core (a bug in a query function): show the generic wording, never a stack.
  return { code: 'INTERNAL', message: SCREEN_FAILED };
};

export const useApiQuery = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
): UseQueryResult<MethodOutput<M>, ApiError> => {
  const api = useApi();
  const paused = useQueriesPaused();
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: [method, input],
    queryFn: async () => {
      const result = await api[method](input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
    enabled: !paused && (options.enabled ?? true),
  });
};
