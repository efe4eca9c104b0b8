// React context for the typed client plus the session signals (locked, ended) raised by any call's answer.
import { createContext, useContext } from 'react';
import type { PrivacyDeskApi } from '../../shared/contract/api';
import type { SessionSignal } from './with-session-watch';

export interface ApiContextValue {
  api: PrivacyDeskApi;
  /** Subscribe to LOCKED / session-ended answers from any method; returns the unsubscribe function. */
  onSessionSignal: (listener: (signal: SessionSignal) => void) => () => void;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

const useApiContext = (): ApiContextValue => {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
};

/** The typed client. Every call goes through the lock watcher, so a LOCKED answer locks the whole app. */
export const useApi = (): PrivacyDeskApi => useApiContext().api;

export const useSessionSignal = (): ApiContextValue['onSessionSignal'] => useApiContext().onSessionSignal;
