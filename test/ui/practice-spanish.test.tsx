// The practice side of notices in the UI: the Part 2 setting's wider wording and its one-sentence explanation at
// setup, the privacy officer's Spanish title beside the English one, and in the versions list the flag for a
// language behind the other and a draft laid out like the other language's notice.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, practice, signedInApi } from './fake-api';
import { draftSummary, summary, version } from './notices-fixtures';
import { renderApp, renderFeature } from './render-app';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { PracticeSettings } from '../../renderer/features/settings/PracticeSettings';

const newDatabase = () => {
  const api = fakeApi();
  api['app.status'].mockResolvedValue(
    ok({ database: 'new', setupRequired: true, practiceName: null, session: null, warnings: [] }),
  );
  return api;
};

describe('the Part 2 setting', () => {
  it('covers records the practice receives as well as keeps, and setup explains which records count', async () => {
    renderApp(newDatabase());
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    const box = screen.getByRole('checkbox', {
      name: 'The practice receives or keeps records covered by 42 CFR Part 2',
    });
    const help = document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(help).toMatch(/substance use disorder treatment records from a Part 2 program/);
    expect(help).toMatch(/received on referral/);
  });

  it('reads the same in Spanish in Settings › Practice', async () => {
    renderFeature(signedInApi(), '/settings/practice', <PracticeSettings />, { language: 'es' });
    expect(
      await screen.findByRole('checkbox', {
        name: 'El consultorio recibe o guarda registros protegidos por 42 CFR Parte 2',
      }),
    ).toBeTruthy();
  });
});

describe('the privacy officer’s title in Spanish', () => {
  it('sits beside the English title in Settings › Practice, saved with the practice', async () => {
    const api = signedInApi();
    api['practice.update'].mockResolvedValue(ok(practice));
    renderFeature(api, '/settings/practice', <PracticeSettings />);
    const english = await screen.findByLabelText<HTMLInputElement>(/^Privacy officer title/);
    const spanish = screen.getByLabelText<HTMLInputElement>(/^Title in Spanish/);
    expect(english.value).toBe(practice.privacyOfficer.title);
    expect(spanish.value).toBe('');
    expect(spanish.getAttribute('lang')).toBe('es');
    const help = document.getElementById(spanish.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(help).toBe('Printed on Spanish notices; if left empty, they print the English title.');
    fireEvent.change(spanish, { target: { value: 'Gerente del consultorio' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    await waitFor(() =>
      expect(api['practice.update']).toHaveBeenCalledWith(
        expect.objectContaining({
          privacyOfficer: expect.objectContaining({ title: 'Practice Manager', titleEs: 'Gerente del consultorio' }),
        }),
      ),
    );
  });

  it('is labelled in Spanish, with one term for the privacy officer', async () => {
    renderFeature(signedInApi(), '/settings/practice', <PracticeSettings />, { language: 'es' });
    expect(await screen.findByLabelText(/^Cargo de la persona encargada de privacidad/)).toBeTruthy();
    expect(screen.getByLabelText(/^Cargo en español/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Persona encargada de privacidad' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/oficial de privacidad/i);
  });
});

describe('languages in step in the versions list', () => {
  // English changed (version 2, from Mar 1, 2027) after the newest Spanish version (from Jun 1, 2026).
  const versions = [
    summary({ id: 1, number: 1, status: 'published', inEffect: true, effectiveDate: '2026-06-01' }),
    summary({ id: 2, number: 2, status: 'published', inEffect: false, effectiveDate: '2027-03-01' }),
    summary({ id: 3, language: 'es', number: 1, inEffect: true, effectiveDate: '2026-06-01' }),
  ];

  it('flags the Spanish notice as behind the English one, and only that one', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    renderFeature(api, '/notices', <NoticesPage />);
    const spanish = await screen.findByRole('region', { name: 'Español' });
    expect(within(spanish).getByText('Behind the English notice')).toBeTruthy();
    expect(
      within(spanish).getByText(
        'English version 2 (takes effect Mar 1, 2027) is newer than version 1 of this language. Check whether this notice needs the same change.',
      ),
    ).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'English' })).queryByText(/^Behind the/)).toBeNull();
  });

  it('says so in Spanish', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    renderFeature(api, '/notices', <NoticesPage />, { language: 'es' });
    const spanish = await screen.findByRole('region', { name: 'Español' });
    expect(within(spanish).getByText('Atrasado respecto al aviso en inglés')).toBeTruthy();
    expect(within(spanish).getByText(/La versión 2 en inglés \(entra en vigencia el/)).toBeTruthy();
  });

  it('is in step once Spanish follows', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(
      ok([...versions, summary({ id: 4, language: 'es', number: 2, inEffect: false, effectiveDate: '2027-03-01' })]),
    );
    renderFeature(api, '/notices', <NoticesPage />);
    await screen.findByRole('region', { name: 'Español' });
    expect(screen.queryByText(/^Behind the/)).toBeNull();
  });

  it('starts a Spanish draft laid out like the English notice', async () => {
    const api = signedInApi();
    api['notices.list'].mockResolvedValue(ok(versions));
    const created = version(draftSummary({ id: 9, language: 'es' }));
    api['notices.createDraft'].mockResolvedValue(ok({ draft: created, existing: false }));
    api['notices.get'].mockResolvedValue(ok(created));
    renderFeature(api, '/notices', <NoticesPage />);
    const spanish = await screen.findByRole('region', { name: 'Español' });
    const button = within(spanish).getByRole('button', { name: 'New draft like the English notice' });
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described).toBe(
      'Or start from Privacy Desk’s template in this language, including the same purposes as English version 2.',
    );
    fireEvent.click(button);
    await waitFor(() =>
      expect(api['notices.createDraft']).toHaveBeenCalledWith({ language: 'es', from: 'other-language' }),
    );
    expect(await screen.findByTestId('draft-origin')).toBeTruthy();
  });

  it('offers it only when the other language has a version and no draft of this language is in progress', async () => {
    const api = signedInApi();
    // A Spanish draft is in progress: New draft opens it, so there is nothing to start.
    api['notices.list'].mockResolvedValue(ok([...versions, draftSummary({ id: 8, language: 'es' })]));
    const view = renderFeature(api, '/notices', <NoticesPage />);
    const spanish = await screen.findByRole('region', { name: 'Español' });
    expect(within(spanish).queryByRole('button', { name: /^New draft like the/ })).toBeNull();
    // English may start like the Spanish notice (the same menu for both languages).
    const english = screen.getByRole('region', { name: 'English' });
    expect(within(english).getByRole('button', { name: 'New draft like the Spanish notice' })).toBeTruthy();
    view.unmount();

    // No English version yet: nothing to lay the Spanish draft out like.
    api['notices.list'].mockResolvedValue(ok([versions[2]!]));
    renderFeature(api, '/notices', <NoticesPage />);
    const alone = await screen.findByRole('region', { name: 'Español' });
    expect(within(alone).queryByRole('button', { name: /^New draft like the/ })).toBeNull();
  });
});
