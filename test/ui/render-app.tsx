// Renders the real App over a fake api, optionally at a route, with Mantine's test env (no transitions or portals).
import { render } from '@testing-library/react';
import { App, createQueryClient } from '../../renderer/App';
import { asApi, type FakeApi } from './fake-api';

export const renderApp = (api: FakeApi, path = '/') => {
  window.history.replaceState(null, '', `/#${path}`);
  const queryClient = createQueryClient();
  const view = render(<App api={asApi(api)} queryClient={queryClient} mantineEnv="test" />);
  return { ...view, queryClient };
};
