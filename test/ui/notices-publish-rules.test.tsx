// The publish dialog on its own, over the fake api: it follows the shared publication rules (publishViolations),
// including the two the dialog once left to the core: at most a year ahead, and after the latest version's date.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoticeVersionSummary } from '../../shared/contract/notices';
import { publishViolations } from '../../shared/domain/notice-lifecycle';
import { AppProviders, createQueryClient } from '../../renderer/App';
import { PublishModal } from '../../renderer/features/notices/PublishModal';
import { EMPTY_PUBLISH, RULE_FIELD, type PublishValues } from '../../renderer/features/notices/publish-form';
import { asApi, signedInApi } from './fake-api';
import { draftSummary, summary } from './notices-fixtures';

// Today is 2026-11-20 in Chicago. Version 3 is published and scheduled: it takes effect on 2026-12-15.
const TODAY = '2026-11-20';
const versions: NoticeVersionSummary[] = [
  summary({ id: 1, number: 1, effectiveDate: '2026-01-01', status: 'superseded', inEffect: false }),
  summary({ id: 2, number: 2, effectiveDate: '2026-06-01', effectiveUntil: '2026-12-14' }),
  summary({ id: 3, number: 3, effectiveDate: '2026-12-15', publishedOn: '2026-11-10', inEffect: false }),
  draftSummary({ id: 7 }),
];

function Dialog() {
  const [values, setValues] = useState<PublishValues>(EMPTY_PUBLISH);
  return (
    <PublishModal
      opened
      draft={{ id: 7, language: 'en' }}
      versions={versions}
      checklist={[]}
      values={values}
      setValues={(change) => setValues(change)}
      onClose={() => undefined}
      onPublished={() => undefined}
    />
  );
}

const openDialog = async () => {
  const api = signedInApi();
  render(
    <AppProviders api={asApi(api)} queryClient={createQueryClient()} mantineEnv="test" language="en">
      <Dialog />
    </AppProviders>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Publish the English notice' });
  const date = await within(dialog).findByLabelText<HTMLInputElement>('Effective date');
  // A complete revision apart from the date under test.
  fireEvent.change(within(dialog).getByLabelText('What changed'), { target: { value: 'New phone number' } });
  fireEvent.click(within(dialog).getByRole('radio', { name: 'No' }));
  /** Sets the date and presses Continue: the confirmation, or the words beside the date field. */
  const tryDate = (value: string): { confirmed: boolean; dateError: string | null } => {
    fireEvent.change(within(dialog).getByLabelText('Effective date'), { target: { value } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    const confirmation = within(dialog).queryByTestId('publish-confirmation');
    if (confirmation) {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
      return { confirmed: true, dateError: null };
    }
    const field = within(dialog).getByLabelText('Effective date');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const error = describedBy.map((id) => document.getElementById(id)).find((el) => el?.id.includes('error'));
    return { confirmed: false, dateError: error?.textContent ?? null };
  };
  return { api, dialog, date, tryDate };
};

describe('the publish dialog follows the shared publication rules', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T04:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('refuses a date more than a year ahead, and offers the last allowed day', async () => {
    const { api, date, tryDate } = await openDialog();
    expect(date.max).toBe('2027-11-20');
    expect(tryDate('2027-11-21')).toEqual({
      confirmed: false,
      dateError:
        'Choose Nov 20, 2027 or an earlier date: a version can be scheduled up to a year ahead. Check the year.',
    });
    expect(tryDate('2027-11-20').confirmed).toBe(true);
    expect(api['notices.publish']).not.toHaveBeenCalled();
  });

  it('refuses a date on or before the latest published version’s, naming that date', async () => {
    const { api, tryDate } = await openDialog();
    expect(tryDate('2026-12-15')).toEqual({
      confirmed: false,
      dateError:
        'Choose a date after Dec 15, 2026, when the latest published version takes effect, so that exactly one version is in effect on each day.',
    });
    expect(tryDate('2026-12-16').confirmed).toBe(true);
    expect(api['notices.publish']).not.toHaveBeenCalled();
  });

  it('says the earliest allowed date before publishing, and starts the date field on it', async () => {
    const { dialog, date } = await openDialog();
    // Version 3 takes effect on Dec 15, so the earliest is the day after, not today.
    expect(within(dialog).getByTestId('earliest-date').textContent).toBe(
      'The earliest effective date allowed is Dec 16, 2026, the day after the latest published version takes effect, so that exactly one version is in effect on each day.',
    );
    expect(date.min).toBe('2026-12-16');
  });

  it('lets through exactly the dates the core’s rule accepts', async () => {
    const { tryDate } = await openDialog();
    const others = versions.filter((v) => v.id !== 7);
    for (const effectiveDate of [
      '2026-11-19',
      TODAY,
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2027-06-30',
      '2027-11-20',
      '2027-11-21',
      '2031-01-01',
    ]) {
      const core = publishViolations({
        language: 'en',
        effectiveDate,
        today: TODAY,
        changeSummary: 'New phone number',
        materialChange: false,
        versions: others,
      });
      const refused = core.some((v) => RULE_FIELD[v.rule] === 'effectiveDate');
      expect(tryDate(effectiveDate).confirmed, effectiveDate).toBe(!refused);
    }
  });
});
