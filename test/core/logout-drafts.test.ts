// A lock-screen sign-out keeps the locked user's unsaved work: `auth.logout` saves the drafts it carries (as
// notices.updateDraft would, with its audit entry) before it ends the session, even though the session is locked.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, openHarness, type Harness } from '../support/core-harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness({ setup: true });
});
afterEach(() => h.close());

const actions = async (): Promise<string[]> =>
  (await h.sql<{ action: string }>(sql`SELECT action FROM audit_log ORDER BY seq`)).map((r) => r.action);

describe('auth.logout with unsaved drafts', () => {
  it('saves the typed text while locked, then ends the session; signing in again finds it', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    await h.value('auth.lock', {});
    expect((await h.error('notices.list', {})).rule).toBe('session.locked');

    const typed = { ...draft.content, intro: 'Typed just before the screen locked.' };
    await h.value('auth.logout', { unsavedDrafts: [{ id: draft.id, content: typed }] });

    expect((await h.value('app.status', {})).session).toBeNull();
    expect((await actions()).slice(-2)).toEqual(['notices.updateDraft', 'auth.logout']);
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect((await h.value('notices.get', { id: draft.id })).content.intro).toBe('Typed just before the screen locked.');
  });

  it('still signs out when a draft can no longer be saved (published meanwhile or gone)', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    await h.value('notices.discardDraft', { id: draft.id });
    await h.value('auth.lock', {});
    await h.value('auth.logout', { unsavedDrafts: [{ id: draft.id, content: draft.content }] });
    expect((await h.value('app.status', {})).session).toBeNull();
    expect((await actions()).at(-1)).toBe('auth.logout');
  });

  it('refuses more drafts than a screen can hold', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    const many = Array.from({ length: 5 }, () => ({ id: draft.id, content: draft.content }));
    expect((await h.error('auth.logout', { unsavedDrafts: many })).code).toBe('VALIDATION');
    expect((await h.value('app.status', {})).session).not.toBeNull();
  });
});
