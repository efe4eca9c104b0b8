// The practice's details and security settings (admins change them; everyone reads practice details). The
// privacy officer may change the officer's contact details alone (with the title in Spanish), which every notice
// prints.
import { Refusal, type HandlerMap } from '../handlers';
import { readPractice, readSecurity, writeSetting } from './settings-store';

const notSetUp = new Refusal({ code: 'NOT_FOUND', message: 'The practice has not been set up yet.' });

export const practiceHandlers: Pick<
  HandlerMap,
  'practice.get' | 'practice.update' | 'practice.updatePrivacyOfficer' | 'settings.get' | 'settings.update'
> = {
  'practice.get': async (ctx) => {
    const practice = await readPractice(ctx.env.store.open.kysely);
    return practice ?? notSetUp;
  },

  'practice.update': (ctx) =>
    ctx.tx(async (t) => {
      await writeSetting(t.db, 'practice', ctx.input);
      await t.audit({ action: 'practice.update', entity: 'practice', entityId: null });
      return ctx.input;
    }),

  'practice.updatePrivacyOfficer': (ctx) =>
    ctx.tx(async (t) => {
      // Read in the write transaction: an administrator's save in between is kept, apart from the officer's fields.
      const practice = await readPractice(t.db);
      if (!practice) return notSetUp;
      // A caller that does not send the Spanish title (an older client, the CLI) keeps the one saved.
      const { titleEs = practice.privacyOfficer.titleEs } = ctx.input;
      const updated = {
        ...practice,
        privacyOfficer: { ...ctx.input, ...(titleEs === undefined ? {} : { titleEs }) },
      };
      await writeSetting(t.db, 'practice', updated);
      await t.audit({ action: 'practice.updatePrivacyOfficer', entity: 'practice', entityId: null });
      return updated;
    }),

  'settings.get': (ctx) => readSecurity(ctx.env.store.open.kysely),

  'settings.update': (ctx) =>
    ctx.tx(async (t) => {
      await writeSetting(t.db, 'security', ctx.input);
      await t.audit({ action: 'settings.update', entity: 'settings', entityId: 'security' });
      return ctx.input;
    }),
};
