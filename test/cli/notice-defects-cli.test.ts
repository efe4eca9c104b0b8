// Publishing a defective notice from the command line, as the compliance review did (issue 8): each defect the
// review found, and each kind of known false claim, is refused with exit code 1 naming the element, its citation
// and the missing fact (or the rule the claim contradicts), and nothing is published; HHS's own Spanish header
// is accepted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../electron/core/notices/templates';
import type { Language, NoticeContent } from '../../shared/contract';
import { localDate } from '../../shared/domain/dates';
import { cliDatabase, initArgs, runCommand as run, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-notice-defects-'));
let target: CliDatabase;
let auth: string[];
const today = localDate(new Date(), 'America/Chicago');
let files = 0;

/** `notice publish` of the template with one change. */
const publish = async (language: Language, change: (c: NoticeContent) => void) => {
  const content = defaultTemplate(language);
  change(content);
  const path = join(dir, `publish-${(files += 1)}.json`);
  writeFileSync(path, JSON.stringify({ language, content, effectiveDate: today }));
  return run(...auth, 'notice', 'publish', '--from', path);
};

beforeAll(async () => {
  target = await cliDatabase(dir);
  auth = ['--db', target.db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk notice publish refuses the defects the review found', () => {
  it.each<[string, Language, (c: NoticeContent) => void, string]>([
    [
      'an authorization statement that only asks permission "for some things"',
      'en',
      (c) => {
        c.authorizationRequired.body = 'We ask your permission for some things.';
      },
      'Uses that need written authorization, and revoking it (164.520(b)(1)(ii)(E)): psychotherapy notes need written permission, marketing needs written permission, selling health information needs written permission, any other use only with written permission, that a permission can be taken back (revoked)',
    ],
    [
      'a restriction right without the self-pay exception',
      'es',
      (c) => {
        c.rights.restriction.body = c.rights.restriction.body.split('\n\n')[0] ?? '';
      },
      'Right to ask for limits (restrictions) (164.520(b)(1)(iv)(A)): the exception: when you pay in full yourself, the practice must agree not to tell your health plan',
    ],
    [
      'duties without breach notification',
      'en',
      (c) => {
        c.duties.protectAndNotify =
          'The law requires us to keep your health information private and to give you this notice.';
      },
      '(164.520(b)(1)(v)(A)): notifying you after a breach of unsecured information',
    ],
    [
      'complaints that only say "You can complain to HHS."',
      'en',
      (c) => {
        c.complaints.body = 'You can complain to HHS.';
      },
      'Complaints to us and to HHS; no retaliation (164.520(b)(1)(vi)): that you can complain to the practice, how to file a complaint with the practice, that you will not be retaliated against for complaining',
    ],
    [
      'rights texts of "x" and "y"',
      'en',
      (c) => {
        c.rights.access.body = 'x';
        c.rights.access.how = 'y';
      },
      'Right to see and get a copy (164.520(b)(1)(iv)(C)): that you can see and get a copy of your health information, how to use this right (whom to ask and how), in a few words at least',
    ],
    [
      'leaving out the uses required by law (164.520(b)(2)(i))',
      'es',
      (c) => {
        for (const u of c.withoutAuthorization.uses) if (u.key === 'required_by_law') u.included = false;
      },
      'Uses and disclosures without authorization (164.520(b)(1)(ii)(B)): sharing when the law requires it',
    ],
    [
      'access within 15 days (the unadopted 2021 proposal)',
      'en',
      (c) => {
        c.rights.access.body += '\n\nWe will give you a copy within 15 days.';
      },
      'False claim: Says patients get their records within 15 days (164.524(b)(2)(i); 86 FR 6446 (not adopted)): The rule gives 30 days',
    ],
    [
      'a yearly reminder (a health-plan rule)',
      'es',
      (c) => {
        c.changes.body += '\n\nCada año le enviaremos un recordatorio de este aviso.';
      },
      'False claim: Says patients are reminded of the notice every year (164.520(c)(1)(v)(A))',
    ],
    [
      'a consent required before treatment',
      'en',
      (c) => {
        c.tpo.intro = 'You must sign a consent form before we can treat you.';
      },
      'False claim: Says consent or a signature is required before treatment, payment or operations (164.506(a)–(b); 164.520(c)(2)(ii))',
    ],
  ])('%s', async (_what, language, change, named) => {
    const r = await publish(language, change);
    expect(r.code).toBe(1);
    expect(r.err).toContain(named);
  });

  it('publishes a Spanish notice with HHS’s own Spanish header, and nothing else was published', async () => {
    const r = await publish('es', (c) => {
      c.header =
        'ESTA NOTIFICACIÓN DESCRIBE CÓMO PUEDE UTILIZARSE Y DIVULGARSE SU INFORMACIÓN MÉDICA Y CÓMO PUEDE USTED ACCEDER A ESTA INFORMACIÓN. REVÍSELA CUIDADOSAMENTE.';
    });
    expect(r.code, r.err).toBe(0);
    const list = await run(...auth, 'notice', 'list');
    expect(list.out).toMatch(/es {2}v1 {2}published/);
    expect(list.out).not.toMatch(/^en /m);
  });
});
