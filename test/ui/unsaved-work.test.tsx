// Unsaved work is never lost by leaving the window: a tab close or reload asks first (beforeunload), and the lock
// screen's Sign out sends the pending drafts with auth.logout so the core saves them before the session ends.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { AppProviders, createQueryClient } from '../../renderer/App';
import { AppGate } from '../../renderer/features/session/AppGate';
import { useUnsavedWork } from '../../renderer/features/shell/unsaved-work';
import { asApi, ok, practice, session, signedInApi, type FakeApi } from './fake-api';

const typed = { ...defaultTemplate('en'), intro: 'Typed just before the screen locked.' };

/** Stands in for a screen with a half-edited draft (the notice editor registers the same way). */
function EditingDraft({ dirty }: { dirty: boolean }) {
  useUnsavedWork({ dirty, pending: () => ({ noticeDrafts: [{ id: 42, content: typed }] }) });
  return null;
}

const renderWith = (api: FakeApi, dirty: boolean) => {
  window.history.replaceState(null, '', '/#/notices/42');
  return render(
    <AppProviders api={asApi(api)} queryClient={createQueryClient()} mantineEnv="test" language="en">
      <AppGate />
      <EditingDraft dirty={dirty} />
    </AppProviders>,
  );
};

const signedOutAfterwards = (api: FakeApi) =>
  api['app.status'].mockResolvedValue(
    ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
  );

const beforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('unsaved work', () => {
  it('lock screen Sign out sends the pending draft with auth.logout, and says it will', async () => {
    const api = signedInApi(session({ locked: true }));
    api['auth.logout'].mockResolvedValue(ok({ done: true }));
    renderWith(api, true);
    await screen.findByRole('heading', { name: 'Locked — Dana Admin' });
    expect(screen.getByText(/Signing out saves your unsaved draft first/)).toBeTruthy();

    signedOutAfterwards(api);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api['auth.logout']).toHaveBeenCalledWith({ unsavedDrafts: [{ id: 42, content: typed }] });
  });

  it('stays on the lock screen, text kept, when the sign-out with drafts is refused', async () => {
    const api = signedInApi(session({ locked: true }));
    api['auth.logout'].mockResolvedValue({
      ok: false,
      error: { code: 'INTERNAL', message: 'x', correlationId: 'ab12' },
    });
    renderWith(api, true);
    await screen.findByRole('heading', { name: 'Locked — Dana Admin' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect((await screen.findByTestId('error-alert')).textContent).toContain('ab12');
    expect(screen.getByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
  });

  it('sends no drafts when nothing is unsaved', async () => {
    const api = signedInApi(session({ locked: true }));
    api['auth.logout'].mockResolvedValue(ok({ done: true }));
    renderWith(api, false);
    await screen.findByRole('heading', { name: 'Locked — Dana Admin' });
    expect(screen.queryByText(/Signing out saves/)).toBeNull();
    signedOutAfterwards(api);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(api['auth.logout']).toHaveBeenCalledWith({}));
  });

  it('asks before the tab closes or reloads only while something is unsaved', () => {
    const api = signedInApi();
    const dirty = renderWith(api, true);
    expect(beforeUnload()).toBe(true);
    dirty.unmount();
    renderWith(api, false);
    expect(beforeUnload()).toBe(false);
  });
});
