// Benchmark 2: one dispatch round trip against calling the handler directly and against the raw floor
// (bare prepared statements on the same connection), for patients.get (PHI, audited) and app.status.
import { createDispatch } from '../../electron/core/dispatch';
import type { OpenedCore } from '../../electron/core/create-core';
import { handlers } from '../../electron/core/services/index';
import { statusOf } from '../../electron/core/services/app';
import { readSecurity } from '../../electron/core/services/settings-store';
import { Practice } from '../../shared/contract/practice';
import { directContext, idSequence, rawAuditAppender } from './floors';
import { SESSION } from './fixture';
import { compare, type Row } from './stats';

const expectOk = (r: { ok: boolean }): void => {
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r)}`);
};

/** patients.get: validation, session, idle lock, role, Kysely transaction, audit append, commit. */
export const benchGet = async (
  core: OpenedCore,
  patients: number,
  opts: { runs: number; warmup: number; section: string },
): Promise<Row[]> => {
  const SECTION = opts.section;
  const { env } = core;
  const { raw, keys } = env.store.open;
  const devDispatch = createDispatch(env, handlers, { checkOutputs: true });
  const userId = env.sessions.get(SESSION)?.user.id ?? null;
  const nextId = Object.fromEntries(
    ['floor', 'ours', 'dev', 'handler', 'kyselyTx'].map((k) => [k, idSequence(4096, patients)]),
  ) as Record<string, () => number>;
  const at = env.clock.now().toISOString();

  // Floor for patients.get: the same reads and the same audit entry, in one transaction, no layers.
  const selectPatient = raw.prepare(
    'SELECT id, mrn, first_name, last_name, date_of_birth, active FROM patients WHERE id = ?',
  );
  const audit = rawAuditAppender(raw, keys.auditKey, 'always');
  const getBody = (id: number): unknown => {
    const row = selectPatient.get(id);
    audit.append(at, { actorId: userId, action: 'patients.read', entity: 'patient', entityId: id });
    if (!row) throw new Error('missing patient');
    return row;
  };
  const floorGet = raw.transaction(getBody);

  const get = await compare(
    {
      floor: () => floorGet(nextId.floor!()),
      ours: async () => expectOk(await core.dispatch(SESSION, 'patients.get', { id: nextId.ours!() })),
      dev: async () => expectOk(await devDispatch(SESSION, 'patients.get', { id: nextId.dev!() })),
      handler: () => handlers['patients.get'](directContext<'patients.get'>(env, SESSION, { id: nextId.handler!() })),
      // Attribution: Kysely's transaction wrapper alone, around the floor's raw statements.
      kyselyTx: () => env.store.open.kysely.transaction().execute(() => Promise.resolve(getBody(nextId.kyselyTx!()))),
    },
    { runs: opts.runs, warmup: opts.warmup, block: 10 },
  );

  return [
    {
      section: SECTION,
      name: 'floor: patients.get — raw SELECT by id + head read + HMAC + INSERT, one tx',
      stats: get.floor,
    },
    {
      section: SECTION,
      name: 'dispatch patients.get (production: output check off)',
      stats: get.ours,
      floor: get.floor,
    },
    { section: SECTION, name: 'dispatch patients.get (dev/test: output check on)', stats: get.dev, floor: get.floor },
    {
      section: SECTION,
      name: 'handler patients.get called directly (Kysely tx + appendAudit)',
      stats: get.handler,
      floor: get.floor,
    },
    {
      section: SECTION,
      name: "info: Kysely transaction around the floor's raw statements",
      stats: get.kyselyTx,
      floor: get.floor,
    },
  ];
};

/** app.status: a public read-only call, two settings reads; no transaction, no commit. */
export const benchStatus = async (
  core: OpenedCore,
  opts: { runs: number; warmup: number; section: string },
): Promise<Row[]> => {
  const SECTION = opts.section;
  const { env } = core;
  const { raw } = env.store.open;
  const devDispatch = createDispatch(env, handlers, { checkOutputs: true });

  // Floor for app.status: the two settings reads it does, parsed, no validation.
  const setting = raw.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const floorStatus = (): unknown => {
    const practice = setting.get('practice');
    const security = setting.get('security');
    return {
      practice: practice && (JSON.parse(practice.value) as unknown),
      security: security && (JSON.parse(security.value) as unknown),
    };
  };
  const storedPractice = JSON.parse(setting.get('practice')?.value ?? 'null') as unknown;
  const status = await compare(
    {
      floor: floorStatus,
      ours: async () => expectOk(await core.dispatch(SESSION, 'app.status', {})),
      dev: async () => expectOk(await devDispatch(SESSION, 'app.status', {})),
      handler: () => statusOf(directContext<'app.status'>(env, SESSION, {})),
      // Attribution: the pieces statusOf() and every role-checked dispatch repeat on each call.
      practiceParse: () => Practice.parse(storedPractice),
      security: () => readSecurity(env.store.open.kysely),
    },
    { runs: opts.runs, warmup: opts.warmup, block: 10 },
  );

  return [
    { section: SECTION, name: 'floor: app.status — 2 raw settings reads + JSON.parse', stats: status.floor },
    { section: SECTION, name: 'dispatch app.status (production)', stats: status.ours, floor: status.floor },
    { section: SECTION, name: 'dispatch app.status (dev/test)', stats: status.dev, floor: status.floor },
    { section: SECTION, name: 'handler statusOf() called directly', stats: status.handler, floor: status.floor },
    {
      section: SECTION,
      name: 'info: Practice.parse() of the stored practice alone',
      stats: status.practiceParse,
      floor: status.floor,
    },
    {
      section: SECTION,
      name: 'info: readSecurity() alone (every role-checked dispatch)',
      stats: status.security,
      floor: status.floor,
    },
  ];
};
