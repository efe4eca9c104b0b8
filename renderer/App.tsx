// The app root: Mantine, TanStack Query, the typed client, the session and the hash router, then the screen gate.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import type { PrivacyDeskApi } from '../shared/contract/api';
import { ApiProvider } from './api/ApiProvider';
import { AppGate } from './features/session/AppGate';
import { I18nProvider } from './i18n/I18nProvider';
import type { UiLanguage } from './i18n/language';
import { SessionProvider } from './features/session/SessionProvider';
import { adoptStyleNonce } from './style-nonce';
import { theme } from './theme';

// Read once: the nonce is fixed for the life of the page.
const styleNonce = adoptStyleNonce();
const nonceProps = styleNonce === undefined ? {} : { getStyleNonce: () => styleNonce };

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      // AppErrors are answers, not flaky failures; retrying a VALIDATION or FORBIDDEN only delays the message.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });

export interface AppProps {
  api: PrivacyDeskApi;
  queryClient?: QueryClient;
  /** 'test' turns off Mantine transitions and portals (component tests). */
  mantineEnv?: 'default' | 'test';
  /** The first language shown (tests); by default this computer's earlier choice, else the OS language. */
  language?: UiLanguage;
}

/** Everything a screen needs around it; component tests put a single feature inside (test/ui/render-app.tsx). */
export function AppProviders({
  api,
  queryClient,
  mantineEnv = 'default',
  language,
  children,
}: AppProps & { children: ReactNode }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider language={language}>
      <MantineProvider theme={theme} env={mantineEnv} defaultColorScheme="auto" {...nonceProps}>
        <QueryClientProvider client={client}>
          <ApiProvider api={api}>
            <SessionProvider>
              <HashRouter>{children}</HashRouter>
            </SessionProvider>
          </ApiProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  );
}

export function App(props: AppProps) {
  return (
    <AppProviders {...props}>
      <AppGate />
    </AppProviders>
  );
}
