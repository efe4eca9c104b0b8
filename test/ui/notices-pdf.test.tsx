// Notices › PDFs: Save PDF asks the core for the right edition and hands the decoded bytes to a download.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminUser, err, ok, session, signedInApi } from './fake-api';
import { summary, version } from './notices-fixtures';
import { NoticesPage } from '../../renderer/features/notices/NoticesPage';
import { renderFeature } from './render-app';

const PDF_BYTES = '%PDF-1.7 test';
const published = summary({ id: 3, number: 3 });

interface Download {
  href: string;
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
      return `blob:pdf-${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.href, download: this.download, blob: blobs.at(-1)! });
  });
});
afterEach(() => vi.restoreAllMocks());

const pdfApi = (info = session()) => {
  const api = signedInApi(info);
  api['notices.list'].mockResolvedValue(ok([published]));
  api['notices.get'].mockResolvedValue(ok(version(published)));
  api['notices.pdf'].mockResolvedValue(ok({ fileName: 'notice-full-en-v3.pdf', pdfBase64: btoa(PDF_BYTES), pages: 4 }));
  return api;
};

describe('notice PDFs', () => {
  it('saves the full notice of a version as a download of the decoded PDF', async () => {
    const api = pdfApi();
    renderFeature(api, '/notices/3', <NoticesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save PDF: Full notice' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'full' });
    expect(downloads[0]?.download).toBe('notice-full-en-v3.pdf');
    expect(downloads[0]?.href).toBe('blob:pdf-1');
    expect(downloads[0]?.blob.type).toBe('application/pdf');
    expect(await downloads[0]?.blob.text()).toBe(PDF_BYTES);
    expect(await screen.findByText('PDF ready: notice-full-en-v3.pdf, 4 pages.')).toBeTruthy();
  });

  it('shows progress while the PDF renders, and a refusal instead of a download', async () => {
    const api = pdfApi();
    let answer: (r: Awaited<ReturnType<(typeof api)['notices.pdf']>>) => void = () => undefined;
    api['notices.pdf'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    renderFeature(api, '/notices/3', <NoticesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save PDF: Large print' }));
    expect(await screen.findByText('Preparing the PDF: Large print…')).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Save PDF: Waiting-room poster on letter paper' }).disabled,
    ).toBe(true);
    answer(err({ code: 'RULE', rule: 'notice.noneInEffect', message: 'No English notice is in effect today.' }));
    expect(await screen.findByText('No notice in this language is in effect today. Publish one first.')).toBeTruthy();
    expect(downloads).toHaveLength(0);
    expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'large-print' });
  });

  it('lets the front desk save any edition from the list, the layered notice and the poster on either paper', async () => {
    const api = pdfApi(session({ user: { ...adminUser, role: 'front_desk' } }));
    api['notices.pdf'].mockResolvedValue(
      ok({ fileName: 'notice-layered-en-v3.pdf', pdfBase64: btoa(PDF_BYTES), pages: 11 }),
    );
    renderFeature(api, '/notices', <NoticesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'PDFs of Version 3 (English)' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: /summary/i })).toBeNull();
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Layered notice' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'layered' });
    expect(downloads[0]?.download).toBe('notice-layered-en-v3.pdf');

    fireEvent.click(screen.getByRole('button', { name: 'PDFs of Version 3 (English)' }));
    fireEvent.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Waiting-room poster, tabloid' }),
    );
    await waitFor(() =>
      expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'poster', paper: 'tabloid' }),
    );
  });

  it('prints the poster on the paper chosen, and says the full notice must be posted too', async () => {
    const api = pdfApi();
    renderFeature(api, '/notices/3', <NoticesPage />);
    expect(await screen.findByText(/post the full notice too \(45 CFR 164\.520\(c\)\(2\)\(iii\)\(B\)\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save PDF: Waiting-room poster on letter paper' }));
    await waitFor(() =>
      expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'poster', paper: 'letter' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    fireEvent.click(screen.getByRole('radio', { name: 'Tabloid (11 × 17 in)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save PDF: Waiting-room poster on tabloid paper' }));
    await waitFor(() =>
      expect(api['notices.pdf']).toHaveBeenCalledWith({ version: 3, language: 'en', kind: 'poster', paper: 'tabloid' }),
    );
  });

  it('offers the paper sizes in Spanish', async () => {
    renderFeature(pdfApi(), '/notices/3', <NoticesPage />, { language: 'es' });
    expect(await screen.findByRole('radio', { name: 'Tabloide (11 × 17 pulg.)' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Guardar PDF: Cartel para la sala de espera en papel carta' }),
    ).toBeTruthy();
  });
});
