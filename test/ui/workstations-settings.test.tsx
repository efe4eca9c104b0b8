// Settings › Workstations: an administrator exports the enrolment file for another workstation (asking for the
// practice passphrase again), saved as a download, with what to do with it; a practice on this computer only is
// told there is nothing to join.
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

interface Download {
  download: string;
  blob: Blob;
}
let downloads: Download[] = [];
let blobs: Blob[] = [];

beforeEach(() => {
  downloads = [];
  blobs = [];
  // jsdom has no object URLs and cannot follow a download link: record both instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:file-${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ download: this.download, blob: blobs.at(-1)! });
  });
});
afterEach(() => vi.restoreAllMocks());

const PASSPHRASE = 'river stone lantern 42';

describe('Settings › Workstations', () => {
  it('exports the enrolment file after the passphrase is typed again, and says what to do with it', async () => {
    const api = signedInApi();
    api['workstation.exportEnrolment'].mockResolvedValue(
      ok({
        fileName: 'privacy-desk-enrolment-practice.json',
        content: '{"privacyDeskEnrolment":1}',
        server: 'privacydesk@db.lakeside.example:5432/practice',
      }),
    );
    renderApp(api, '/settings/workstations');
    await screen.findByRole('heading', { name: 'Workstations' });
    expect(screen.getByRole('tab', { name: 'Workstations', selected: true })).toBeTruthy();
    // Nothing is asked of the core until the administrator types the passphrase.
    expect(api['workstation.exportEnrolment']).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Export an enrolment file…' }));
    expect(screen.getByText('Enter the practice passphrase')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Practice passphrase/), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export an enrolment file…' }));
    expect(screen.getByText('Use at least 12 characters')).toBeTruthy();
    expect(api['workstation.exportEnrolment']).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Practice passphrase/), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Export an enrolment file…' }));

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(
      'Saved privacy-desk-enrolment-practice.json, for the server privacydesk@db.lakeside.example:5432/practice.',
    );
    expect(status.textContent).toContain('first-time setup');
    expect(status.textContent).toContain('delete the file');
    expect(api['workstation.exportEnrolment']).toHaveBeenCalledWith({ passphrase: PASSPHRASE });
    expect(downloads.map((d) => d.download)).toEqual(['privacy-desk-enrolment-practice.json']);
    expect(await downloads[0]?.blob.text()).toBe('{"privacyDeskEnrolment":1}');
    expect(screen.getByLabelText<HTMLInputElement>(/^Practice passphrase/).value).toBe('');
  });

  it('says a wrong passphrase in words', async () => {
    const api = signedInApi();
    api['workstation.exportEnrolment'].mockResolvedValue(
      err({ code: 'RULE', rule: 'vault.wrongPassphrase', message: 'wrong' }),
    );
    renderApp(api, '/settings/workstations');
    fireEvent.change(await screen.findByLabelText(/^Practice passphrase/), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Export an enrolment file…' }));
    expect(await screen.findByText('That passphrase does not open this database.')).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it('on a practice kept on this computer only, says there is nothing to join (in Spanish too)', async () => {
    const api = signedInApi(session({ user: { ...session().user, language: 'es' } }));
    api['workstation.exportEnrolment'].mockResolvedValue(
      err({ code: 'RULE', rule: 'enrol.localDatabase', message: 'local' }),
    );
    renderApp(api, '/settings/workstations', { language: 'es' });
    await screen.findByRole('heading', { name: 'Estaciones de trabajo' });
    expect(screen.getByText(/Several workstations/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Frase de contraseña del consultorio/), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Exportar un archivo de inscripción…' }));

    expect(await screen.findByText('Los datos de este consultorio están solo en esta computadora')).toBeTruthy();
    expect(screen.getByText(/no hay nada a lo que otra estación de trabajo pueda unirse/)).toBeTruthy();
    // Nothing left to export here.
    expect(screen.queryByRole('button', { name: 'Exportar un archivo de inscripción…' })).toBeNull();
    expect(downloads).toEqual([]);
  });

  it('is an administrator’s tab only', async () => {
    const api = signedInApi(session({ user: { ...session().user, role: 'front_desk' } }));
    renderApp(api, '/settings/account');
    await screen.findByRole('tab', { name: 'My account' });
    expect(screen.queryByRole('tab', { name: 'Workstations' })).toBeNull();
  });
});
