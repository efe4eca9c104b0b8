// Notices in Spanish: the list and the editor read in Spanish for Spanish-speaking front-desk staff, and the
// language switches in place, without a reload, keeping what was typed in the editor.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { ok, signedInApi } from './fake-api';
import { draftSummary, summary, version } from './notices-fixtures';
import { renderFeature } from './render-app';

const versions = [
  summary({ id: 3, number: 3, effectiveDate: '2026-06-01', changeSummary: 'Part 2' }),
  draftSummary({ id: 5, baseVersionId: 3, baseVersionNumber: 3 }),
];

const draftApi = () => {
  const api = signedInApi();
  api['notices.list'].mockResolvedValue(ok(versions));
  api['notices.get'].mockResolvedValue(ok(version(versions[1]!)));
  return api;
};

/** What the app's language menu does: change the language of the running i18next instance. */
function Switch() {
  const { i18n } = useTranslation();
  return (
    <button type="button" onClick={() => void i18n.changeLanguage(i18n.language === 'es' ? 'en' : 'es')}>
      switch
    </button>
  );
}

describe('notices in Spanish', () => {
  it('shows the list in Spanish, each language named in itself', async () => {
    renderFeature(draftApi(), '/notices', <NoticesPage />, { language: 'es' });
    expect(await screen.findByRole('heading', { name: 'Avisos', level: 1 })).toBeTruthy();
    const english = await screen.findByRole('region', { name: 'English' });
    expect(screen.getByRole('region', { name: 'Español' })).toBeTruthy();
    expect(within(english).getByRole('button', { name: 'Nuevo borrador' })).toBeTruthy();
    expect(within(english).getByRole('columnheader', { name: 'Estado' })).toBeTruthy();
    const row = within(english).getByRole('rowheader', { name: 'Versión 3' }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('Vigente');
    expect(row.textContent).toContain('Desde el');
    expect(within(english).getByRole('rowheader', { name: 'Borrador' })).toBeTruthy();
    expect(screen.getByText(/Hoy no hay ningún aviso en español vigente/)).toBeTruthy();
  });

  it('shows the editor in Spanish: fields, checklist, save state and where the draft started', async () => {
    renderFeature(draftApi(), '/notices/5', <NoticesPage />, { language: 'es' });
    expect(await screen.findByRole('heading', { name: 'Aviso en inglés — borrador' })).toBeTruthy();
    expect(screen.getByTestId('save-state').textContent).toBe('Guardado');
    expect(screen.getByRole('button', { name: 'Publicar…' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lista de verificación' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Elementos obligatorios' }).textContent).toContain(
      'Quejas ante nosotros y ante HHS; sin represalias',
    );
    expect(screen.getByTestId('draft-origin').textContent).toMatch(
      /^Iniciado por Dana Admin el .+, a partir de la versión 3\.$/,
    );
    expect(within(document.getElementById('edit-complaints')!).getByLabelText('Quejas: Texto')).toBeTruthy();
  });

  it('switches language in place, keeping what was typed', async () => {
    renderFeature(
      draftApi(),
      '/notices/5',
      <>
        <Switch />
        <NoticesPage />
      </>,
    );
    await screen.findByRole('heading', { name: 'English notice — draft' });
    const title = () =>
      within(document.getElementById('edit-intro')!).getByRole<HTMLInputElement>('textbox', { name: /Title|Título/ });
    fireEvent.change(title(), { target: { value: 'Typed in English' } });
    fireEvent.click(screen.getByRole('button', { name: 'switch' }));
    expect(await screen.findByRole('heading', { name: 'Aviso en inglés — borrador' })).toBeTruthy();
    expect(title().value).toBe('Typed in English');
    expect(screen.getByTestId('save-state').textContent).toBe('Cambios sin guardar');
    expect(document.documentElement.lang).toBe('es');
    fireEvent.click(screen.getByRole('button', { name: 'switch' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'English notice — draft' })).toBeTruthy());
  });
});
