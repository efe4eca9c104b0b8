// Settings: practice details (the privacy officer's own form), idle-lock minutes, audit verification, who can see
// Settings at all; My account (language switched in place, own password); the change-password step after sign-in.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, err, ok, practice, session, signedInApi } from './fake-api';
import { AuditLogSettings } from '../../renderer/features/settings/audit/AuditLogSettings';
import { PracticeSettings } from '../../renderer/features/settings/PracticeSettings';
import { SecuritySettings } from '../../renderer/features/settings/SecuritySettings';
import { AccountSettings } from '../../renderer/features/settings/account/AccountSettings';
import { renderApp, renderFeature } from './render-app';

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('settings', () => {
  it('loads the practice, refuses a bad phone beside the field, saves and renames the header', async () => {
    const api = signedInApi();
    api['practice.update'].mockImplementation((input) =>
      Promise.resolve(ok({ ...practice, ...input } as typeof practice)),
    );
    renderApp(api, '/settings/practice');
    expect((await screen.findByLabelText<HTMLInputElement>(/^Practice name/)).value).toBe(practice.name);
    expect(screen.getByLabelText<HTMLInputElement>(/^Privacy officer email/).value).toBe(practice.privacyOfficer.email);
    expect(screen.getByLabelText<HTMLSelectElement>(/^Time zone/).value).toBe('America/Chicago');

    type(/^Phone/, '555-0100');
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    expect(screen.getByText(/^Enter a 10-digit US phone number, e\.g\. \(312\) 555-0147/)).toBeTruthy();
    expect(api['practice.update']).not.toHaveBeenCalled();

    type(/^Phone/, '(555) 201-9999');
    type(/^Practice name/, 'Lakeside Health');
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    expect(await screen.findByText('Practice details saved.')).toBeTruthy();
    expect(api['practice.update']).toHaveBeenCalledWith({
      ...practice,
      name: 'Lakeside Health',
      phone: '(555) 201-9999',
      // The form sends the checked values: the officer phone saved as 312-555-0143 goes in its one form, and the
      // Spanish title left empty as empty.
      privacyOfficer: { ...practice.privacyOfficer, phone: '(312) 555-0143', titleEs: '' },
    });
    expect(within(screen.getByRole('banner')).getByText('Lakeside Health')).toBeTruthy();
  });

  it("puts the core's VALIDATION messages next to their fields", async () => {
    const api = signedInApi();
    api['practice.update'].mockResolvedValue(
      err({
        code: 'VALIDATION',
        message: 'Invalid input',
        fields: [{ path: 'privacyOfficer.email', message: 'Enter an email address like name@example.org' }],
      }),
    );
    renderFeature(api, '/settings/practice', <PracticeSettings />);
    await screen.findByLabelText(/^Practice name/);
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Privacy officer email/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText('Enter an email address like name@example.org')).toBeTruthy();
  });

  it('keeps idle-lock minutes between 1 and 60', async () => {
    const api = signedInApi();
    api['settings.update'].mockResolvedValue(ok({ idleLockMinutes: 15 }));
    renderFeature(api, '/settings/security', <SecuritySettings />);
    const field = await screen.findByLabelText<HTMLInputElement>(/^Lock after \(minutes\)/);
    expect(field.value).toBe('10');
    fireEvent.change(field, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    expect(screen.getByText('At most 60 minutes')).toBeTruthy();
    expect(api['settings.update']).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    expect(await screen.findByText(/now locks after 15 minutes/)).toBeTruthy();
  });

  it('verifies the audit log and lists problems by entry', async () => {
    const api = signedInApi();
    api['audit.list'].mockResolvedValue(
      ok({
        entries: [
          {
            seq: 2,
            at: '2026-11-03T10:00:00.000-05:00',
            actorId: 1,
            actorName: 'Dana Admin',
            action: 'auth.login',
            entity: 'user',
            entityId: '1',
            subjectIds: null,
            actorUsername: null,
            subject: null,
          },
          {
            seq: 1,
            at: '2026-11-03T09:00:00.000-05:00',
            actorId: null,
            actorName: null,
            action: 'setup.initialize',
            entity: 'practice',
            entityId: null,
            subjectIds: null,
            actorUsername: null,
            subject: null,
          },
        ],
        older: false,
        newer: false,
      }),
    );
    api['audit.verify']
      .mockResolvedValueOnce(ok({ ok: true, entries: 2, head: { seq: 2, mac: 'ab12cd34' }, problems: [] }))
      .mockResolvedValueOnce(
        ok({
          ok: false,
          entries: 2,
          head: { seq: 2, mac: 'ab12cd34' },
          problems: [{ seq: 2, kind: 'mac', message: 'MAC does not match' }],
        }),
      );
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    expect(await screen.findByRole('cell', { name: 'Dana Admin signed in' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Someone' })).toBeTruthy();
    expect(api['audit.list']).toHaveBeenCalledWith({ limit: 50, beforeSeq: null, afterSeq: null, filter: {} });

    fireEvent.click(screen.getByRole('button', { name: 'Verify audit log' }));
    const okStatus = await screen.findByText(/All 2 entries are intact/);
    expect(okStatus.textContent).toContain('ab12cd34');

    fireEvent.click(screen.getByRole('button', { name: 'Verify audit log' }));
    expect(await screen.findByText('Entry #2: MAC does not match')).toBeTruthy();
  });

  it('shows front-desk staff only their own account in Settings', async () => {
    const api = signedInApi(session({ user: { ...adminUser, role: 'front_desk', fullName: 'Frances Desk' } }));
    renderApp(api, '/settings/users');
    // The users route does not exist for them: Settings holds only My account.
    expect(await screen.findByRole('tab', { name: 'My account', selected: true })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['My account']);
    expect(api['users.list']).not.toHaveBeenCalled();
  });

  it('navigates between areas from the navbar', async () => {
    renderApp(signedInApi());
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Notices' }));
    expect(await screen.findByRole('heading', { name: 'Notices' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Notices' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('tab', { name: 'Practice', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Users' }));
    expect(await screen.findByRole('button', { name: 'Add user' })).toBeTruthy();
  });

  it('shows a privacy officer only the officer contact details, and saves them alone', async () => {
    const officer = { ...adminUser, role: 'privacy_officer' as const, fullName: 'Olga Officer' };
    const api = signedInApi(session({ user: officer }));
    const saved = {
      ...practice,
      privacyOfficer: { ...practice.privacyOfficer, title: 'Privacy Lead', phone: '(312) 555-0147' },
    };
    api['practice.updatePrivacyOfficer'].mockResolvedValue(ok(saved));
    renderFeature(api, '/settings/practice', <PracticeSettings />);
    expect((await screen.findByLabelText<HTMLInputElement>(/^Privacy officer name/)).value).toBe(
      practice.privacyOfficer.name,
    );
    expect(screen.queryByLabelText(/^Practice name/)).toBeNull();
    expect(screen.getByText(/These contact details print in every notice/)).toBeTruthy();
    type(/^Privacy officer title/, 'Privacy Lead');
    type(/^Title in Spanish/, 'Responsable de privacidad');
    type(/^Privacy officer phone/, '312.555.0147');
    fireEvent.click(screen.getByRole('button', { name: 'Save privacy officer details' }));
    expect(await screen.findByText(/Privacy officer details saved/)).toBeTruthy();
    expect(api['practice.updatePrivacyOfficer']).toHaveBeenCalledWith({
      ...practice.privacyOfficer,
      title: 'Privacy Lead',
      titleEs: 'Responsable de privacidad',
      phone: '(312) 555-0147',
    });
    expect(api['practice.update']).not.toHaveBeenCalled();
  });

  it('says the idle-lock minutes with the right plural', async () => {
    const api = signedInApi();
    api['settings.update'].mockResolvedValue(ok({ idleLockMinutes: 1 }));
    renderFeature(api, '/settings/security', <SecuritySettings />);
    fireEvent.change(await screen.findByLabelText(/^Lock after \(minutes\)/), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save security settings' }));
    expect(await screen.findByText('Saved. Privacy Desk now locks after 1 minute without activity.')).toBeTruthy();
  });
});

describe('my account', () => {
  it('switches the screen to Spanish at once when the user chooses it, and sends the choice', async () => {
    const api = signedInApi();
    api['account.setLanguage'].mockImplementation(({ language }) =>
      Promise.resolve(ok(session({ user: { ...adminUser, language } }))),
    );
    renderFeature(api, '/settings/account', <AccountSettings />);
    expect(await screen.findByRole('heading', { name: 'My account' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Language of the screens/), { target: { value: 'es' } });
    expect(await screen.findByRole('heading', { name: 'Mi cuenta' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cambiar la contraseña' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(api['account.setLanguage']).toHaveBeenCalledWith({ language: 'es' });

    // "Same as this computer" clears the choice: this test computer speaks English.
    const select = screen.getByLabelText<HTMLSelectElement>(/^Idioma de las pantallas/);
    expect(select.value).toBe('es');
    fireEvent.change(select, { target: { value: 'computer' } });
    expect(await screen.findByRole('heading', { name: 'My account' })).toBeTruthy();
    expect(api['account.setLanguage']).toHaveBeenLastCalledWith({ language: null });
  });

  it('goes back to this computer’s language when a user with a choice of their own signs out', async () => {
    const api = signedInApi(session({ user: { ...adminUser, language: 'es' } }));
    renderApp(api, '/front-desk', { language: 'en' });
    const banner = await screen.findByRole('banner');
    api['app.status'].mockResolvedValue(
      ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: null, warnings: [] }),
    );
    fireEvent.click(await within(banner).findByRole('button', { name: 'Cerrar sesión' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('opens in the signed-in user’s own language, whatever this computer speaks', async () => {
    const api = signedInApi(session({ user: { ...adminUser, language: 'es' } }));
    renderFeature(api, '/settings/account', <AccountSettings />, { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Mi cuenta' })).toBeTruthy();
  });

  it('changes the user’s own password, refusing a mismatch before sending', async () => {
    const api = signedInApi();
    api['auth.changePassword']
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'auth.invalidCredentials', message: 'wrong' }))
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'auth.samePassword', message: 'same' }))
      .mockResolvedValueOnce(ok({ done: true }));
    renderFeature(api, '/settings/account', <AccountSettings />);
    await screen.findByRole('heading', { name: 'My account' });
    type(/^Current password/, 'my-old-password-1');
    type(/^New password/, 'my-new-password-22');
    type(/^Confirm new password/, 'my-new-password-2');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('The passwords do not match')).toBeTruthy();
    expect(api['auth.changePassword']).not.toHaveBeenCalled();
    type(/^Confirm new password/, 'my-new-password-22');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The current password is incorrect.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Choose a new password that is different from the current one.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed.')).toBeTruthy();
    expect(api['auth.changePassword']).toHaveBeenLastCalledWith({
      currentPassword: 'my-old-password-1',
      newPassword: 'my-new-password-22',
    });
  });
});

describe('a password an administrator set', () => {
  it('is replaced on its own screen right after sign-in, before the app opens', async () => {
    const fresh = { ...adminUser, role: 'front_desk' as const, fullName: 'Frances Desk', mustChangePassword: true };
    const api = signedInApi(session({ user: fresh, mustChangePassword: true }));
    api['auth.changePassword'].mockResolvedValue(ok({ done: true }));
    renderApp(api, '/front-desk');
    expect(await screen.findByRole('heading', { name: 'Choose your own password' })).toBeTruthy();
    expect(screen.getByText(/Frances Desk, an administrator set the password you signed in with/)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    type(/^Current password/, 'set-by-the-admin-1');
    type(/^New password/, 'chosen-by-myself-2');
    type(/^Confirm new password/, 'chosen-by-myself-2');
    fireEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Choose your own password' })).toBeNull();
  });

  it('can be left by signing out', async () => {
    const api = signedInApi(session({ mustChangePassword: true, user: { ...adminUser, mustChangePassword: true } }));
    renderApp(api, '/');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(api['auth.logout']).toHaveBeenCalled());
  });
});
