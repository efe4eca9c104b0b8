// Renders the real App over a fake api, optionally at a route, with Mantine's test env (no transitions or portals);
// or, for a test about one screen, just that feature inside the same providers, without the app frame around it.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { App, AppProviders, createQueryClient } from '../../renderer/App';
import type { UiLanguage } from '../../renderer/i18n/language';
import { useSession } from '../../renderer/features/session/session-context';
import { LeaveGuardProvider } from '../../renderer/features/shell/leave-guard';
import { asApi, type FakeApi } from './fake-api';

export interface RenderOptions {
  /** The UI language to start in (default English, whatever the test machine's OS says). */
  language?: UiLanguage;
}

export const renderApp = (api: FakeApi, path = '/', { language = 'en' }: RenderOptions = {}) => {
  window.history.replaceState(null, '', `/#${path}`);
  const queryClient = createQueryClient();
  const view = render(<App api={asApi(api)} queryClient={queryClient} mantineEnv="test" language={language} />);
  return { ...view, queryClient };
};

/** Shows the feature once the fake api's session is signed in, as the app's gate would; says so if it never is. */
function WhenSignedIn({ feature }: { feature: ReactElement }) {
  const { phase } = useSession();
  return phase.kind === 'signedIn' ? feature : <p>Not signed in: the session is {phase.kind}.</p>;
}

/**
 * Renders one feature at `path` (e.g. `<NoticesPage />` at `/notices/5`), routed under the path's first segment as
 * the app routes it (`notices/*`), so its own links and redirects work. Use `renderApp` for the navbar, the header,
 * the lock screen or anything else of the frame.
 */
export const renderFeature = (
  api: FakeApi,
  path: string,
  feature: ReactElement,
  { language = 'en' }: RenderOptions = {},
) => {
  window.history.replaceState(null, '', `/#${path}`);
  const [area = ''] = path.split('/').filter((s) => s !== '');
  const queryClient = createQueryClient();
  const view = render(
    <AppProviders api={asApi(api)} queryClient={queryClient} mantineEnv="test" language={language}>
      <LeaveGuardProvider>
        <Routes>
          <Route path={`${area}/*`} element={<WhenSignedIn feature={feature} />} />
        </Routes>
      </LeaveGuardProvider>
    </AppProviders>,
  );
  return { ...view, queryClient };
};
