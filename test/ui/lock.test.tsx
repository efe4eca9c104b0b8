// Locking and session end: LOCKED from any call, the Lock button and Ctrl+L show the lock screen over a still-mounted
// app; a "session.required" or "session.revoked" answer returns to sign-in.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { err, locked, ok, practice, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

const lockHeading = () => screen.queryByRole('heading', { name: 'Locked — Dana Admin' });

describe('lock screen', () => {
  it('appears when any call answers LOCKED, keeping what the user typed underneath', async () => {
    const api = signedInApi();
    api['practice.update']
      .mockResolvedValueOnce(locked())
      .mockImplementation((input) => Promise.resolve(ok(input as typeof practice)));
    api['auth.unlock'].mockResolvedValue(ok(session()));
    const { queryClient } = renderApp(api, '/settings/practice');

    const name = await screen.findByLabelText<HTMLInputElement>(/^Practice name/);
    fireEvent.change(name, { target: { value: 'Lakeside Family Medicine & Pediatrics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));

    expect(await screen.findByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
    // The form is still mounted (inert, under the overlay) and still holds the typed value; no error alert for LOCKED.
    expect(name.isConnected).toBe(true);
    expect(name.value).toBe('Lakeside Family Medicine & Pediatrics');
    expect(name.closest('[inert]')).not.toBeNull();
    expect(screen.queryByText('Not saved')).toBeNull();
    // Nothing cached survives the lock.
    expect(queryClient.getQueryData(['practice.get', {}])).toBeUndefined();

    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(lockHeading()).toBeNull());
    expect(api['auth.unlock']).toHaveBeenCalledWith({ password: 'correct horse battery' });
    expect(name.value).toBe('Lakeside Family Medicine & Pediatrics');
    expect(name.closest('[inert]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    expect(await screen.findByText('Practice details saved.')).toBeTruthy();
    expect(api['practice.update']).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'Lakeside Family Medicine & Pediatrics' }),
    );
  });

  it('keeps a half-filled dialog across a lock', async () => {
    const api = signedInApi();
    api['users.create'].mockResolvedValueOnce(locked());
    api['auth.unlock'].mockResolvedValue(ok(session()));
    renderApp(api, '/settings/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    fireEvent.change(screen.getByLabelText(/^Full name/), { target: { value: 'Frances Desk' } });
    fireEvent.change(screen.getByLabelText(/^Username/), { target: { value: 'frances' } });
    fireEvent.change(screen.getByLabelText(/^First password/), { target: { value: 'a long enough password' } });
    fireEvent.change(screen.getByLabelText(/^Confirm password/), { target: { value: 'a long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    await screen.findByRole('heading', { name: 'Locked — Dana Admin' });

    fireEvent.change(screen.getAllByLabelText(/^Password/).at(-1)!, { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(lockHeading()).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>(/^Full name/).value).toBe('Frances Desk');
  });

  it('shows the wrong-password message on unlock and can sign out instead', async () => {
    const api = signedInApi();
    api['auth.unlock'].mockResolvedValue(err({ code: 'RULE', rule: 'auth.invalidCredentials', message: 'bad' }));
    renderApp(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
    await waitFor(() => expect(api['auth.lock']).toHaveBeenCalledTimes(1));

    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'nope nope nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    // Only the locked user can be here: no riddle about the username.
    expect((await screen.findByTestId('error-alert')).textContent).toContain('Password is incorrect.');
    expect(screen.queryByText(/Username or password/)).toBeNull();

    api['app.status'].mockResolvedValue(
      ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api['auth.logout']).toHaveBeenCalledTimes(1);
    expect(api['auth.logout']).toHaveBeenCalledWith({});
  });

  it('locks on Ctrl+L, even while typing in a field', async () => {
    const api = signedInApi();
    renderApp(api, '/settings/practice');
    const name = await screen.findByLabelText(/^Practice name/);
    fireEvent.keyDown(name, { key: 'l', ctrlKey: true });
    expect(await screen.findByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
    expect(api['auth.lock']).toHaveBeenCalledTimes(1);
  });
});

describe('ended session', () => {
  // session.revoked: another process reset, re-passworded or deactivated the account.
  it.each(['session.required', 'session.revoked'])('goes back to sign-in when any call answers %s', async (rule) => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(err({ code: 'FORBIDDEN', rule, message: 'Sign in first.' }));
    api['app.status']
      .mockResolvedValueOnce(
        ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: session(), warnings: [] }),
      )
      .mockResolvedValue(
        ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
      );
    renderApp(api, '/settings/users');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api['app.status']).toHaveBeenCalledTimes(2);
  });
});
