// Provides the typed client to the tree, wrapped so LOCKED answers reach the session layer.
import { useMemo, type ReactNode } from 'react';
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { ApiContext, type ApiContextValue } from './api-context';
import { withLockWatch } from './with-lock-watch';

export function ApiProvider({ api, children }: { api: PrivacyDeskApi; children: ReactNode }) {
  const value = useMemo<ApiContextValue>(() => {
    const listeners = new Set<() => void>();
    const notify = () => {
      for (const listener of [...listeners]) listener();
    };
    return {
      api: withLockWatch(api, notify),
      onLocked: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }, [api]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}
