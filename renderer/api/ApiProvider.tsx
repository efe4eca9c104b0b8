// Provides the typed client to the tree, wrapped so LOCKED and session-ended answers reach the session layer, and
// refreshes the queries that changes committed at other workstations touch (live-changes.ts).
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { ApiContext, type ApiContextValue } from './api-context';
import { useLiveRefresh } from './live-changes';
import { withSessionWatch, type SessionSignal } from './with-session-watch';

export function ApiProvider({ api, children }: { api: PrivacyDeskApi; children: ReactNode }) {
  useLiveRefresh(api, useQueryClient());
  const value = useMemo<ApiContextValue>(() => {
    const listeners = new Set<(signal: SessionSignal) => void>();
    const notify = (signal: SessionSignal) => {
      for (const listener of [...listeners]) listener(signal);
    };
    return {
      api: withSessionWatch(api, notify),
      onSessionSignal: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }, [api]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}
