// "New draft": asks the core for the language's draft, starting from the newest published version, or from this
// language's template laid out like the other language's newest version ('other-language'). When a draft of that
// language already exists the core returns it (`existing`), so there is never a second one to reconcile.
import { useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersion } from '../../../shared/contract/notices';
import type { AppError } from '../../../shared/result';
import { useApiAction } from '../../hooks/use-api-action';
import type { DraftSource } from './draft-source';
import type { NoticeWords } from './notice-labels';

export type NewDraftFrom = 'newest' | 'other-language';

export interface NewDraft {
  start: (language: Language, from?: NewDraftFrom) => Promise<{ draft: NoticeVersion; existing: boolean } | null>;
  pending: boolean;
  error: AppError | null;
}

export const useNewDraft = (): NewDraft => {
  const queryClient = useQueryClient();
  const create = useApiAction('notices.createDraft');
  const start = async (language: Language, from: NewDraftFrom = 'newest') => {
    const result = await create.run({ language, from });
    if (!result.ok) return null;
    queryClient.setQueryData(['notices.get', { id: result.value.draft.id }], result.value.draft);
    void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
    return result.value;
  };
  return { start, pending: create.pending, error: create.error };
};

/** "A new draft starts from version 3 (takes effect Mar 1, 2027)", from the template, or opens the draft in progress. */
export const draftSourceText = (source: DraftSource, { t, date }: NoticeWords): string => {
  switch (source.from) {
    case 'template':
      return t('list.source.template');
    case 'draft':
      return t('list.source.draft');
    case 'version':
      return source.version.inEffect
        ? t('list.source.inEffect', { number: source.version.number ?? 0 })
        : t('list.source.scheduled', {
            number: source.version.number ?? 0,
            date: date(source.version.effectiveDate ?? ''),
          });
  }
};
