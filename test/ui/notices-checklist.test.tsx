// Notices › draft editor › checklist: the rows read the text (issue 8). A defect names each missing fact under
// its row in the user's language; a known false claim gets its own row naming the rule it contradicts, leads to
// the passage, and keeps the publish dialog from publishing, as the core's gate does.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/notice-content';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { ok, signedInApi } from './fake-api';
import { draftSummary, version } from './notices-fixtures';
import { renderFeature } from './render-app';

const openDraft = async ({
  ui = 'en',
  notice = 'en',
  header,
}: { ui?: Language; notice?: Language; header?: string } = {}) => {
  const api = signedInApi();
  const summary = draftSummary({ id: 5, language: notice });
  const draft = version(summary, notice);
  if (header) draft.content.header = header;
  api['notices.list'].mockResolvedValue(ok([summary]));
  api['notices.get'].mockResolvedValue(ok(draft));
  api['notices.updateDraft'].mockImplementation((input) => Promise.resolve(ok({ ...draft, content: input.content })));
  renderFeature(api, '/notices/5', <NoticesPage />, { language: ui });
  await screen.findByRole('button', { name: ui === 'en' ? 'Publish…' : 'Publicar…' });
  return { api, draft };
};

const field = (part: string, label: string): HTMLTextAreaElement =>
  within(document.getElementById(`edit-${part}`)!).getByLabelText<HTMLTextAreaElement>(label);

const rowOf = (key: string): HTMLElement | null => document.querySelector<HTMLElement>(`[data-checklist-key="${key}"]`);

describe('the checklist reads the text', () => {
  it('names the missing fact under the row: duties without breach notification', async () => {
    await openDraft();
    fireEvent.change(field('duties', 'Duties: Protect information, give this notice, notify after a breach'), {
      target: { value: 'The law requires us to keep your health information private. We must give you this notice.' },
    });
    await waitFor(() => expect(rowOf('duty_privacy_notice_breach')?.dataset['status']).toBe('missing'));
    expect(rowOf('duty_privacy_notice_breach')?.textContent).toContain(
      'notifying you after a breach of unsecured information',
    );
    expect(screen.getByText('1 missing')).toBeTruthy();
  });

  it('shows the missing facts of an English notice in Spanish to a Spanish-speaking user', async () => {
    await openDraft({ ui: 'es', notice: 'en' });
    fireEvent.change(field('complaints', 'Quejas: Texto'), { target: { value: 'You can complain to HHS.' } });
    await waitFor(() => expect(rowOf('complaints')?.dataset['status']).toBe('missing'));
    const facts = within(rowOf('complaints')!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(facts).toEqual([
      'que usted puede presentar una queja ante el consultorio',
      'cómo presentar una queja ante el consultorio',
      'que no habrá represalias por presentar una queja',
    ]);
  });

  it('refuses a false claim with its own row naming the rule, and the publish dialog lists it', async () => {
    const { api } = await openDraft();
    const how = field('rights-access', 'Right to a copy: How to use it');
    fireEvent.change(how, { target: { value: `${how.value}\n\nWe will give you your records within 15 days.` } });
    await waitFor(() => expect(rowOf('claim.access_15_days')?.dataset['status']).toBe('false_claim'));
    const row = rowOf('claim.access_15_days')!;
    expect(row.textContent).toContain('Says patients get their records within 15 days');
    expect(row.textContent).toContain('False claim');
    expect(row.textContent).toContain('164.524(b)(2)(i)');
    expect(row.textContent).toContain('never adopted');
    expect(row.textContent).toContain('We will give you your records within 15 days.');
    expect(screen.getByText('1 to fix')).toBeTruthy();

    // The row leads to the passage.
    fireEvent.click(within(row).getByRole('button', { name: 'Says patients get their records within 15 days' }));
    expect(document.activeElement).toBe(field('rights-access', 'Right to a copy: Heading'));

    // A false claim stops publication like a missing fact: Publish… is disabled and says why.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Publish…' }).disabled).toBe(true);
    expect(document.getElementById('publish-blocked')?.textContent).toContain('1 item needs fixing');
    expect(api['notices.publish']).not.toHaveBeenCalled();
  });

  it('accepts HHS’s own Spanish header in a Spanish notice', async () => {
    await openDraft({
      notice: 'es',
      header:
        'ESTA NOTIFICACIÓN DESCRIBE CÓMO PUEDE UTILIZARSE Y DIVULGARSE SU INFORMACIÓN MÉDICA Y CÓMO PUEDE USTED ACCEDER A ESTA INFORMACIÓN. REVÍSELA CUIDADOSAMENTE.',
    });
    expect(rowOf('header')?.dataset['status']).toBe('present');
    expect(screen.getByText('Complete')).toBeTruthy();
    // The header box does not call a faithful translation wrong, nor offer to replace it.
    expect(screen.queryByRole('button', { name: 'Use the required statement' })).toBeNull();
    expect(screen.getByText(/a Spanish notice prints a faithful translation/)).toBeTruthy();
  });
});
