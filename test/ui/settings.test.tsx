// Settings: practice details, idle-lock minutes, audit verification, and who can see Settings at all.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, err, ok, practice, session, signedInApi } from './fake-api';
import { AuditLogSettings } from '../../renderer/features/settings/audit/AuditLogSettings';
import { PracticeSettings } from '../../renderer/features/settings/PracticeSettings';
import { SecuritySettings } from '../../renderer/features/settings/SecuritySettings';
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
      // The form sends the checked values: the officer phone saved as 312-555-0143 goes in its one form.
      privacyOfficer: { ...practice.privacyOfficer, phone: '(312) 555-0143' },
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
      ok([
        {
          seq: 2,
          at: '2026-11-03T10:00:00.000-05:00',
          actorId: 1,
          actorName: 'Dana Admin',
          action: 'auth.login',
          entity: 'user',
          entityId: '1',
          subjectIds: null,
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
        },
      ]),
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
    expect(await screen.findByRole('cell', { name: 'auth.login' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'System' })).toBeTruthy();
    expect(api['audit.list']).toHaveBeenCalledWith({ limit: 100, beforeSeq: null });

    fireEvent.click(screen.getByRole('button', { name: 'Verify audit log' }));
    const okStatus = await screen.findByText(/All 2 entries are intact/);
    expect(okStatus.textContent).toContain('ab12cd34');

    fireEvent.click(screen.getByRole('button', { name: 'Verify audit log' }));
    expect(await screen.findByText('Entry #2: MAC does not match')).toBeTruthy();
  });

  it('is hidden from users who are not administrators', async () => {
    const api = signedInApi(session({ user: { ...adminUser, role: 'front_desk', fullName: 'Frances Desk' } }));
    renderApp(api, '/settings/users');
    // The route does not exist for them: they land on the front desk, and the navbar has no Settings link.
    expect(await screen.findByRole('heading', { name: 'Front desk' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Settings' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Requests' })).toBeTruthy();
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
});
