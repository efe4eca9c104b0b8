// Notices › the draft saves itself: about two seconds after the last keystroke (one save for a burst of typing),
// with a visible Saving…/Saved state; Ctrl+S saves at once; a failed save keeps the text and says why; the
// unsaved text is handed to the shell (tab close, lock-screen sign-out). Waits are for conditions, never sleeps.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { AUTOSAVE_MS } from '../../renderer/features/notices/editor/use-autosave';
import { collectPendingWork, hasUnsavedWork } from '../../renderer/features/shell/unsaved-work';
import { err, locked, ok, session, signedInApi } from './fake-api';
import { draftSummary, version } from './notices-fixtures';
import { renderApp, renderFeature } from './render-app';

const draft = version(draftSummary({ id: 5 }));

const openDraft = async () => {
  const api = signedInApi();
  api['notices.list'].mockResolvedValue(ok([draftSummary({ id: 5 })]));
  api['notices.get'].mockResolvedValue(ok(draft));
  api['notices.updateDraft'].mockImplementation((input) => Promise.resolve(ok({ ...draft, content: input.content })));
  renderFeature(api, '/notices/5', <NoticesPage />);
  await screen.findByRole('heading', { name: 'English notice — draft' });
  return api;
};

const title = (): HTMLInputElement =>
  within(document.getElementById('edit-intro')!).getByLabelText<HTMLInputElement>('Title');
const saveState = () => screen.getByTestId('save-state').textContent;
/** Long enough for the autosave delay and a slow, shared test machine. */
const AUTOSAVE_WAIT = { timeout: AUTOSAVE_MS + 8_000 };

describe('draft autosave', () => {
  it('saves once, a moment after the last keystroke, and then shows Saved', async () => {
    const api = await openDraft();
    expect(saveState()).toBe('Saved');
    fireEvent.change(title(), { target: { value: 'O' } });
    fireEvent.change(title(), { target: { value: 'Ou' } });
    fireEvent.change(title(), { target: { value: 'Our notice' } });
    expect(saveState()).toBe('Unsaved changes');
    expect(api['notices.updateDraft']).not.toHaveBeenCalled();
    expect(hasUnsavedWork()).toBe(true);
    expect(collectPendingWork().noticeDrafts).toEqual([
      { id: 5, content: expect.objectContaining({ title: 'Our notice' }) },
    ]);

    await waitFor(() => expect(saveState()).toBe('Saved'), AUTOSAVE_WAIT);
    expect(api['notices.updateDraft']).toHaveBeenCalledTimes(1);
    expect(api['notices.updateDraft'].mock.calls[0]?.[0]).toMatchObject({ id: 5, content: { title: 'Our notice' } });
    expect(hasUnsavedWork()).toBe(false);
  });

  it('shows Saving… while the save is on its way', async () => {
    const api = await openDraft();
    let answer: (r: Awaited<ReturnType<(typeof api)['notices.updateDraft']>>) => void = () => undefined;
    api['notices.updateDraft'].mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    fireEvent.change(title(), { target: { value: 'Our notice' } });
    await waitFor(() => expect(saveState()).toBe('Saving…'), AUTOSAVE_WAIT);
    answer(ok({ ...draft, content: { ...draft.content, title: 'Our notice' } }));
    await waitFor(() => expect(saveState()).toBe('Saved'));
  });

  it('saves at once on Ctrl+S, before the autosave delay', async () => {
    const api = await openDraft();
    fireEvent.change(title(), { target: { value: 'Saved by hand' } });
    fireEvent.keyDown(document, { key: 's', ctrlKey: true });
    // waitFor gives up after one second, well inside the autosave delay: this save is the shortcut's.
    await waitFor(() => expect(api['notices.updateDraft']).toHaveBeenCalledTimes(1), { timeout: AUTOSAVE_MS / 2 });
    expect(api['notices.updateDraft'].mock.calls[0]?.[0].content.title).toBe('Saved by hand');
    await waitFor(() => expect(saveState()).toBe('Saved'));
  });

  it('keeps everything typed when the autosave fails, says why, and saves on the next try', async () => {
    const api = await openDraft();
    api['notices.updateDraft'].mockResolvedValueOnce(
      err({ code: 'INTERNAL', message: 'disk full', correlationId: 'c-9' }),
    );
    fireEvent.change(title(), { target: { value: 'Typed before the failure' } });
    expect(await screen.findByText('Something went wrong. Reference: c-9', {}, AUTOSAVE_WAIT)).toBeTruthy();
    expect(screen.getByText('Not saved — your text is still here')).toBeTruthy();
    expect(title().value).toBe('Typed before the failure');
    expect(saveState()).toBe('Unsaved changes');
    // Still registered with the shell, so closing the tab asks and a lock-screen sign-out saves it.
    expect(collectPendingWork().noticeDrafts[0]?.content.title).toBe('Typed before the failure');

    fireEvent.keyDown(document, { key: 's', ctrlKey: true });
    await waitFor(() => expect(saveState()).toBe('Saved'));
    expect(api['notices.updateDraft']).toHaveBeenCalledTimes(2);
    expect(api['notices.updateDraft'].mock.calls[1]?.[0].content.title).toBe('Typed before the failure');
  });

  it('does not lose a save refused by the lock: it is sent again once unlocked, without another keystroke', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok([draftSummary({ id: 5 })]));
    api['notices.get'].mockResolvedValue(ok(draft));
    api['notices.updateDraft']
      .mockResolvedValueOnce(locked())
      .mockImplementation((input) => Promise.resolve(ok({ ...draft, content: input.content })));
    api['auth.unlock'].mockResolvedValue(ok(session()));
    renderApp(api, '/notices/5');
    await screen.findByRole('heading', { name: 'English notice — draft' });
    fireEvent.change(title(), { target: { value: 'Typed before the lock' } });

    expect(await screen.findByRole('heading', { name: 'Locked — Dana Admin' }, AUTOSAVE_WAIT)).toBeTruthy();
    expect(title().value).toBe('Typed before the lock');
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Locked — Dana Admin' })).toBeNull());

    await waitFor(() => expect(saveState()).toBe('Saved'), AUTOSAVE_WAIT);
    expect(api['notices.updateDraft']).toHaveBeenCalledTimes(2);
    expect(api['notices.updateDraft'].mock.calls[1]?.[0].content.title).toBe('Typed before the lock');
  });
});
