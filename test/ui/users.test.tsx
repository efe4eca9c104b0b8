// Settings › Users: the table, the add-user dialog's input, editing name and role, deactivation with confirmation
// (never of one's own account), password reset, and the screen in Spanish.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../shared/contract/users';
import { adminUser, err, ok, session, signedInApi } from './fake-api';
import { UsersSettings } from '../../renderer/features/settings/users/UsersSettings';
import { renderFeature } from './render-app';

const frances: User = {
  id: 2,
  username: 'frances',
  fullName: 'Frances Desk',
  role: 'front_desk',
  active: true,
  createdAt: '2026-11-02T09:00:00.000-05:00',
  language: null,
  mustChangePassword: false,
};
const olga: User = {
  ...frances,
  id: 3,
  username: 'olga',
  fullName: 'Olga Former',
  role: 'privacy_officer',
  active: false,
};
/** A second administrator, so that Dana's own row is not the only admin row. */
const alma: User = { ...frances, id: 4, username: 'alma', fullName: 'Alma Admin', role: 'admin' };

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const rowOf = (username: string) => screen.getByRole('cell', { name: username }).closest('tr') as HTMLElement;

describe('users', () => {
  it('lists every account with role and status', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, frances, olga]));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(0, 4)).toEqual(['Username', 'Full name', 'Role', 'Status']);
    expect(within(rowOf('dana')).getByText('Administrator')).toBeTruthy();
    expect(within(rowOf('frances')).getByText('Front desk')).toBeTruthy();
    expect(within(rowOf('olga')).getByText('Privacy officer')).toBeTruthy();
    expect(within(rowOf('olga')).getByText('Inactive')).toBeTruthy();
    expect(within(rowOf('olga')).getByRole('button', { name: 'Reactivate olga' })).toBeTruthy();
    expect(within(rowOf('frances')).getByRole('button', { name: 'Deactivate frances' })).toBeTruthy();
  });

  it('adds a user with the parsed input and refreshes the table', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValueOnce(ok([adminUser])).mockResolvedValue(ok([adminUser, frances]));
    api['users.create'].mockResolvedValue(ok(frances));
    renderFeature(api, '/settings/users', <UsersSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });

    type(/^Full name/, ' Frances Desk ');
    type(/^Username/, 'Frances');
    type(/^Role/, 'privacy_officer');
    type(/^First password/, 'short');
    type(/^Confirm password/, 'short');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(within(dialog).getByText('Use at least 12 characters')).toBeTruthy();
    expect(api['users.create']).not.toHaveBeenCalled();

    type(/^First password/, 'a long enough password');
    type(/^Confirm password/, 'a long enough password');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(api['users.create']).toHaveBeenCalledTimes(1));
    expect(api['users.create']).toHaveBeenCalledWith({
      username: 'frances',
      fullName: 'Frances Desk',
      role: 'privacy_officer',
      password: 'a long enough password',
    });
    expect(
      await screen.findByText('Added Frances Desk (frances). They choose their own password at their first sign-in.'),
    ).toBeTruthy();
    expect(await screen.findByRole('cell', { name: 'frances' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Add user' })).toBeNull();
  });

  it('shows a taken username next to the field', async () => {
    const api = signedInApi();
    api['users.create'].mockResolvedValue(err({ code: 'RULE', rule: 'users.usernameTaken', message: 'taken' }));
    renderFeature(api, '/settings/users', <UsersSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    type(/^Full name/, 'Dana Two');
    type(/^Username/, 'dana');
    type(/^First password/, 'a long enough password');
    type(/^Confirm password/, 'a long enough password');
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    await screen.findByText('That username is already taken. Choose another.');
    expect(screen.getByLabelText(/^Username/).getAttribute('aria-invalid')).toBe('true');
  });

  it('deactivates only after confirmation, and explains the last-admin rule', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, alma, frances]));
    api['users.setActive']
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'users.lastAdmin', message: 'last admin' }))
      .mockResolvedValueOnce(ok({ ...frances, active: false }));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });

    fireEvent.click(within(rowOf('alma')).getByRole('button', { name: 'Deactivate alma' }));
    const first = await screen.findByRole('dialog', { name: 'Deactivate Alma Admin?' });
    expect(api['users.setActive']).not.toHaveBeenCalled();
    fireEvent.click(within(first).getByRole('button', { name: 'Deactivate' }));
    expect((await within(first).findByRole('alert')).textContent).toContain(
      'The practice must keep at least one active administrator, so that someone can always add users',
    );
    fireEvent.click(within(first).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(rowOf('frances')).getByRole('button', { name: 'Deactivate frances' }));
    const second = await screen.findByRole('dialog', { name: 'Deactivate Frances Desk?' });
    fireEvent.click(within(second).getByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText('Frances Desk is now inactive.')).toBeTruthy();
    expect(api['users.setActive']).toHaveBeenLastCalledWith({ userId: 2, active: false });
  });

  it('resets a password', async () => {
    const api = signedInApi(session());
    api['users.list'].mockResolvedValue(ok([adminUser, frances]));
    api['users.resetPassword'].mockResolvedValue(ok({ done: true }));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    fireEvent.click(within(rowOf('frances')).getByRole('button', { name: 'Reset password for frances' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset password for Frances Desk' });
    type(/^New password/, 'another long password');
    type(/^Confirm new password/, 'another long password');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(
      await screen.findByText('Password reset for Frances Desk. They choose their own at their next sign-in.'),
    ).toBeTruthy();
    expect(api['users.resetPassword']).toHaveBeenCalledWith({ userId: 2, newPassword: 'another long password' });
  });

  it('offers no Deactivate on your own row, and says why', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, frances]));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    expect(within(rowOf('dana')).queryByRole('button', { name: /Deactivate/ })).toBeNull();
    expect(within(rowOf('dana')).getByText('(you)')).toBeTruthy();
    expect(within(rowOf('dana')).getByRole('button', { name: 'Reset password for dana' })).toBeTruthy();
    expect(
      screen.getByText(/You cannot deactivate your own account, so that you cannot lock yourself out/),
    ).toBeTruthy();
  });

  it('shows who still has to choose their own password', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, { ...frances, mustChangePassword: true }]));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    expect(within(rowOf('frances')).getByText('Chooses a password at next sign-in')).toBeTruthy();
    expect(within(rowOf('dana')).queryByText('Chooses a password at next sign-in')).toBeNull();
  });

  it('changes a user’s name and role, with the core’s field messages beside the fields', async () => {
    const api = signedInApi();
    api['users.list']
      .mockResolvedValueOnce(ok([adminUser, frances]))
      .mockResolvedValue(ok([adminUser, { ...frances, fullName: 'Frances Lopez', role: 'privacy_officer' }]));
    api['users.update']
      .mockResolvedValueOnce(
        err({ code: 'VALIDATION', message: 'x', fields: [{ path: 'fullName', message: 'Required' }] }),
      )
      .mockResolvedValueOnce(ok({ ...frances, fullName: 'Frances Lopez', role: 'privacy_officer' }));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    fireEvent.click(within(rowOf('frances')).getByRole('button', { name: 'Edit frances' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Frances Desk' });
    expect(within(dialog).getByText(/A new role signs the user out/)).toBeTruthy();
    type(/^Full name/, '   ');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Required')).toBeTruthy();
    expect(api['users.update']).not.toHaveBeenCalled();

    type(/^Full name/, 'Frances Lopez');
    type(/^Role/, 'privacy_officer');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api['users.update']).toHaveBeenCalledTimes(1));
    expect(api['users.update']).toHaveBeenCalledWith({ userId: 2, fullName: 'Frances Lopez', role: 'privacy_officer' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved the changes to Frances Lopez.')).toBeTruthy();
    expect(await within(rowOf('frances')).findByText('Privacy officer')).toBeTruthy();
  });

  it('refuses to demote the last administrator with the reason', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, frances]));
    api['users.update'].mockResolvedValue(err({ code: 'RULE', rule: 'users.lastAdmin', message: 'last admin' }));
    renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'frances' });
    fireEvent.click(within(rowOf('dana')).getByRole('button', { name: 'Edit dana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Dana Admin' });
    expect(within(dialog).getByText(/A new role signs you out\. The practice must keep at least one/)).toBeTruthy();
    type(/^Role/, 'front_desk');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Make another user an administrator first.',
    );
  });

  it('speaks Spanish', async () => {
    const api = signedInApi();
    api['users.list'].mockResolvedValue(ok([adminUser, frances, olga]));
    renderFeature(api, '/settings/users', <UsersSettings />, { language: 'es' });
    await screen.findByRole('cell', { name: 'frances' });
    expect(screen.getByRole('button', { name: 'Agregar usuario' })).toBeTruthy();
    expect(within(rowOf('frances')).getByText('Recepción')).toBeTruthy();
    expect(within(rowOf('olga')).getByText('Inactiva')).toBeTruthy();
    expect(within(rowOf('frances')).getByRole('button', { name: 'Desactivar a frances' })).toBeTruthy();
  });
});
