// Notice versions for the Notices screen tests: the real default template content and the fake practice's snapshot.
import type { Language } from '../../shared/contract/notice-content';
import type { NoticeVersion, NoticeVersionSummary } from '../../shared/contract/notices';
import { practiceSnapshot } from '../../shared/domain/practice-snapshot';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { practice } from './fake-api';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on document.fonts. (Belongs in setup.ts.)
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

export const snapshot = practiceSnapshot(practice);

export const summary = (overrides: Partial<NoticeVersionSummary> = {}): NoticeVersionSummary => ({
  id: 1,
  language: 'en',
  number: 1,
  status: 'published',
  inEffect: true,
  effectiveDate: '2026-01-01',
  effectiveUntil: null,
  publishedOn: '2025-12-15',
  publishedBy: 'Dana Admin',
  retiredOn: null,
  changeSummary: '',
  materialChange: null,
  contentHash: 'ab12cd34ef56'.padEnd(64, '0'),
  updatedAt: '2025-12-15T10:00:00.000-06:00',
  startedBy: 'Dana Admin',
  startedAt: '2025-12-01T10:00:00.000-06:00',
  baseVersionId: null,
  baseVersionNumber: null,
  baseOutdated: false,
  withdrawnOn: null,
  withdrawnBy: null,
  withdrawnReason: null,
  ...overrides,
});

export const draftSummary = (overrides: Partial<NoticeVersionSummary> = {}): NoticeVersionSummary =>
  summary({
    number: null,
    status: 'draft',
    inEffect: false,
    effectiveDate: null,
    publishedOn: null,
    publishedBy: null,
    contentHash: null,
    materialChange: null,
    ...overrides,
  });

export const version = (s: NoticeVersionSummary, language: Language = s.language): NoticeVersion => ({
  ...s,
  content: defaultTemplate(language),
  practice: snapshot,
});
