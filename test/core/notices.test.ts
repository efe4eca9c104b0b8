// Notice versions through the core's door: the checklist gates publication (each element missing in turn
// blocks it), published versions are immutable, never backdated, one per day and language, superseded in turn.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_ELEMENTS } from '../../shared/domain/notice-elements';
import type { NoticeContent, NoticeVersion } from '../../shared/contract';
import { ADMIN_PASSWORD, openHarness, setupInput, type Harness } from '../support/core-harness';
import { addUser } from './users-support';

let h: Harness;
let template: NoticeContent;

/** How to take each required element out of a complete notice. */
const REMOVE: Record<string, (c: NoticeContent) => void> = {
  header: (c) => void (c.header = 'NOTICE OF PRIVACY PRACTICES'),
  uses_tpo_with_examples: (c) => void (c.tpo.payment.examples = []),
  uses_without_authorization: (c) => c.withoutAuthorization.uses.forEach((u) => (u.included = false)),
  more_stringent_law: (c) => void (c.moreStringentLaw.body = ''),
  authorization_required_statement: (c) => void (c.authorizationRequired.body = ' '),
  separate_statement_fundraising: (c) => void (c.fundraising.body = ''),
  part2_legal_proceedings: (c) => void (c.part2LegalProceedings.body = ''),
  part2_fundraising_optout: (c) => void (c.part2FundraisingOptOut.body = ''),
  rights_restriction: (c) => void (c.rights.restriction.how = ''),
  rights_confidential_comms: (c) => void (c.rights.confidentialCommunications.body = ''),
  rights_access: (c) => void (c.rights.access.how = ''),
  rights_amendment: (c) => void (c.rights.amendment.body = ''),
  rights_accounting: (c) => void (c.rights.accounting.how = ''),
  rights_paper_copy: (c) => void (c.rights.paperCopy.body = ''),
  duty_privacy_notice_breach: (c) => void (c.duties.protectAndNotify = ''),
  duty_abide_current: (c) => void (c.duties.followCurrent = ''),
  reserve_right_to_change: (c) => void (c.changes.body = ''),
  complaints: (c) => void (c.complaints.body = 'Tell us if you are unhappy.'),
  contact: (c) => void (c.contact.body = 'Call the front desk.'),
};
/** Elements with no text to remove: plain language only warns; the effective date is a required input. */
const NOT_REMOVABLE = new Set(['plain_language', 'effective_date']);

const draftWith = async (content: NoticeContent, language: 'en' | 'es' = 'en'): Promise<NoticeVersion> => {
  const { draft } = await h.value('notices.createDraft', { language, from: 'template' });
  return h.value('notices.updateDraft', { id: draft.id, content });
};

beforeAll(async () => {
  h = await openHarness({ setup: true });
  await h.value('practice.update', { ...setupInput().practice, fundraises: true, keepsPart2Records: true });
  template = await h.value('notices.template', { language: 'en' });
});
afterAll(() => h.close());

describe('the publication checklist', () => {
  const applicable = REQUIRED_ELEMENTS.filter((e) => e.when !== 'vacated' && !NOT_REMOVABLE.has(e.key));

  it('knows how to remove every applicable required element (a new element needs a case here)', () => {
    expect(applicable.map((e) => e.key).filter((k) => !(k in REMOVE))).toEqual([]);
  });

  it.each(applicable.map((e) => [e.key, e.label.en] as const))(
    'refuses to publish without %s, naming it',
    async (key, label) => {
      const content = structuredClone(template);
      REMOVE[key]!(content);
      const draft = await draftWith(content);
      const error = await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-11-02',
        changeSummary: '',
        materialChange: null,
      });
      expect(error).toMatchObject({ code: 'RULE', rule: 'notice.incomplete' });
      expect(error.message).toContain(label);
      expect((await h.value('notices.get', { id: draft.id })).status).toBe('draft');
      await h.value('notices.discardDraft', { id: draft.id });
    },
  );

  it('names every missing element at once', async () => {
    const content = structuredClone(template);
    REMOVE.header!(content);
    REMOVE.rights_access!(content);
    const draft = await draftWith(content);
    const error = await h.error('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-11-02',
      changeSummary: '',
      materialChange: null,
    });
    expect(error.message).toContain('Header statement');
    expect(error.message).toContain('Right to see and get a copy');
    // Each item names the element, its citation and what it lacks.
    expect(error.items).toEqual([
      'Header statement (164.520(b)(1)(i)): the exact statement required by 164.520(b)(1)(i)',
      'Right to see and get a copy (164.520(b)(1)(iv)(C)): how to use this right (whom to ask and how), in a few words at least',
    ]);
    await h.value('notices.discardDraft', { id: draft.id });
  });

  it('refuses a typo in a placeholder', async () => {
    const content = structuredClone(template);
    content.intro += ' Visit {{practice.webiste}}.';
    const draft = await draftWith(content);
    expect(
      await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-11-02',
        changeSummary: '',
        materialChange: null,
      }),
    ).toMatchObject({ rule: 'notice.unknownPlaceholder' });
    await h.value('notices.discardDraft', { id: draft.id });
  });
});

describe('the lifecycle of a notice', () => {
  let v1: NoticeVersion;

  it('publishes the default template on a fresh practice, frozen with a content hash', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    expect(
      await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-11-01',
        changeSummary: '',
        materialChange: null,
      }),
    ).toMatchObject({ rule: 'notice.backdated' });
    v1 = await h.value('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-11-02',
      changeSummary: '',
      materialChange: null,
    });
    expect(v1).toMatchObject({
      number: 1,
      status: 'published',
      inEffect: true,
      publishedOn: '2026-11-02',
      publishedBy: 'Alex Admin',
    });
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await h.value('notices.current', { language: 'en' })).id).toBe(v1.id);
    expect(await h.error('notices.current', { language: 'es' })).toMatchObject({ rule: 'notice.noneInEffect' });
  });

  it('never changes or deletes a published version, through the app or the database', async () => {
    expect(await h.error('notices.updateDraft', { id: v1.id, content: template })).toMatchObject({
      rule: 'notice.immutable',
    });
    expect(await h.error('notices.discardDraft', { id: v1.id })).toMatchObject({ rule: 'notice.immutable' });
    await expect(h.sql(sql`UPDATE notice_versions SET content = '{}' WHERE id = ${v1.id}`)).rejects.toThrow(
      /immutable/,
    );
    await expect(h.sql(sql`DELETE FROM notice_versions WHERE id = ${v1.id}`)).rejects.toThrow(/immutable/);
  });

  it('freezes the practice details: a new privacy officer appears in the next version only', async () => {
    const practice = { ...setupInput().practice, fundraises: true, keepsPart2Records: true };
    await h.value('practice.update', {
      ...practice,
      privacyOfficer: { ...practice.privacyOfficer, name: 'Morgan Reyes' },
    });
    expect((await h.value('notices.get', { id: v1.id })).practice.privacyOfficer.name).toBe('Dana Whitfield');
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: v1.id });
    expect(draft.practice.privacyOfficer.name).toBe('Morgan Reyes');
    await h.value('notices.discardDraft', { id: draft.id });
  });

  it('requires a change summary and a material-change answer for a revision, and a later effective date', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: v1.id });
    expect(
      await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-12-02',
        changeSummary: '',
        materialChange: null,
      }),
    ).toMatchObject({ rule: 'notice.changeSummaryRequired' });
    expect(
      await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2026-11-02',
        changeSummary: 'New officer',
        materialChange: false,
      }),
    ).toMatchObject({ rule: 'notice.effectiveDateOrder' });
    await h.value('notices.discardDraft', { id: draft.id });
  });

  it('supersedes the old version on the day the revision takes effect, and only then lets it retire', async () => {
    const content = structuredClone(template);
    content.intro = `${content.intro}\n\nWe now also offer visits by video.`;
    const draft = await draftWith(content);
    const v2 = await h.value('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-12-02',
      changeSummary: 'Video visits; new privacy officer',
      materialChange: true,
    });
    expect(v2).toMatchObject({ number: 2, status: 'published', inEffect: false, materialChange: true });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(await h.error('notices.retire', { id: v1.id })).toMatchObject({ rule: 'notice.notSuperseded' });
    expect((await h.value('notices.current', { language: 'en' })).id).toBe(v1.id);

    h.clock.advanceMinutes(30 * 24 * 60); // 2026-12-02 in Chicago; the idle session locked meanwhile
    await h.value('auth.unlock', { password: ADMIN_PASSWORD });
    const list = await h.value('notices.list', {});
    expect(list.find((v) => v.id === v1.id)).toMatchObject({
      status: 'superseded',
      inEffect: false,
      effectiveUntil: '2026-12-01',
    });
    expect(list.find((v) => v.id === v2.id)).toMatchObject({ status: 'published', inEffect: true });
    expect(await h.value('notices.retire', { id: v1.id })).toMatchObject({
      status: 'retired',
      retiredOn: '2026-12-02',
    });
    expect(await h.error('notices.retire', { id: v2.id })).toMatchObject({ rule: 'notice.notSuperseded' });

    const diff = await h.value('notices.compare', { fromId: v1.id, toId: v2.id });
    const changed = diff.sections.filter((s) => s.change !== 'unchanged').map((s) => s.id);
    expect(changed).toContain('intro');
    expect(changed).toContain('contact'); // the new privacy officer
    expect(changed).not.toContain('rights.access');
  });

  it('starts a draft only from a version in the same language, and refuses a mistyped far-future date', async () => {
    expect(await h.error('notices.createDraft', { language: 'es', from: v1.id })).toMatchObject({
      rule: 'notice.languageMismatch',
    });
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: v1.id });
    expect(
      await h.error('notices.publish', {
        id: draft.id,
        effectiveDate: '2207-03-01',
        changeSummary: 'Typo year',
        materialChange: false,
      }),
    ).toMatchObject({ rule: 'notice.effectiveDateTooFar' });
    await h.value('notices.discardDraft', { id: draft.id });
  });

  it('lets the front desk read and print notices but not publish them', async () => {
    await addUser(h, {
      username: 'desk',
      fullName: 'Jo Desk',
      role: 'front_desk',
      password: 'front-desk-password-1',
    });
    await h.value('auth.login', { username: 'desk', password: 'front-desk-password-1' }, 'test:desk');
    expect(await h.call('notices.list', {}, 'test:desk')).toMatchObject({ ok: true });
    expect(await h.error('notices.createDraft', { language: 'en', from: 'template' }, 'test:desk')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
