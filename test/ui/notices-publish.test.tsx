// Notices › publishing a revision: effective date from today in the practice's time zone, the change summary and
// the required material-change answer, then the plain confirmation sentence and the exact input sent.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok, signedInApi } from './fake-api';
import { draftSummary, summary, version } from './notices-fixtures';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { renderFeature } from './render-app';

const published = [
  summary({
    id: 1,
    number: 1,
    effectiveDate: '2026-01-01',
    inEffect: false,
    status: 'superseded',
    effectiveUntil: '2026-05-31',
  }),
  summary({ id: 2, number: 2, effectiveDate: '2026-06-01' }),
];
const draft = version(draftSummary({ id: 7 }));

const openPublish = async () => {
  const api = signedInApi();
  api['notices.list'].mockResolvedValue(ok([...published, draftSummary({ id: 7 })]));
  api['notices.get'].mockResolvedValue(ok(draft));
  renderFeature(api, '/notices/7', <NoticesPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Publish…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Publish the English notice' });
  return { api, dialog };
};

describe('publishing a notice revision', () => {
  beforeEach(() => {
    // 04:30 UTC on Nov 21 is still Nov 20 in Chicago: "today" must be the practice's date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T04:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('requires the change summary and the material-change answer, then states plainly what will happen', async () => {
    const { api, dialog } = await openPublish();
    const date = within(dialog).getByLabelText<HTMLInputElement>('Effective date');
    expect(date.value).toBe('2026-11-20');
    expect(date.min).toBe('2026-11-20');

    fireEvent.change(date, { target: { value: '2026-11-19' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(within(dialog).getByText(/Choose today \(Nov 20, 2026\) or a later date/)).toBeTruthy();
    expect(within(dialog).getByText('Describe what changed in this revision.')).toBeTruthy();
    expect(within(dialog).getByText('Answer whether this revision is a material change.')).toBeTruthy();

    fireEvent.change(date, { target: { value: '2027-03-01' } });
    fireEvent.change(within(dialog).getByLabelText('What changed'), {
      target: { value: ' New privacy officer phone ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    // Still no answer to the material-change question: no confirmation yet.
    expect(within(dialog).getByText('Answer whether this revision is a material change.')).toBeTruthy();
    expect(within(dialog).queryByTestId('publish-confirmation')).toBeNull();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'No' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect((await within(dialog).findByTestId('publish-confirmation')).textContent).toBe(
      'Version 3 of the English notice will take effect on Mar 1, 2027 and cannot be changed after publishing.',
    );
    expect(api['notices.publish']).not.toHaveBeenCalled();

    api['notices.publish'].mockResolvedValue(
      ok({
        ...draft,
        number: 3,
        status: 'published',
        effectiveDate: '2027-03-01',
        publishedOn: '2026-11-20',
        changeSummary: 'New privacy officer phone',
        materialChange: false,
        contentHash: 'f'.repeat(64),
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    await waitFor(() =>
      expect(api['notices.publish']).toHaveBeenCalledWith({
        id: 7,
        effectiveDate: '2027-03-01',
        changeSummary: 'New privacy officer phone',
        materialChange: false,
      }),
    );
    expect(await screen.findByText('Version 3 (English) is published. It takes effect on Mar 1, 2027.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'English notice — version 3' })).toBeTruthy();
  });

  it('shows a date refusal from the core beside the effective date, keeping the answers', async () => {
    const { api, dialog } = await openPublish();
    api['notices.publish'].mockResolvedValue(
      err({
        code: 'RULE',
        rule: 'notice.effectiveDateOrder',
        message: 'Another version takes effect on 2026-06-01; choose 2026-11-21 or later.',
        params: { earliestDate: '2026-11-21' },
      }),
    );
    fireEvent.change(within(dialog).getByLabelText('What changed'), { target: { value: 'Typo fixes' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect((await within(dialog).findByTestId('publish-confirmation')).textContent).toContain(
      'take effect on Nov 20, 2026',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    expect(
      await within(dialog).findByText(/Another version of this notice already takes effect on or after that date/),
    ).toBeTruthy();
    // The refusal names the earliest date allowed, in the reader's words.
    expect(within(dialog).getByText(/Choose Nov 21, 2026 or later/)).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('What changed').value).toBe('Typo fixes');
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
  });
});
