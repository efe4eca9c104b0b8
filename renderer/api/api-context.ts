// React context for the typed client plus a "session locked" signal raised by any call that answers LOCKED.
import { createContext, useContext } from 'react';
import type { PrivacyDeskApi } from '../../shared/contract/api';

export interface ApiContextValue {
  api: PrivacyDeskApi;
  /** Subscribe to LOCKED answers from any method; returns the unsubscribe function. */
  onLocked: (listener: () => void) => () => void;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

const useApiContext = (): ApiContextValue => {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
};

/** The typed client. Every call goes through the lock watcher, so a LOCKED answer locks the whole app. */
export const useApi = (): PrivacyDeskApi => useApiContext().api;

export const useLockedSignal = (): ApiContextValue['onLocked'] => useApiContext().onLocked;
