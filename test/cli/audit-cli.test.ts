// The audit log from the command line: entries in words under the screen's filters, and the CSV and PDF files
// written where asked (each itself audited).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase, initArgs, runCommand, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-audit-cli-'));
let target: CliDatabase;
let auth: string[];

beforeAll(async () => {
  target = await cliDatabase(dir);
  auth = ['--db', target.db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await runCommand(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk audit', () => {
  it('lists entries in words, filtered by user and action, in English or Spanish', async () => {
    const r = await runCommand(...auth, 'audit', 'list', '--by-user', 'admin', '--action', 'auth.login');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^\s+\d+ {2}\S+ {2}Alex Admin signed in$/m);
    expect(r.out).not.toMatch(/set up the practice/);
    const es = await runCommand(...auth, 'audit', 'list', '--action', 'setup.initialize', '--lang', 'es');
    expect(es.out).toContain('Alex Admin configuró el consultorio en Privacy Desk');
    const none = await runCommand(...auth, 'audit', 'list', '--by-user', 'nobody-here');
    expect(none.out).toBe('No entries match.');
  });

  it('writes the filtered entries as CSV and PDF, and the log records both', async () => {
    const csv = join(dir, 'log.csv');
    const r = await runCommand(...auth, 'audit', 'export', '--action', 'auth.login', '--out', csv);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Wrote .*log\.csv \(\d+ entr(y|ies)\)\.$/);
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffEntry,Time,Time (UTC),User,Username,Action code,What happened,Record type,Record ID',
    );
    expect(text).toContain('Alex Admin signed in');

    const pdf = join(dir, 'log.pdf');
    const p = await runCommand(...auth, 'audit', 'print', '--from', '2020-01-01', '--out', pdf);
    expect(p.code, p.err).toBe(0);
    const { text: printed } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdf))), {
      mergePages: true,
    });
    expect(printed.replace(/\s+/g, ' ')).toContain('Filters: from 2020-01-01');

    const log = await runCommand(...auth, '--json', 'audit', 'list', '--record', 'audit_log');
    const actions = (JSON.parse(log.out) as { value: { entries: { action: string }[] } }).value.entries.map(
      (e) => e.action,
    );
    expect(actions.slice(0, 2)).toEqual(['audit.print', 'audit.export']);
  });

  it('refuses a bad filter as a usage error', async () => {
    const r = await runCommand(...auth, 'audit', 'list', '--from', '2026-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--from/);
  });
});
