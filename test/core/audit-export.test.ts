// Export to CSV and print to PDF through dispatch: the filtered entries in words, a spreadsheet-safe CSV
// (RFC 4180 quoting, no formula can run), a readable PDF read back as text, each file itself audited, and a clear
// refusal when a file would hold too many entries.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { AUDIT_EXPORT_MAX, AUDIT_PRINT_MAX } from '../../shared/contract/audit';
import { csvCell } from '../../electron/core/audit/csv';
import { addUser, ANA, MARIA, openPractice, type Practice } from './audit-list-fixture';

let p: Practice;

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
};

const lastEntry = async () =>
  (await p.h.sql(sql`SELECT action, actor_id, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1`))[0];

beforeAll(async () => {
  p = await openPractice();
  // A name that a spreadsheet would run as a formula, with a comma and quotes to quote.
  await addUser(p.h, 'test:audit:mallory', {
    username: 'mallory',
    fullName: '=HYPERLINK("http://x.test","Click, me")',
    role: 'front_desk',
  });
  await p.h.value('patients.get', { id: p.janeId }, 'test:audit:mallory');
  await p.h.value('patients.get', { id: p.janeId }, MARIA);
});

afterAll(() => p.h.close());

describe('CSV export', () => {
  it('writes a header row and one row per filtered entry, newest first, with the sentence', async () => {
    const file = await p.h.value('audit.export', { language: 'en', filter: { action: 'patients.read' } }, ANA);
    expect(file.fileName).toBe('audit-log-2026-11-02.csv');
    expect(file.rows).toBe(2);
    const text = Buffer.from(file.csvBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true); // so a spreadsheet reads the UTF-8
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'Entry',
      'Time',
      'Time (UTC)',
      'User',
      'Username',
      'Action code',
      'What happened',
      'Record type',
      'Record ID',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      expect.stringMatching(/^\d+$/),
      '2026-11-02 09:00:00',
      '2026-11-02T15:00:00.000Z',
      'Maria Lopez',
      'maria',
      'patients.read',
      'Maria Lopez viewed patient Jane Doe, MRN A-1006',
      'patient',
      String(p.janeId),
    ]);
  });

  it('quotes commas and quotes, and turns a would-be formula into text', async () => {
    const file = await p.h.value('audit.export', { language: 'en', filter: { user: 'mallory' } }, ANA);
    const text = Buffer.from(file.csvBase64, 'base64').toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"",""Click, me"")"`);
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.map((r) => r[3])).toContain(`'=HYPERLINK("http://x.test","Click, me")`);
    // Each guarded start, and plain values untouched.
    expect(['=1+2', '+1', '-1', '@SUM(A1)', 'plain', 'a,b', 'line\nbreak'].map(csvCell)).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      'plain',
      '"a,b"',
      '"line\nbreak"',
    ]);
  });

  it('speaks the reader’s language', async () => {
    const file = await p.h.value('audit.export', { language: 'es', filter: { action: 'patients.read' } }, ANA);
    const text = Buffer.from(file.csvBase64, 'base64').toString('utf8');
    expect(text).toContain('Qué pasó');
    expect(text).toContain('Maria Lopez consultó al paciente Jane Doe, n.º de historial médico A-1006');
  });

  it('is itself audited, with the row count and the filters by id', async () => {
    await p.h.value('audit.export', { language: 'en', filter: { user: 'maria', from: '2026-11-01' } }, ANA);
    expect(await lastEntry()).toEqual({
      action: 'audit.export',
      actor_id: p.anaId,
      entity: 'audit_log',
      entity_id: expect.stringMatching(new RegExp(`^rows=\\d+;user=${p.mariaId};from=2026-11-01$`)),
    });
    const { entries } = await p.h.value('audit.list', { filter: { action: 'audit.export' }, limit: 1 }, ANA);
    const { auditSentence } = await import('../../shared/contract/audit');
    const { auditWords } = await import('../../electron/core/audit/words');
    expect(auditSentence(entries[0]!, auditWords('en'))).toMatch(
      new RegExp(`^Ana Ruiz exported \\d+ audit entries to a CSV file \\(user=${p.mariaId}, from=2026-11-01\\)$`),
    );
  });
});

describe('PDF print', () => {
  it('prints the practice, the filters, who generated it and when, the sentences and page numbers', async () => {
    const file = await p.h.value('audit.print', { language: 'en', filter: { action: 'patients.read' } }, ANA);
    expect(file.fileName).toBe('audit-log-2026-11-02.pdf');
    expect(file).toMatchObject({ rows: 2, pages: 1 });
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(file.pdfBase64, 'base64')));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Audit log');
    expect(flat).toContain('Filters: action patients.read');
    expect(flat).toMatch(/Generated November 2, 2026 (at )?9:00\sAM by Ana Ruiz/);
    expect(flat).toContain('America/Chicago');
    expect(flat).toContain('Maria Lopez viewed patient Jane Doe, MRN A-1006');
    expect(flat).toContain('Page 1 of 1');
    expect(await lastEntry()).toMatchObject({ action: 'audit.print', entity_id: 'rows=2;action=patients.read' });
  });

  it('runs onto more pages with numbers on each, in Spanish when asked', async () => {
    for (let i = 0; i < 80; i += 1) await p.h.value('patients.get', { id: p.janeId }, MARIA);
    const file = await p.h.value('audit.print', { language: 'es', filter: { action: 'patients.read' } }, ANA);
    expect(file.pages).toBeGreaterThan(1);
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(file.pdfBase64, 'base64')));
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text).toHaveLength(file.pages);
    text.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${file.pages}`));
    expect(text[0]).toContain('Registro de auditoría');
    expect(text[1]).toContain('Qué pasó'); // the column headings repeat on each page
  });
});

describe('too large', () => {
  it('refuses a file of more entries than the limit, and writes no entry for it', async () => {
    // Bulk rows straight into the table (not a valid chain: this database is only for the size rule).
    // One statement on either database: a recursive count from the next seq, AUDIT_EXPORT_MAX + 1 rows.
    await p.h.sql(sql`INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac)
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${AUDIT_EXPORT_MAX})
      SELECT (SELECT max(seq) FROM audit_log) + 1 + i, '2026-11-02T15:00:00.000Z', NULL, 'bulk.seed', 'none', NULL, '', ''
      FROM n`);
    const before = await lastEntry();
    const refused = await p.h.error('audit.export', { language: 'en', filter: { action: 'bulk.seed' } }, ANA);
    expect(refused).toMatchObject({ code: 'RULE', rule: 'audit.exportTooLarge', params: { limit: AUDIT_EXPORT_MAX } });
    const printRefused = await p.h.error('audit.print', { language: 'en', filter: { action: 'bulk.seed' } }, ANA);
    expect(printRefused).toMatchObject({ rule: 'audit.exportTooLarge', params: { limit: AUDIT_PRINT_MAX } });
    expect(await lastEntry()).toEqual(before);
    // Narrowed to fewer entries, the same export goes through.
    const narrowed = await p.h.value('audit.export', { language: 'en', filter: { action: 'patients.read' } }, ANA);
    expect(narrowed.rows).toBe(82);
  }, 60_000);
});
