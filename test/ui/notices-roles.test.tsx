// Roles around the Notices area: privacy officers manage notices and, in Settings, see only the audit log
// (the contract lets them verify and read it); administrators keep every Settings page.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, ok, session, signedInApi } from './fake-api';
import { summary } from './notices-fixtures';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { renderApp, renderFeature } from './render-app';

const officer = session({
  user: { ...adminUser, id: 3, username: 'pat', fullName: 'Pat Officer', role: 'privacy_officer' },
});

describe('roles and the notices area', () => {
  it('lets a privacy officer start drafts', async () => {
    const api = signedInApi(officer);
    api['notices.list'].mockResolvedValue(ok([summary()]));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(within(english).getByRole('button', { name: 'New draft' })).toBeTruthy();
    expect(within(english).getByRole('link', { name: 'Open Version 1 (English)' })).toBeTruthy();
  });

  it('shows a privacy officer the officer details, the audit log and their account in Settings', async () => {
    const api = signedInApi(officer);
    renderApp(api, '/settings/users');
    // The users page is not theirs: any other Settings page leads to the first tab they may open.
    expect(await screen.findByRole('tab', { name: 'Practice', selected: true })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Practice', 'Audit log', 'My account']);
    expect(api['users.list']).not.toHaveBeenCalled();
    expect(api['practice.update']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('tab', { name: 'Audit log' }));
    expect(await screen.findByRole('button', { name: 'Verify audit log' })).toBeTruthy();
  });

  it('keeps every Settings page for administrators', async () => {
    renderApp(signedInApi(), '/settings/audit');
    expect(await screen.findByRole('button', { name: 'Verify audit log' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Practice',
      'Security',
      'Users',
      'Audit log',
      'Workstations',
      'My account',
    ]);
  });
});
