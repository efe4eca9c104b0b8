// Audit coverage over the whole contract (HIPAA 164.312(b) audit controls): every method that changes stored data
// or who is signed in writes its own audit entry, and every PHI method writes exactly one. Which methods change
// data is a reviewed list here, not read from the code, so a new method must be classified before the suite passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodInput, type MethodName, type NoticeVersion } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { ADMIN_PASSWORD, onPostgres, openHarness, PASSPHRASE, setupInput, type Harness } from '../support/core-harness';

/** Methods that change stored data or a session; each successful call below must leave an entry naming it. */
const MUTATING = [
  'app.unseal',
  'setup.initialize',
  'auth.login',
  'auth.logout',
  'auth.lock',
  'auth.unlock',
  'auth.changePassword',
  'users.create',
  'users.update',
  'account.setLanguage',
  'users.setActive',
  'users.resetPassword',
  'users.recoverWithPassphrase',
  'practice.update',
  'practice.updatePrivacyOfficer',
  'settings.update',
  'workstation.exportEnrolment',
  'setup.enrol',
  'patients.create',
  'notices.createDraft',
  'notices.updateDraft',
  'notices.discardDraft',
  'notices.publish',
  'notices.retire',
  'notices.withdraw',
] as const satisfies readonly MethodName[];

/** Methods that only read. PHI reads among them are still audited, once per call. */
const READ_ONLY = [
  'app.status',
  'users.list',
  'practice.get',
  'settings.get',
  'audit.verify',
  'audit.list',
  'audit.export',
  'audit.print',
  'patients.get',
  'patients.search',
  'notices.list',
  'notices.get',
  'notices.current',
  'notices.compare',
  'notices.pdf',
  'notices.template',
] as const satisfies readonly MethodName[];

type Mutating = (typeof MUTATING)[number];
type ReadOnly = (typeof READ_ONLY)[number];

const FRONT_DESK_PASSWORD = 'audited-desk-password-1';
const NEW_ADMIN_PASSWORD = 'audited-admin-password-2';
const OTHER_KEY = 'test:audit:second-window';

let h: Harness;
/** Records the steps make and later steps use. */
const made: {
  deskId?: number;
  patientId?: number;
  draftId?: number;
  v1?: NoticeVersion;
  v2?: NoticeVersion;
  enrolment?: string;
} = {};

/**
 * Only a workstation of the practice's server can export or use an enrolment file; on a database kept on one
 * computer both refuse (test/core/enrolment.test.ts), so their audit entries are checked on PostgreSQL only.
 */
const SERVER_ONLY: readonly string[] = ['workstation.exportEnrolment', 'setup.enrol'];

const lastSeq = async (): Promise<number> =>
  h.core.env.store.state === 'open'
    ? Number((await h.sql<{ last: number }>(sql`SELECT coalesce(max(seq), 0) AS last FROM audit_log`))[0]?.last)
    : 0;
const actionsAfter = async (seq: number): Promise<string[]> =>
  (await h.sql<{ action: string }>(sql`SELECT action FROM audit_log WHERE seq > ${seq} ORDER BY seq`)).map(
    (r) => r.action,
  );
const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`an earlier step did not make ${what}`);
  return value;
};

interface MutatingStep {
  /** The action the successful call records (the method's name unless the entry says which way it went). */
  action: string;
  /** Puts the database in a state where the call can succeed; not measured. */
  prepare?: () => Promise<void>;
  call: () => Promise<Result<unknown>>;
}

const call = <M extends MethodName>(method: M, input: MethodInput<M>, key?: string) => h.call(method, input, key);

/** One successful call per mutating method, in an order where each leaves what the next needs. */
const STEPS: Record<Mutating, MutatingStep> = {
  'setup.initialize': { action: 'setup.initialize', call: () => call('setup.initialize', setupInput()) },
  'auth.login': {
    action: 'auth.login',
    call: () => call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, OTHER_KEY),
  },
  'auth.lock': { action: 'auth.lock', call: () => call('auth.lock', {}) },
  'auth.unlock': { action: 'auth.unlock', call: () => call('auth.unlock', { password: ADMIN_PASSWORD }) },
  'users.create': {
    action: 'users.create',
    call: async () => {
      const r = await call('users.create', {
        username: 'audited-desk',
        fullName: 'Audited Desk',
        role: 'front_desk',
        password: FRONT_DESK_PASSWORD,
      });
      if (r.ok) made.deskId = r.value.id;
      return r;
    },
  },
  'users.update': {
    action: 'users.update',
    call: () =>
      call('users.update', {
        userId: need(made.deskId, 'a user'),
        fullName: 'Audited Desk Jr',
        role: 'privacy_officer',
      }),
  },
  'account.setLanguage': { action: 'account.setLanguage', call: () => call('account.setLanguage', { language: 'es' }) },
  'users.resetPassword': {
    action: 'users.resetPassword',
    call: () =>
      call('users.resetPassword', { userId: need(made.deskId, 'a user'), newPassword: 'audited-reset-password-3' }),
  },
  // The entry says which way the switch went.
  'users.setActive': {
    action: 'users.deactivate',
    call: () => call('users.setActive', { userId: need(made.deskId, 'a user'), active: false }),
  },
  // Without a new password it only clears the administrator's lockout: still a change, still audited.
  'users.recoverWithPassphrase': {
    action: 'users.recoverWithPassphrase',
    call: () => call('users.recoverWithPassphrase', { username: 'admin', passphrase: PASSPHRASE, newPassword: null }),
  },
  'practice.update': {
    action: 'practice.update',
    call: () => call('practice.update', { ...setupInput().practice, phone: '(312) 555-0199' }),
  },
  'practice.updatePrivacyOfficer': {
    action: 'practice.updatePrivacyOfficer',
    call: () =>
      call('practice.updatePrivacyOfficer', { ...setupInput().practice.privacyOfficer, title: 'Privacy Lead' }),
  },
  'settings.update': { action: 'settings.update', call: () => call('settings.update', { idleLockMinutes: 60 }) },
  'workstation.exportEnrolment': {
    action: 'workstation.exportEnrolment',
    call: () => call('workstation.exportEnrolment', { passphrase: PASSPHRASE }),
  },
  'setup.enrol': {
    action: 'setup.enrol',
    prepare: async () => {
      made.enrolment = (await h.value('workstation.exportEnrolment', { passphrase: PASSPHRASE })).content;
    },
    // Another computer joins: its own core, its own folder, the same practice database.
    call: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pd-audit-ws-'));
      const core = await openCore({
        dbPath: join(dir, 'privacy-desk.db'),
        osVault: null,
        logger: silentLogger,
        scryptCost: h.scryptCost,
      });
      try {
        return await core.dispatch('test:audit:other-computer', 'setup.enrol', {
          enrolment: need(made.enrolment, 'an enrolment file'),
          passphrase: PASSPHRASE,
        });
      } finally {
        await core.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  'patients.create': {
    action: 'patients.create',
    call: async () => {
      const r = await call('patients.create', {
        mrn: 'AUD-1',
        firstName: 'Orla',
        lastName: 'Brennan',
        dateOfBirth: '1980-04-05',
      });
      if (r.ok) made.patientId = r.value.id;
      return r;
    },
  },
  'notices.createDraft': {
    action: 'notices.createDraft',
    call: async () => {
      const r = await call('notices.createDraft', { language: 'en', from: 'template' });
      if (r.ok) made.draftId = r.value.draft.id;
      return r;
    },
  },
  'notices.updateDraft': {
    action: 'notices.updateDraft',
    call: async () => {
      const template = await h.value('notices.template', { language: 'en' });
      return call('notices.updateDraft', {
        id: need(made.draftId, 'a draft'),
        content: { ...template, intro: `${template.intro} Updated.` },
      });
    },
  },
  'notices.discardDraft': {
    action: 'notices.discardDraft',
    prepare: async () => {
      made.draftId = (await h.value('notices.createDraft', { language: 'es', from: 'template' })).draft.id;
    },
    call: () => call('notices.discardDraft', { id: need(made.draftId, 'a draft') }),
  },
  'notices.publish': {
    action: 'notices.publish',
    prepare: async () => {
      made.draftId = (await h.value('notices.createDraft', { language: 'en', from: 'template' })).draft.id;
    },
    call: async () => {
      const r = await call('notices.publish', {
        id: need(made.draftId, 'a draft'),
        effectiveDate: '2026-11-02',
        changeSummary: '',
        materialChange: null,
      });
      if (r.ok) made.v1 = r.value;
      return r;
    },
  },
  'notices.retire': {
    action: 'notices.retire',
    // Only a superseded version retires: publish a revision effective tomorrow, and let tomorrow come.
    prepare: async () => {
      const v1 = need(made.v1, 'a published notice');
      const { draft } = await h.value('notices.createDraft', { language: 'en', from: v1.id });
      made.v2 = await h.value('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-11-03',
        changeSummary: 'Revised',
        materialChange: false,
      });
      h.clock.advanceMinutes(24 * 60);
      await h.value('auth.unlock', { password: ADMIN_PASSWORD });
    },
    call: () => call('notices.retire', { id: need(made.v1, 'a published notice').id }),
  },
  'notices.withdraw': {
    action: 'notices.withdraw',
    // Only a scheduled version withdraws: publish a revision effective next week.
    prepare: async () => {
      const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
      made.draftId = (
        await h.value('notices.publish', {
          id: draft.id,
          effectiveDate: '2026-11-10',
          changeSummary: 'Scheduled by mistake',
          materialChange: false,
        })
      ).id;
    },
    call: () => call('notices.withdraw', { id: need(made.draftId, 'a scheduled notice'), reason: 'Wrong date' }),
  },
  'auth.changePassword': {
    action: 'auth.changePassword',
    call: () => call('auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: NEW_ADMIN_PASSWORD }),
  },
  'auth.logout': {
    action: 'auth.logout',
    prepare: async () => {
      await h.value('auth.login', { username: 'admin', password: NEW_ADMIN_PASSWORD }, OTHER_KEY);
    },
    call: () => call('auth.logout', {}, OTHER_KEY),
  },
  'app.unseal': {
    action: 'app.unseal',
    prepare: () => h.reopen(), // a restart without an OS key store leaves the database sealed
    call: () => call('app.unseal', { passphrase: PASSPHRASE }),
  },
};

/** A successful call per read-only method, against the records the steps made. */
const READS: Record<ReadOnly, () => Promise<Result<unknown>>> = {
  'app.status': () => call('app.status', {}),
  'users.list': () => call('users.list', {}),
  'practice.get': () => call('practice.get', {}),
  'settings.get': () => call('settings.get', {}),
  'audit.verify': () => call('audit.verify', {}),
  'audit.list': () => call('audit.list', { limit: 20, beforeSeq: null }),
  'audit.export': () => call('audit.export', { language: 'en', filter: {} }),
  'audit.print': () => call('audit.print', { language: 'es', filter: { action: 'patients.create' } }),
  'patients.get': () => call('patients.get', { id: need(made.patientId, 'a patient') }),
  'patients.search': () => call('patients.search', { query: 'Brennan', limit: 5 }),
  'notices.list': () => call('notices.list', {}),
  'notices.get': () => call('notices.get', { id: need(made.v1, 'a published notice').id }),
  'notices.current': () => call('notices.current', { language: 'en' }),
  'notices.compare': () =>
    call('notices.compare', { fromId: need(made.v1, 'a notice').id, toId: need(made.v2, 'a revision').id }),
  'notices.pdf': () => call('notices.pdf', { version: 'current', language: 'en', kind: 'tpo' }),
  'notices.template': () => call('notices.template', { language: 'en' }),
};

/** Every stored row outside the audit tables, to show that a read changed nothing. */
const storedData = async (): Promise<string> => {
  // Kysely's introspection lists the tables on either database; rows are sorted here, as PostgreSQL has no rowid.
  const tables = (await h.core.env.store.open.kysely.introspection.getTables({ withInternalKyselyTables: true }))
    .map((t) => t.name)
    .filter((name) => !name.startsWith('audit'))
    .sort();
  const dump: [string, string[]][] = [];
  for (const t of tables) {
    const rows = await h.sql<Record<string, unknown>>(sql`SELECT * FROM ${sql.table(t)}`);
    dump.push([t, rows.map((r) => JSON.stringify(r)).sort()]);
  }
  return JSON.stringify(dump);
};

beforeAll(async () => {
  h = await openHarness(); // not set up: setup.initialize is one of the steps
});

afterAll(() => h.close());

describe('audit coverage of the contract', () => {
  it('classifies every contract method as mutating or read-only, once', () => {
    const classified: string[] = [...MUTATING, ...READ_ONLY];
    expect(
      METHOD_NAMES.filter((m) => !classified.includes(m)),
      'methods in neither list',
    ).toEqual([]);
    expect(
      classified.filter((m) => !(METHOD_NAMES as string[]).includes(m)),
      'listed methods not in the contract',
    ).toEqual([]);
    expect(
      classified.filter((m, i) => classified.indexOf(m) !== i),
      'methods in both lists',
    ).toEqual([]);
  });

  const runnable = (Object.keys(STEPS) as Mutating[]).filter((m) => onPostgres || !SERVER_ONLY.includes(m));
  it.each(runnable)('%s writes its own audit entry', async (method) => {
    const step = STEPS[method];
    await step.prepare?.();
    const before = await lastSeq();
    const r = await step.call();
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const written = await actionsAfter(before);
    expect(written).toContain(step.action);
    if (contract[method].phi) expect(written, 'a PHI method writes exactly one entry').toHaveLength(1);
  });
});

describe('read-only methods', () => {
  beforeAll(async () => {
    await h.value('auth.login', { username: 'admin', password: NEW_ADMIN_PASSWORD }); // the restart signed everyone out
  });

  it.each(READ_ONLY)('%s changes no stored data (and a PHI read writes exactly one entry)', async (method) => {
    const data = await storedData();
    const before = await lastSeq();
    const r = await READS[method]();
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(await storedData()).toBe(data);
    if (contract[method].phi) expect(await actionsAfter(before)).toHaveLength(1);
  });
});

describe('after every method has run', () => {
  it('records a reactivation as such, as it recorded the deactivation', async () => {
    const before = await lastSeq();
    await h.value('users.setActive', { userId: need(made.deskId, 'a user'), active: true });
    expect(await actionsAfter(before)).toEqual(['users.reactivate']);
  });

  it('records a refused PHI call once, under its method and the patient it touched', async () => {
    const before = await lastSeq();
    const r = await call('patients.create', {
      mrn: 'AUD-1',
      firstName: 'Other',
      lastName: 'Person',
      dateOfBirth: '1990-01-01',
    });
    expect(r).toMatchObject({ ok: false, error: { rule: 'patients.mrnTaken' } });
    const rows = await h.sql(sql`SELECT action, entity, entity_id FROM audit_log WHERE seq > ${before}`);
    expect(rows).toEqual([{ action: 'patients.create.refused', entity: 'patient', entity_id: String(made.patientId) }]);
  });

  it('leaves a chain that verifies', async () => {
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});
