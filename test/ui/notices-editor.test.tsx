// Notices › draft editor: the live checklist, saving, a refused publication that keeps the text, leaving with
// unsaved changes, discarding.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { err, ok, signedInApi } from './fake-api';
import { draftSummary, summary, version } from './notices-fixtures';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { renderApp, renderFeature } from './render-app';

const draft = version(draftSummary({ id: 5 }));

/** The draft's screen alone, or inside the whole app (`withFrame`) for leaving through the navbar. */
const openDraft = async ({ withFrame = false } = {}) => {
  const api = signedInApi();
  api['notices.list'].mockResolvedValue(ok([draftSummary({ id: 5 })]));
  api['notices.get'].mockResolvedValue(ok(draft));
  api['notices.updateDraft'].mockImplementation((input) => Promise.resolve(ok({ ...draft, content: input.content })));
  const view = withFrame ? renderApp(api, '/notices/5') : renderFeature(api, '/notices/5', <NoticesPage />);
  await screen.findByRole('heading', { name: 'English notice — draft' });
  return { api, view };
};

/**
 * A field by its label inside one part of the form (a label query over the whole notice form is slow in jsdom).
 * Titles are inputs and texts are text areas; tests read both through `.value`.
 */
const field = (part: string, label: string): HTMLTextAreaElement =>
  within(document.getElementById(`edit-${part}`)!).getByLabelText<HTMLTextAreaElement>(label);

const checklistRow = (label: string) => {
  const list = screen.getByRole('list', { name: 'Required elements' });
  return within(list).getByText(label).closest('li') as HTMLElement;
};

describe('notice draft editor', () => {
  it('shows the header as the fixed statement and lists every element with its citation', async () => {
    await openDraft();
    expect(field('header', 'Header statement').textContent).toBe(draft.content.header);
    expect(screen.getByText(/exact statement required by 164\.520\(b\)\(1\)\(i\)/)).toBeTruthy();
    expect(checklistRow('Complaints to us and to HHS; no retaliation').dataset['status']).toBe('present');
    const vacated = checklistRow('Reproductive health care: prohibited uses (vacated)');
    expect(vacated.textContent).toContain('Not required: vacated by Purl v. HHS (2025)');
    expect(checklistRow('Fundraising and how to opt out').textContent).toContain('Not applicable');
    expect(checklistRow('Effective date').textContent).toContain('You choose the effective date when you publish.');
    expect(screen.getByTestId('readability').textContent).toContain('Target: grade 8 or easier');
  });

  it('marks a required element missing, with its citation, as soon as its text is cleared', async () => {
    await openDraft();
    const row = () => checklistRow('Complaints to us and to HHS; no retaliation');
    expect(row().textContent).toContain('✓');
    fireEvent.change(field('complaints', 'Complaints: Text'), { target: { value: '' } });
    await waitFor(() => expect(row().dataset['status']).toBe('missing'));
    expect(row().textContent).toContain('✗');
    expect(row().textContent).toContain('Missing');
    expect(row().textContent).toContain('164.520(b)(1)(vi)');
    // Each fact the empty text no longer states is named under the row.
    const facts = within(row())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(facts).toContain('that you can complain to the practice');
    expect(facts).toContain('how to file a complaint with the practice');
    expect(facts).toContain('that you will not be retaliated against for complaining');
    expect(screen.getByText('1 missing')).toBeTruthy();
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('disables Publish while an element is missing, listing each as a link that moves focus to its field', async () => {
    const { api } = await openDraft();
    const publish = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Publish…' });
    expect(publish().disabled).toBe(false);
    fireEvent.change(field('complaints', 'Complaints: Text'), { target: { value: '' } });
    await waitFor(() => expect(publish().disabled).toBe(true));
    expect(document.getElementById('publish-blocked')?.textContent).toContain(
      '1 item needs fixing (a missing fact or a false claim)',
    );
    expect(publish().getAttribute('aria-describedby')).toBe('publish-blocked');
    fireEvent.click(publish());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api['notices.publish']).not.toHaveBeenCalled();

    const missing = screen.getByTestId('missing-list');
    fireEvent.click(within(missing).getByRole('button', { name: /Complaints to us and to HHS; no retaliation/ }));
    expect(document.activeElement).toBe(field('complaints', 'Complaints: Heading'));

    fireEvent.change(field('complaints', 'Complaints: Text'), {
      target: {
        value:
          'Complain to us: call {{privacyOfficer.phone}}. You can also complain to the U.S. Department of Health and Human Services. We will not retaliate.',
      },
    });
    await waitFor(() => expect(publish().disabled).toBe(false));
    expect(screen.queryByTestId('missing-list')).toBeNull();
  });

  it('shows a refusal from the core in the publish dialog without losing the text', async () => {
    const { api } = await openDraft();
    api['notices.publish'].mockResolvedValue(
      err({
        code: 'RULE',
        rule: 'notice.unknownPlaceholder',
        message: 'The text uses placeholders Privacy Desk does not know.',
        items: ['{{practice.fax}}'],
      }),
    );
    fireEvent.change(field('intro', 'Title'), { target: { value: 'Our privacy notice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    // Unsaved text is saved first, so what is published is what is on screen.
    await waitFor(() => expect(api['notices.updateDraft']).toHaveBeenCalledTimes(1));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the English notice' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Publish version 1' }));
    const alert = await within(dialog).findByTestId('error-alert');
    expect(alert.textContent).toContain('The text uses placeholders Privacy Desk does not know');
    expect(within(alert).getByRole('listitem').textContent).toBe('{{practice.fax}}');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field('intro', 'Title').value).toBe('Our privacy notice');
  });

  it('saves the edited content on Save and clears the unsaved mark; a refused save keeps the text', async () => {
    const { api } = await openDraft();
    fireEvent.change(field('tpo', 'Treatment example 1'), {
      target: { value: 'We send your X-ray to a specialist.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add treatment example' }));
    fireEvent.change(field('tpo', 'Treatment example 4'), { target: { value: 'A nurse reads your chart.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove treatment example 2' }));
    api['notices.updateDraft'].mockResolvedValueOnce(err({ code: 'INTERNAL', message: 'boom', correlationId: 'c-1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Something went wrong. Reference: c-1')).toBeTruthy();
    expect(screen.getByText('Not saved — your text is still here')).toBeTruthy();
    expect(field('tpo', 'Treatment example 1').value).toBe('We send your X-ray to a specialist.');
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    const sent = api['notices.updateDraft'].mock.calls.at(-1)?.[0];
    expect(sent?.id).toBe(5);
    expect(sent?.content.tpo.treatment.examples).toEqual([
      'We send your X-ray to a specialist.',
      draft.content.tpo.treatment.examples[2],
      'A nurse reads your chart.',
    ]);
  });

  it('says who started the draft from which version, and warns when a newer version was published since', async () => {
    const api = signedInApi();
    const outdated = draftSummary({ id: 5, baseVersionId: 3, baseVersionNumber: 3, baseOutdated: true });
    api['notices.list'].mockResolvedValue(
      ok([
        summary({ id: 3, number: 3, effectiveDate: '2026-06-01' }),
        summary({ id: 4, number: 4, inEffect: false, effectiveDate: '2027-03-01' }),
        outdated,
      ]),
    );
    api['notices.get'].mockResolvedValue(ok(version(outdated)));
    renderFeature(api, '/notices/5', <NoticesPage />);
    await screen.findByRole('heading', { name: 'English notice — draft' });
    expect(screen.getByTestId('draft-origin').textContent).toMatch(/^Started by Dana Admin on .+, from version 3\.$/);
    const warning = await screen.findByTestId('base-outdated');
    expect(warning.textContent).toContain(
      'Version 4 was published after this draft was started from version 3: compare before publishing',
    );
    fireEvent.click(within(warning).getByRole('button', { name: 'Compare with version 4' }));
    expect(await screen.findByRole('heading', { name: 'Compare versions' })).toBeTruthy();
    expect(window.location.hash).toBe('#/notices/compare?from=4&to=5');
  });

  it('inserts a placeholder at the caret of the last text box used', async () => {
    await openDraft();
    const intro = field('intro', 'Introduction');
    fireEvent.change(intro, { target: { value: 'Welcome to . Read on.' } });
    fireEvent.focus(intro);
    intro.setSelectionRange(11, 11);
    fireEvent.click(screen.getByRole('button', { name: 'Insert {{practice.name}}' }));
    await waitFor(() => expect(intro.value).toBe('Welcome to {{practice.name}}. Read on.'));
  });

  it('asks before leaving with unsaved changes, and discards only after confirmation', async () => {
    const { api } = await openDraft({ withFrame: true });
    api['notices.discardDraft'].mockResolvedValue(ok({ done: true }));
    fireEvent.change(field('intro', 'Title'), { target: { value: 'Changed' } });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Patients' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(leave).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field('intro', 'Title').value).toBe('Changed');

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this draft?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(api['notices.discardDraft']).toHaveBeenCalledWith({ id: 5 }));
    expect(await screen.findByRole('heading', { name: 'Notices', level: 1 })).toBeTruthy();
  });
});
