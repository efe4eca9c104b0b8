// Notices › versions list: statuses per language, who may start drafts, where a new draft starts, retiring.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, ok, session, signedInApi } from './fake-api';
import { draftSummary, summary, version } from './notices-fixtures';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { renderFeature } from './render-app';

const frontDesk = session({
  user: { ...adminUser, id: 2, username: 'frances', fullName: 'Frances Desk', role: 'front_desk' },
});

const versions = [
  summary({
    id: 1,
    number: 1,
    status: 'retired',
    inEffect: false,
    effectiveDate: '2025-01-01',
    effectiveUntil: '2025-12-31',
    retiredOn: '2026-06-01',
  }),
  summary({
    id: 2,
    number: 2,
    status: 'superseded',
    inEffect: false,
    effectiveDate: '2026-01-01',
    effectiveUntil: '2026-05-31',
    changeSummary: 'New privacy officer',
    materialChange: false,
  }),
  summary({
    id: 3,
    number: 3,
    status: 'published',
    inEffect: true,
    effectiveDate: '2026-06-01',
    changeSummary: 'Part 2 statements',
    materialChange: true,
  }),
  summary({
    id: 4,
    number: 4,
    status: 'published',
    inEffect: false,
    effectiveDate: '2027-03-01',
    changeSummary: 'New address',
  }),
  draftSummary({ id: 5 }),
  summary({ id: 6, language: 'es', number: 1, effectiveDate: '2026-06-01' }),
];

const sectionOf = (name: string) => screen.getByRole('region', { name });
const rowOf = (section: HTMLElement, name: string) =>
  within(section).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('notices list', () => {
  it('shows every version of each language with its status, period, publication and hash', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await screen.findByRole('region', { name: 'English' });
    const status = (name: string) => within(rowOf(english, name)).getAllByRole('cell')[0]?.textContent;
    expect(status('Draft')).toBe('Draft');
    expect(status('Version 4')).toBe('Published');
    expect(status('Version 3')).toBe('In effect');
    expect(status('Version 2')).toBe('Superseded');
    expect(status('Version 1')).toBe('Retired');
    // Drafts first, then the newest number down.
    expect(
      within(english)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Draft', 'Version 4', 'Version 3', 'Version 2', 'Version 1']);
    const v2 = rowOf(english, 'Version 2');
    expect(v2.textContent).toContain('Jan 1, 2026 – May 31, 2026');
    expect(v2.textContent).toContain('Dec 15, 2025');
    expect(v2.textContent).toContain('by Dana Admin');
    expect(v2.textContent).toContain('New privacy officer');
    expect(v2.textContent).toContain('ab12cd34ef56');
    expect(rowOf(english, 'Version 4').textContent).toContain('From Mar 1, 2027');
    expect(within(english).getByRole('button', { name: 'Retire Version 2 (English)' })).toBeTruthy();
    expect(within(english).queryByRole('button', { name: 'Retire Version 3 (English)' })).toBeNull();
    expect(within(sectionOf('Español')).getByRole('rowheader', { name: 'Version 1' })).toBeTruthy();
  });

  it('opens the draft in progress on New draft, saying so, instead of starting a second one', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    const existing = version(draftSummary({ id: 5, baseVersionId: 3, baseVersionNumber: 3 }));
    api['notices.createDraft'].mockResolvedValue(ok({ draft: existing, existing: true }));
    api['notices.get'].mockResolvedValue(ok(existing));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(within(english).getByText(/A draft is in progress: New draft opens it/)).toBeTruthy();
    fireEvent.click(within(english).getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(api['notices.createDraft']).toHaveBeenCalledWith({ language: 'en', from: 'newest' }));
    expect(await screen.findByRole('heading', { name: 'English notice — draft' })).toBeTruthy();
    expect(screen.getByTestId('opened-existing').textContent).toContain('This English draft was already in progress');
    expect(screen.getByTestId('draft-origin').textContent).toMatch(/^Started by Dana Admin on .+, from version 3\.$/);
  });

  it('starts a new draft from the newest version, one scheduled for the future included, and names it', async () => {
    const api = signedInApi();
    const noDraft = versions.filter((v) => v.status !== 'draft');
    api['notices.list'].mockResolvedValue(ok(noDraft));
    const created = version(draftSummary({ id: 7, baseVersionId: 4, baseVersionNumber: 4 }));
    api['notices.createDraft'].mockResolvedValue(ok({ draft: created, existing: false }));
    api['notices.get'].mockResolvedValue(ok(created));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(
      within(english).getByText('A new draft starts from version 4 (takes effect Mar 1, 2027), the newest version.'),
    ).toBeTruthy();
    fireEvent.click(within(english).getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(api['notices.createDraft']).toHaveBeenCalledWith({ language: 'en', from: 'newest' }));
    expect(await screen.findByRole('heading', { name: 'English notice — draft' })).toBeTruthy();
    expect(screen.queryByTestId('opened-existing')).toBeNull();
    expect(screen.getByTestId('draft-origin').textContent).toContain('from version 4');
  });

  it('starts from the template when a language has no version yet', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok([]));
    const created = version(draftSummary({ id: 9, language: 'es' }));
    api['notices.createDraft'].mockResolvedValue(ok({ draft: created, existing: false }));
    api['notices.get'].mockResolvedValue(ok(created));
    renderFeature(api, '/notices', <NoticesPage />);
    const spanish = await screen.findByRole('region', { name: 'Español' });
    expect(
      within(spanish).getByText(
        'No Spanish notice is in effect today. Publish a version so that patients can be given one.',
      ),
    ).toBeTruthy();
    expect(within(spanish).getByText('A new draft starts from Privacy Desk’s template.')).toBeTruthy();
    fireEvent.click(within(spanish).getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(api['notices.createDraft']).toHaveBeenCalledWith({ language: 'es', from: 'newest' }));
    expect(await screen.findByTestId('draft-origin')).toBeTruthy();
    expect(screen.getByTestId('draft-origin').textContent).toContain('from Privacy Desk’s template');
  });

  it('gives the front desk the list and the PDFs only', async () => {
    const api = signedInApi(frontDesk);
    api['notices.list'].mockResolvedValue(ok(versions));
    renderFeature(api, '/notices', <NoticesPage />);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(within(rowOf(english, 'Version 3')).getAllByRole('cell')[0]?.textContent).toBe('In effect');
    expect(screen.queryByRole('button', { name: 'New draft' })).toBeNull();
    expect(screen.queryByRole('link', { name: /^(Open|Edit|Compare)/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Retire/ })).toBeNull();
    expect(within(english).queryByRole('rowheader', { name: 'Draft' })).toBeNull();
    expect(within(english).getByRole('button', { name: 'PDFs of Version 3 (English)' })).toBeTruthy();
  });

  it('sends the front desk back to the list from a version link', async () => {
    const api = signedInApi(frontDesk);
    api['notices.list'].mockResolvedValue(ok(versions));
    renderFeature(api, '/notices/3', <NoticesPage />);
    expect(await screen.findByRole('region', { name: 'English' })).toBeTruthy();
    expect(api['notices.get']).not.toHaveBeenCalled();
  });

  it('retires a superseded version after confirmation', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    api['notices.retire'].mockResolvedValue(ok({ ...versions[1]!, status: 'retired', retiredOn: '2026-11-29' }));
    renderFeature(api, '/notices', <NoticesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Retire Version 2 (English)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retire Version 2 (English)?' });
    expect(api['notices.retire']).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(api['notices.retire']).toHaveBeenCalledWith({ id: 2 }));
    expect(
      await screen.findByText('Version 2 (English) is retired. It stays on file and can still be printed.'),
    ).toBeTruthy();
  });
});
