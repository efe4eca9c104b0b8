// Start-up routing by app.status, and the sign-in and unlock-database screens' error wording.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../shared/contract/users';
import { adminUser, err, fakeApi, ok, practice, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const signedOutApi = () => {
  const api = signedInApi();
  api['app.status'].mockResolvedValue(
    ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
  );
  return api;
};

const frontDesk: User = { ...adminUser, id: 7, username: 'frank', fullName: 'Frank Desk', role: 'front_desk' };

describe('sign in', () => {
  it('shows the invalid-credentials message and clears the password', async () => {
    const api = signedOutApi();
    api['auth.login'].mockResolvedValue(
      err({ code: 'RULE', rule: 'auth.invalidCredentials', message: 'invalid credentials' }),
    );
    renderApp(api);
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(screen.getByText(practice.name)).toBeTruthy();
    type(/^Username/, ' dana ');
    type(/^Password/, 'wrong password!');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Username or password is incorrect.');
    expect(api['auth.login']).toHaveBeenCalledWith({ username: 'dana', password: 'wrong password!' });
    expect(screen.getByLabelText<HTMLInputElement>(/^Password/).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(/^Username/).value).toBe(' dana ');
  });

  it('explains a locked-out account', async () => {
    const api = signedOutApi();
    api['auth.login'].mockResolvedValue(err({ code: 'RULE', rule: 'auth.accountLocked', message: 'locked' }));
    renderApp(api);
    await screen.findByRole('heading', { name: 'Sign in' });
    type(/^Username/, 'dana');
    type(/^Password/, 'whatever password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to reset the password.',
    );
  });

  it('asks for missing fields without calling the core, then signs in to the role’s home', async () => {
    const api = signedOutApi();
    api['auth.login'].mockResolvedValue(ok(session({ user: frontDesk })));
    renderApp(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your username')).toBeTruthy();
    expect(api['auth.login']).not.toHaveBeenCalled();
    type(/^Username/, 'frank');
    type(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Front desk' })).toBeTruthy();
    expect(screen.getByTestId('signed-in-user').textContent).toBe('Frank Desk');
  });

  it.each<[User['role'], string, RegExp]>([
    ['front_desk', '/front-desk', /^Front desk$/],
    ['privacy_officer', '/notices', /notice/i],
    ['admin', '/settings/practice', /^Settings$/],
  ])('lands %s on its home, never on the page the previous user left open', async (role, path, heading) => {
    const api = signedOutApi();
    api['auth.login'].mockResolvedValue(ok(session({ user: { ...frontDesk, role } })));
    // The previous user signed out (or was signed out) on the audit log.
    renderApp(api, '/settings/audit');
    await screen.findByRole('heading', { name: 'Sign in' });
    type(/^Username/, 'frank');
    type(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: heading, level: 1 })).toBeTruthy();
    expect(window.location.hash).toBe(`#${path}`);
  });

  it('switches to Spanish at once and remembers the choice on this computer', async () => {
    localStorage.clear();
    renderApp(signedOutApi());
    await screen.findByRole('heading', { name: 'Sign in' });
    fireEvent.click(screen.getByTestId('language-select'));
    fireEvent.click(await screen.findByRole('option', { name: 'Español' }));
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(screen.getByLabelText(/^Nombre de usuario/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('privacy-desk.language')).toBe('es');
    localStorage.clear();
  });

  it('shows a reference number for an INTERNAL error', async () => {
    const api = signedOutApi();
    api['auth.login'].mockResolvedValue(err({ code: 'INTERNAL', message: 'boom', correlationId: 'c0ffee42' }));
    renderApp(api);
    await screen.findByRole('heading', { name: 'Sign in' });
    type(/^Username/, 'dana');
    type(/^Password/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Reference: c0ffee42');
  });
});

describe('start-up', () => {
  it('asks for the practice passphrase when the database is sealed, and says when it is wrong', async () => {
    const api = fakeApi();
    api['app.status'].mockResolvedValue(
      ok({ database: 'sealed', setupRequired: false, practiceName: null, session: null, warnings: [] }),
    );
    api['app.unseal']
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'vault.wrongPassphrase', message: 'wrong' }))
      .mockResolvedValueOnce(
        ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
      );
    renderApp(api);
    await screen.findByRole('heading', { name: 'Unlock database' });
    type(/^Practice passphrase/, 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock database' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That passphrase does not open this database.');

    type(/^Practice passphrase/, 'river stone lantern 42');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock database' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api['app.unseal']).toHaveBeenLastCalledWith({ passphrase: 'river stone lantern 42' });
  });

  it('says Privacy Desk is not responding and retries', async () => {
    const api = signedInApi();
    api['app.status'].mockResolvedValueOnce(
      err({
        code: 'INTERNAL',
        message: 'Privacy Desk is not responding. Check that the app is still running, then try again.',
      }),
    );
    renderApp(api);
    expect((await screen.findByRole('alert')).textContent).toContain('Privacy Desk is not responding');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
  });

  it('opens on the lock screen when the session is already locked', async () => {
    renderApp(signedInApi(session({ locked: true })));
    expect(await screen.findByRole('heading', { name: 'Locked — Dana Admin' })).toBeTruthy();
  });
});
