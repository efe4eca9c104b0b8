// Settings › Audit log in jsdom over the fake api: the entries told in words, the filters sent to audit.list,
// keyset paging, CSV and PDF saved as downloads, the verify result's plural, and the screen in Spanish.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { AuditLogSettings } from '../../renderer/features/settings/audit/AuditLogSettings';
import { err, ok, signedInApi, type FakeApi } from './fake-api';
import { renderFeature } from './render-app';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-11-03T15:00:00.000Z',
  actorId: 2,
  actorName: 'Maria Lopez',
  actorUsername: 'maria',
  action: 'patients.read',
  entity: 'patient',
  entityId: '6',
  subjectIds: null,
  subject: { name: 'Jane Doe', username: null, mrn: 'A-1006', number: null, language: null },
  ...over,
});

const ENTRIES: AuditEntry[] = [
  entry({ seq: 12 }),
  entry({
    seq: 11,
    actorId: 3,
    actorName: 'Ana Ruiz',
    actorUsername: 'ana',
    action: 'notices.publish',
    entity: 'notice_version',
    entityId: '9',
    subject: { name: null, username: null, mrn: null, number: 3, language: 'en' },
  }),
  entry({
    seq: 10,
    actorId: null,
    actorName: null,
    actorUsername: null,
    action: 'auth.login.failed',
    entity: 'user',
    entityId: '4',
    subject: { name: 'Bob Smith', username: 'bob', mrn: null, number: null, language: null },
  }),
];

const auditApi = (): FakeApi => {
  const api = signedInApi();
  api['audit.list'].mockResolvedValue(ok({ entries: ENTRIES, older: true, newer: false }));
  return api;
};

const lastListInput = (api: FakeApi) => api['audit.list'].mock.calls.at(-1)?.[0];

let downloads: { download: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  let last: Blob | null = null;
  // jsdom has no object URLs and cannot follow a download link: record both instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => {
      last = blob;
      return 'blob:audit';
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ download: this.download, blob: last! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the audit log screen', () => {
  it('tells each entry in words, newest first, with who and when', async () => {
    const api = auditApi();
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    expect(await screen.findByRole('cell', { name: 'Maria Lopez viewed patient Jane Doe, MRN A-1006' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Ana Ruiz published notice version 3 (English)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Sign-in failed for username “bob”' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Someone' })).toBeTruthy();
    expect(lastListInput(api)).toEqual({ limit: 50, beforeSeq: null, afterSeq: null, filter: {} });
  });

  it('sends the filters to audit.list when asked to show entries, and clears them', async () => {
    const api = auditApi();
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    await screen.findByRole('cell', { name: /viewed patient/ });
    fireEvent.change(screen.getByLabelText(/^User/), { target: { value: ' maria ' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'patients.read' } });
    fireEvent.change(screen.getByLabelText('Record'), { target: { value: 'patient' } });
    fireEvent.change(screen.getByLabelText('Patient MRN'), { target: { value: 'A-1006' } });
    fireEvent.change(screen.getByLabelText('From (day)'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('To (day)'), { target: { value: '2026-11-30' } });
    expect(api['audit.list']).toHaveBeenCalledTimes(1); // nothing is queried while typing
    fireEvent.click(screen.getByRole('button', { name: 'Show entries' }));
    await waitFor(() =>
      expect(lastListInput(api)).toEqual({
        limit: 50,
        beforeSeq: null,
        afterSeq: null,
        filter: {
          user: 'maria',
          action: 'patients.read',
          record: { kind: 'patient', mrn: 'A-1006' },
          from: '2026-11-01',
          to: '2026-11-30',
        },
      }),
    );
    // Clearing goes back to the unfiltered page (already read once, so served from the query cache).
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/^User/).value).toBe(''));
    expect(screen.getByLabelText<HTMLSelectElement>('Record').value).toBe('');
    expect(screen.queryByLabelText('Patient MRN')).toBeNull();
  });

  it('pages by entry number: Older below the last row, Newer above the first', async () => {
    const api = auditApi();
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    await screen.findByRole('cell', { name: /viewed patient/ });
    const paging = screen.getByRole('navigation', { name: 'Pages of entries' });
    expect(within(paging).getByRole('button', { name: 'Newer' })).toHaveProperty('disabled', true);
    api['audit.list'].mockResolvedValue(ok({ entries: [entry({ seq: 9 })], older: false, newer: true }));
    fireEvent.click(within(paging).getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(lastListInput(api)).toMatchObject({ beforeSeq: 10, afterSeq: null }));
    await waitFor(() => expect(within(paging).getByRole('button', { name: 'Older' })).toHaveProperty('disabled', true));
    fireEvent.click(within(paging).getByRole('button', { name: 'Newer' }));
    await waitFor(() => expect(lastListInput(api)).toMatchObject({ beforeSeq: null, afterSeq: 9 }));
  });

  it('saves the filtered entries as CSV and as PDF, and shows a refusal in words', async () => {
    const api = auditApi();
    api['audit.export'].mockResolvedValue(
      ok({ fileName: 'audit-log-2026-11-03.csv', csvBase64: btoa('Entry,Time\r\n'), rows: 3 }),
    );
    api['audit.print'].mockResolvedValueOnce(
      err({ code: 'RULE', rule: 'audit.exportTooLarge', message: 'too many', params: { limit: 5000 } }),
    );
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    await screen.findByRole('cell', { name: /viewed patient/ });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'patients.read' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show entries' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(api['audit.export']).toHaveBeenCalledWith({ language: 'en', filter: { action: 'patients.read' } });
    expect(downloads[0]!.download).toBe('audit-log-2026-11-03.csv');
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect(await screen.findByText('Saved audit-log-2026-11-03.csv: 3 entries.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Print to PDF' }));
    expect(await screen.findByText(/More than 5,000 entries match/)).toBeTruthy();
    expect(downloads).toHaveLength(1);
  });

  it('says “the one entry is intact” for one entry, and counts more', async () => {
    const api = auditApi();
    api['audit.verify']
      .mockResolvedValueOnce(ok({ ok: true, entries: 1, head: { seq: 1, mac: 'ab12' }, problems: [] }))
      .mockResolvedValueOnce(ok({ ok: true, entries: 1200, head: { seq: 1200, mac: 'cd34' }, problems: [] }))
      .mockResolvedValueOnce(
        ok({ ok: false, entries: 2, head: null, problems: [{ seq: 2, kind: 'mac', message: 'It was altered.' }] }),
      );
    renderFeature(api, '/settings/audit', <AuditLogSettings />);
    const verify = await screen.findByRole('button', { name: 'Verify audit log' });
    fireEvent.click(verify);
    expect((await screen.findByRole('status')).textContent).toContain('The one entry is intact.');
    fireEvent.click(verify);
    expect(await screen.findByText(/All 1,200 entries are intact\./)).toBeTruthy();
    fireEvent.click(verify);
    expect(await screen.findByText(/1 problem found in 2 entries/)).toBeTruthy();
    expect(screen.getByText('Entry #2: It was altered.')).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    const api = auditApi();
    renderFeature(api, '/settings/audit', <AuditLogSettings />, { language: 'es' });
    expect(
      await screen.findByRole('cell', {
        name: 'Maria Lopez consultó al paciente Jane Doe, n.º de historial médico A-1006',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Ana Ruiz publicó la versión 3 del aviso (inglés)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Registro de auditoría' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar CSV' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Qué pasó' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir en PDF' }));
    await waitFor(() => expect(api['audit.print']).toHaveBeenCalledWith({ language: 'es', filter: {} }));
  });
});
