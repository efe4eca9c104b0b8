// Several workstations, one practice: exporting the enrolment file (an administrator, on a workstation already
// connected to the practice's server) and joining with it (first-run setup on the next workstation).
import { readDbHead } from '../audit/head';
import { DbOpenError } from '../db/open';
import { describeServer, settingsOf, targetFromSettings } from '../db/server-url';
import { EnrolmentError, openEnrolment, sealEnrolment } from '../enrolment/enrolment-file';
import { Refusal, signedIn, type HandlerMap } from '../handlers';
import { openFailure, statusOf } from './app';
import { rememberChosenServer, serverPlace, workstationFolder } from './server-choice';
import { ensurePracticeId, readPracticeId } from './settings-store';
import { passphraseOpensThisDatabase } from './users';

/** The server's database holds another practice than the file names (checked before anything is kept). */
class OtherPractice extends Error {
  constructor(server: string) {
    super(`The database ${server} belongs to a different practice than this enrolment file.`);
  }
}

const wrongPassphrase = (message: string) => new Refusal({ code: 'RULE', rule: 'vault.wrongPassphrase', message });

export const workstationHandlers: Pick<HandlerMap, 'setup.enrol' | 'workstation.exportEnrolment'> = {
  'workstation.exportEnrolment': async (ctx) => {
    const { store } = ctx.env;
    const server = store.server;
    if (!server)
      return new Refusal({
        code: 'RULE',
        rule: 'enrol.localDatabase',
        message:
          "This practice's database is kept on this computer only, so there is nothing for another workstation to join.",
      });
    if (!(await passphraseOpensThisDatabase(ctx.env, ctx.input.passphrase)))
      return wrongPassphrase('That is not the practice passphrase: the enrolment file must be wrapped with it.');
    const practiceId = await ctx.tx(async (t) => {
      const id = await ensurePracticeId(t.db);
      await t.audit({
        actorId: signedIn(ctx).user.id,
        action: 'workstation.exportEnrolment',
        entity: 'workstation',
        entityId: null,
      });
      return id;
    });
    const content = await sealEnrolment(
      {
        practiceId,
        server: settingsOf(server),
        head: await readDbHead(store.open.kysely),
        exportedAt: ctx.now.toISOString(),
        keys: store.open.keys,
      },
      ctx.input.passphrase,
      ctx.env.scryptCost,
    );
    return { fileName: `privacy-desk-enrolment-${server.database}.json`, content, server: describeServer(server) };
  },

  'setup.enrol': async (ctx) => {
    const { env } = ctx;
    let enrolment;
    try {
      enrolment = await openEnrolment(ctx.input.enrolment, ctx.input.passphrase, env.scryptCost);
    } catch (err) {
      if (!(err instanceof EnrolmentError)) throw err;
      if (err.kind === 'wrong-passphrase') return wrongPassphrase(err.message);
      return new Refusal({ code: 'RULE', rule: 'enrol.notAnEnrolment', message: err.message });
    }
    if (env.store.state === 'open')
      return new Refusal({
        code: 'RULE',
        rule: 'setup.alreadyDone',
        message: 'This workstation already has its practice database open. Sign in instead.',
      });
    const server = targetFromSettings(enrolment.server);
    const replacesDefault = env.store.state === 'new';
    const folder = workstationFolder(env);
    try {
      await env.store.join(
        enrolment.keys,
        enrolment.head,
        ctx.input.passphrase,
        serverPlace(folder, server),
        async (db) => {
          if ((await readPracticeId(db)) !== enrolment.practiceId) throw new OtherPractice(describeServer(server));
        },
      );
    } catch (err) {
      if (err instanceof OtherPractice)
        return new Refusal({ code: 'RULE', rule: 'enrol.otherPractice', message: err.message });
      if (err instanceof DbOpenError && err.kind === 'exists')
        return new Refusal({ code: 'RULE', rule: 'setup.alreadyDone', message: err.message });
      const refusal = openFailure(err);
      if (refusal) return refusal;
      throw err;
    }
    await rememberChosenServer(env, folder, server, replacesDefault);
    if (!env.store.open.readOnly)
      await ctx.tx((t) => t.audit({ actorId: null, action: 'setup.enrol', entity: 'workstation', entityId: null }));
    return statusOf(ctx);
  },
};
