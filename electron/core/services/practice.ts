// The practice's details and security settings (admins change them; everyone reads practice details).
import { Refusal, type HandlerMap } from '../handlers';
import { readPractice, readSecurity, writeSetting } from './settings-store';

export const practiceHandlers: Pick<
  HandlerMap,
  'practice.get' | 'practice.update' | 'settings.get' | 'settings.update'
> = {
  'practice.get': async (ctx) => {
    const practice = await readPractice(ctx.env.store.open.kysely);
    return practice ?? new Refusal({ code: 'NOT_FOUND', message: 'The practice has not been set up yet.' });
  },

  'practice.update': (ctx) =>
    ctx.tx(async (t) => {
      await writeSetting(t.db, 'practice', ctx.input);
      await t.audit({ action: 'practice.update', entity: 'practice', entityId: null });
      return ctx.input;
    }),

  'settings.get': (ctx) => readSecurity(ctx.env.store.open.kysely),

  'settings.update': (ctx) =>
    ctx.tx(async (t) => {
      await writeSetting(t.db, 'security', ctx.input);
      await t.audit({ action: 'settings.update', entity: 'settings', entityId: 'security' });
      return ctx.input;
    }),
};
