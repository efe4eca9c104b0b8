// Notices › withdrawing a scheduled version before it takes effect: offered to managers only and only while the
// version is scheduled, with a required reason; a withdrawn version shows who, when and why, never as in effect.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { adminUser, ok, session, signedInApi } from './fake-api';
import { summary, version } from './notices-fixtures';
import { renderFeature } from './render-app';

const inEffect = summary({ id: 3, number: 3, effectiveDate: '2026-06-01' });
const scheduled = summary({
  id: 4,
  number: 4,
  inEffect: false,
  effectiveDate: '2027-03-01',
  publishedOn: '2026-11-10',
  changeSummary: 'New address',
});
const withdrawn = {
  ...scheduled,
  status: 'withdrawn' as const,
  withdrawnOn: '2026-11-20',
  withdrawnBy: 'Dana Admin',
  withdrawnReason: 'Wrong privacy officer phone number',
};

const englishRegion = () => screen.findByRole('region', { name: 'English' });
const rowOf = (section: HTMLElement, name: string) =>
  within(section).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('withdrawing a scheduled notice version', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T18:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('withdraws a scheduled version with a required reason', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok([inEffect, scheduled]));
    api['notices.withdraw'].mockResolvedValue(ok(withdrawn));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await englishRegion();
    // Only the scheduled one: the version in effect may already have been handed to patients.
    expect(within(english).queryByRole('button', { name: 'Withdraw Version 3 (English)' })).toBeNull();
    fireEvent.click(await within(english).findByRole('button', { name: 'Withdraw Version 4 (English)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw Version 4 (English)?' });
    expect(dialog.textContent).toContain('scheduled to take effect on Mar 1, 2027');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw this version' }));
    expect(await within(dialog).findByText('Say why this version is withdrawn.')).toBeTruthy();
    expect(api['notices.withdraw']).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), {
      target: { value: ' Wrong privacy officer phone number ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw this version' }));
    await waitFor(() =>
      expect(api['notices.withdraw']).toHaveBeenCalledWith({ id: 4, reason: 'Wrong privacy officer phone number' }),
    );
    expect(
      await screen.findByText('Version 4 (English) is withdrawn. It stays on file and will not take effect.'),
    ).toBeTruthy();
  });

  it('does not offer Withdraw to the front desk', async () => {
    const api = signedInApi(session({ user: { ...adminUser, role: 'front_desk' } }));
    api['notices.list'].mockResolvedValue(ok([inEffect, scheduled]));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await englishRegion();
    await within(english).findByRole('button', { name: 'PDFs of Version 4 (English)' });
    expect(screen.queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });

  it('shows a withdrawn version as withdrawn, with who, when and why, in the list and on its page', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok([inEffect, withdrawn]));
    api['notices.get'].mockResolvedValue(ok(version(withdrawn)));
    const view = renderFeature(api, '/notices', <NoticesPage />);
    const english = await englishRegion();
    const row = rowOf(english, 'Version 4');
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('Withdrawn');
    expect(row.textContent).toContain('Withdrawn on Nov 20, 2026 by Dana Admin: Wrong privacy officer phone number');
    expect(within(row).queryByRole('button', { name: /^Withdraw/ })).toBeNull();
    view.unmount();

    renderFeature(api, '/notices/4', <NoticesPage />);
    const record = await screen.findByRole('table', { name: 'The record of Version 4 (English)' });
    expect(within(record).getByText('Never in effect (withdrawn)')).toBeTruthy();
    expect(within(record).getByTestId('withdrawn-note').textContent).toBe(
      'Withdrawn on Nov 20, 2026 by Dana Admin: Wrong privacy officer phone number',
    );
    expect(within(record).getByRole('rowheader', { name: 'Reference code' })).toBeTruthy();
    expect(screen.queryByText(/SHA-256/)).toBeNull();
  });
});
