// Automatic logoff: after session.idleLockMinutes without activity the app calls auth.lock and shows the lock screen.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

const MINUTE = 60_000;

describe('idle lock', () => {
  beforeEach(() => {
    // shouldAdvanceTime lets React and Testing Library's own waits run; the test jumps the clock explicitly.
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks after the configured minutes without activity, not before', async () => {
    const api = signedInApi(session({ idleLockMinutes: 5 }));
    renderApp(api, '/front-desk');
    await screen.findByRole('heading', { name: 'Front desk' });

    await act(() => vi.advanceTimersByTimeAsync(5 * MINUTE - 1_000));
    expect(api['auth.lock']).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Locked — Dana Admin' })).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(api['auth.lock']).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
    // The lock screen says why it locked, with the minutes as a plural.
    expect(
      screen.getByText(/locks after 5 minutes without use, so that nobody else can see patient information/),
    ).toBeTruthy();
  });

  it('says "1 minute", not "1 minutes", and in Spanish too', async () => {
    renderApp(signedInApi(session({ idleLockMinutes: 1, locked: true })), '/front-desk', { language: 'es' });
    expect(await screen.findByText(/se bloquea después de 1 minuto sin uso/)).toBeTruthy();
  });

  it('counts from the last keyboard or mouse activity', async () => {
    const api = signedInApi(session({ idleLockMinutes: 10 }));
    renderApp(api, '/front-desk');
    await screen.findByRole('heading', { name: 'Front desk' });

    await act(() => vi.advanceTimersByTimeAsync(8 * MINUTE));
    fireEvent.keyDown(document.body, { key: 'a' });
    await act(() => vi.advanceTimersByTimeAsync(8 * MINUTE));
    fireEvent.mouseDown(document.body);
    await act(() => vi.advanceTimersByTimeAsync(9 * MINUTE));
    expect(api['auth.lock']).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(1 * MINUTE + 1_000));
    expect(api['auth.lock']).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
  });

  it('uses the new minutes as soon as Settings › Security saves them', async () => {
    const api = signedInApi(session({ idleLockMinutes: 10 }));
    api['settings.update'].mockImplementation((input) =>
      Promise.resolve(ok({ idleLockMinutes: input.idleLockMinutes })),
    );
    renderApp(api, '/settings/security');
    const field = await screen.findByLabelText(/^Lock after \(minutes\)/);
    fireEvent.change(field, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    await screen.findByText(/now locks after 2 minutes/);
    expect(api['settings.update']).toHaveBeenCalledWith({ idleLockMinutes: 2 });

    await act(() => vi.advanceTimersByTimeAsync(2 * MINUTE + 1_000));
    expect(api['auth.lock']).toHaveBeenCalledTimes(1);
  });
});
