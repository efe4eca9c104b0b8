// The print options of `privacy-desk notice pdf`: the poster on tabloid (--paper tabloid, 11 × 17 in) or
// letter, --paper refused for the other kinds, the layered notice (--kind layered, the old "summary" name
// still accepted for scripts written before), and the file names that say which edition a file is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/domain/dates';
import { cliDatabase, initArgs, runCommand as run, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-notice-print-'));
let target: CliDatabase;
let auth: string[];

/** Page size in points and page count, read back with pdf.js. */
const paperOf = async (path: string): Promise<{ width: number; height: number; pages: number }> => {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { width, height, pages: doc.numPages };
};

const pdf = (out: string, ...options: string[]) =>
  run(...auth, 'notice', 'pdf', '--version', 'current', '--lang', 'en', '--out', join(dir, out), ...options);

beforeAll(async () => {
  target = await cliDatabase(dir);
  auth = ['--db', target.db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  expect((await run(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'))).code).toBe(0);
  const file = join(dir, 'publish.json');
  const today = localDate(new Date(), 'America/Chicago');
  writeFileSync(file, JSON.stringify({ language: 'en', content: 'template', effectiveDate: today }));
  const published = await run(...auth, 'notice', 'publish', '--from', file);
  expect(published.code, published.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk notice pdf print options', () => {
  it('prints the poster on tabloid with --paper tabloid, and on letter by default', async () => {
    const tabloid = await pdf('poster-tabloid.pdf', '--kind', 'poster', '--paper', 'tabloid', '--json');
    expect(tabloid.code, tabloid.err).toBe(0);
    expect(JSON.parse(tabloid.out).value).toMatchObject({ pages: 1, fileName: 'notice-poster-tabloid-en-v1.pdf' });
    expect(await paperOf(join(dir, 'poster-tabloid.pdf'))).toEqual({ width: 792, height: 1224, pages: 1 });

    expect((await pdf('poster.pdf', '--kind', 'poster')).code).toBe(0);
    expect(await paperOf(join(dir, 'poster.pdf'))).toEqual({ width: 612, height: 792, pages: 1 });
  });

  it('refuses an unknown paper, and tabloid for anything but the poster', async () => {
    const a4 = await pdf('x.pdf', '--kind', 'poster', '--paper', 'a4');
    expect(a4.code).toBe(2);
    expect(a4.err).toContain('--paper must be one of: letter, tabloid.');
    const full = await pdf('x.pdf', '--kind', 'full', '--paper', 'tabloid');
    expect(full.code).toBe(2);
    expect(full.err).toContain('--paper is for the poster (--kind poster) only.');
  });

  it('writes the layered notice (summary, then the full notice), also when asked for by its old name', async () => {
    const layered = await pdf('layered.pdf', '--kind', 'layered', '--json');
    expect(layered.code, layered.err).toBe(0);
    expect(JSON.parse(layered.out).value.fileName).toBe('notice-layered-en-v1.pdf');
    const full = await pdf('full.pdf', '--kind', 'full', '--json');
    const { pages } = await paperOf(join(dir, 'layered.pdf'));
    expect(pages).toBeGreaterThan(JSON.parse(full.out).value.pages);
    const old = await pdf('summary.pdf', '--kind', 'summary', '--json');
    expect(old.code, old.err).toBe(0);
    expect(JSON.parse(old.out).value.fileName).toBe('notice-layered-en-v1.pdf');
  });
});
