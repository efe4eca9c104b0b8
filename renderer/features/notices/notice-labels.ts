// Words for notice versions in the UI language: status badges, version names, effective periods, PDF kinds and
// languages. The words are in the `notices` catalog; these helpers only choose the key and fill its values.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { localDate } from '../../../shared/domain/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { formatDate, formatDateTime } from '../../i18n/format';

export type StatusKey = NoticeVersionSummary['status'] | 'in_effect';

export const STATUS_COLOR: Readonly<Record<StatusKey, string>> = {
  draft: 'gray',
  published: 'blue',
  in_effect: 'green',
  superseded: 'orange',
  retired: 'dark',
  withdrawn: 'red',
};

export const statusKey = (v: Pick<NoticeVersionSummary, 'status' | 'inEffect'>): StatusKey =>
  v.inEffect ? 'in_effect' : v.status;

/** Short form of the reference code (SHA-256) for tables; the full code is printed in every PDF footer. */
export const shortHash = (hash: string): string => hash.slice(0, 12);

/** The notices catalog, with `common:` keys (actions, states, language names) reachable too. */
export type NoticesT = TFunction<['notices', 'common']>;

/** The notices catalog's `t` with the helpers every notices screen uses, in the current UI language. */
export interface NoticeWords {
  t: NoticesT;
  language: string;
  /** "Mar 1, 2027" in the UI language. */
  date: (isoDate: string) => string;
  dateTime: (instant: string) => string;
  /** "English" / "Español": each language named in itself, as in the menus. */
  languageName: (language: Language) => string;
  /** "Version 3" or "Draft". */
  versionName: (v: Pick<NoticeVersionSummary, 'number'>) => string;
  /** "Version 2 (English)": names a version wherever both languages are listed together. */
  versionTitle: (v: Pick<NoticeVersionSummary, 'number' | 'language'>) => string;
  /** "Mar 1, 2027 – May 31, 2027", "From Mar 1, 2027", or null while no date is chosen. */
  period: (v: Pick<NoticeVersionSummary, 'effectiveDate' | 'effectiveUntil'>) => string | null;
  status: (v: Pick<NoticeVersionSummary, 'status' | 'inEffect'>) => string;
}

export const useNoticeWords = (): NoticeWords => {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const language = i18n.language;
  return useMemo(() => {
    const date = (d: string) => formatDate(d, language);
    const languageName = (l: Language) => t(`common:language.${l}`);
    const versionName = (v: Pick<NoticeVersionSummary, 'number'>) =>
      v.number === null ? t('version.draft') : t('version.numbered', { number: v.number });
    return {
      t,
      language,
      date,
      dateTime: (instant: string) => formatDateTime(instant, language),
      languageName,
      versionName,
      versionTitle: (v) => `${versionName(v)} (${languageName(v.language)})`,
      period: (v) => {
        if (v.effectiveDate === null) return null;
        return v.effectiveUntil === null
          ? t('period.from', { from: date(v.effectiveDate) })
          : `${date(v.effectiveDate)} – ${date(v.effectiveUntil)}`;
      },
      status: (v) => t(`status.${statusKey(v)}`),
    };
  }, [t, language]);
};

/** Today in the practice's time zone (DOMAIN.md §5.3), once the practice settings are read; null until then. */
export const usePracticeToday = (): string | null => {
  const practice = useApiQuery('practice.get', {});
  return practice.data ? localDate(new Date(), practice.data.timeZone) : null;
};

/** "Complaints · 164.520(b)(1)(vi)": a part of the form named with its citation (punctuation, not words). */
export const withCite = (name: string, cite: string): string => `${name} · ${cite}`;
