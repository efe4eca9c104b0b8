// The notice from the command line, as a practice manager would check it: a fresh database publishes the
// default template in both languages, every PDF kind is written, and its text carries what the rule requires.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { HEADER_STATEMENT } from '../../shared/domain/notice-elements';
import { longDate, localDate } from '../../shared/domain/dates';
import { PDF_KINDS, type Language } from '../../shared/contract';
import { cliDatabase, initArgs, runCommand, type CliDatabase } from '../support/cli-runner';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { systemClock } from '../../electron/core/clock';
import { openCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-notice-cli-'));
let target: CliDatabase;
let auth: string[];
const today = localDate(new Date(), 'America/Chicago');
const practice = setupInput().practice;

const run = runCommand;

const pdfText = async (path: string): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(path))), { mergePages: true });
  return text.replace(/\s+/g, ' ');
};

const publishFile = (name: string, body: object): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
};

beforeAll(async () => {
  target = await cliDatabase(dir);
  auth = ['--db', target.db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(practice));
  const init = await run(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk notice', () => {
  it('refuses to publish a notice missing an element, names it, and leaves no draft behind', async () => {
    const content = defaultTemplate('en');
    content.rights.access.how = '';
    const r = await run(
      ...auth,
      'notice',
      'publish',
      '--from',
      publishFile('bad.json', { language: 'en', content, effectiveDate: today }),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('Right to see and get a copy (164.520(b)(1)(iv)(C))');
    expect((await run(...auth, 'notice', 'list')).out).toBe('No notice versions yet.');
  });

  it.each(['en', 'es'] as const)('publishes the default %s template on a fresh practice', async (language) => {
    const r = await run(
      ...auth,
      'notice',
      'publish',
      '--from',
      publishFile(`${language}.json`, { language, content: 'template', effectiveDate: today }),
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Published ${language} version 1, effective ${today}`);
  });

  it.each(['en', 'es'] as const)(
    'writes every kind of %s PDF with the header, effective date and contact',
    async (language: Language) => {
      for (const kind of PDF_KINDS) {
        const out = join(dir, `${language}-${kind}.pdf`);
        const r = await run(
          ...auth,
          'notice',
          'pdf',
          '--version',
          'current',
          '--lang',
          language,
          '--kind',
          kind,
          '--out',
          out,
        );
        expect(r.code, r.err).toBe(0);
        const text = await pdfText(out);
        if (kind !== 'tpo') expect(text, kind).toContain(HEADER_STATEMENT[language]);
        expect(text, kind).toContain(longDate(today, language));
        // Saved as 312-555-0143; printed in the one US form.
        expect(text, kind).toContain('(312) 555-0143');
        expect(text, kind).toContain(practice.privacyOfficer.name);
      }
    },
  );

  it.each(['en', 'es'] as const)(
    'prints in the full %s notice an example of each of treatment, payment and operations, every right and the HHS route',
    async (language) => {
      const text = await pdfText(join(dir, `${language}-full.pdf`));
      const t = defaultTemplate(language);
      for (const use of [t.tpo.treatment, t.tpo.payment, t.tpo.operations]) expect(text).toContain(use.examples[0]);
      for (const right of Object.values(t.rights).filter((r) => typeof r === 'object'))
        expect(text).toContain(right.heading);
      expect(text).toContain(language === 'en' ? 'Office for Civil Rights' : 'Oficina de Derechos Civiles');
      expect(text).toContain('1-800-368-1019'); // OCR's current complaint line (templates.ts)
    },
  );

  it('lists and shows the versions in effect', async () => {
    const list = await run(...auth, 'notice', 'list');
    expect(list.out).toMatch(/en {2}v1 {2}published +IN EFFECT/);
    expect(list.out).toMatch(/es {2}v1 {2}published +IN EFFECT/);
    const show = await run(...auth, 'notice', 'show', '--lang', 'es', '--version', '1');
    expect(show.out).toContain(HEADER_STATEMENT.es);
    expect(show.out).toContain(practice.privacyOfficer.name);
  });

  it('answers a bad kind, language or version with a usage error', async () => {
    expect(await run(...auth, 'notice', 'pdf', '--kind', 'brochure', '--out', join(dir, 'x.pdf'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('--kind must be one of'),
    });
    expect(await run(...auth, 'notice', 'pdf', '--lang', 'fr', '--out', join(dir, 'x.pdf'))).toMatchObject({ code: 2 });
    expect(await run(...auth, 'notice', 'pdf', '--version', '7', '--out', join(dir, 'x.pdf'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('no en version 7'),
    });
  });

  it('refuses to publish over a draft someone has open in the app, and leaves that draft as it was', async () => {
    const inApp = async () => {
      const core = await openCore({
        dbPath: target.dbPath,
        server: target.server,
        osVault: null,
        clock: systemClock,
        logger: silentLogger,
      });
      const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
        const r = await core.dispatch('test:app', method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as MethodOutput<M>;
      };
      await call('app.unseal', { passphrase: PASSPHRASE });
      await call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      return { call, close: () => core.close() };
    };
    let app = await inApp();
    const { draft } = await app.call('notices.createDraft', { language: 'en', from: 'newest' });
    await app.call('notices.updateDraft', { id: draft.id, content: { ...draft.content, intro: 'Half-written.' } });
    await app.close();

    const r = await run(
      ...auth,
      'notice',
      'publish',
      '--from',
      publishFile('over-draft.json', { language: 'en', content: 'template', effectiveDate: today }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('An English draft is already open in Privacy Desk');

    app = await inApp();
    expect((await app.call('notices.get', { id: draft.id })).content.intro).toBe('Half-written.');
    await app.call('notices.discardDraft', { id: draft.id });
    await app.close();
  });
});
