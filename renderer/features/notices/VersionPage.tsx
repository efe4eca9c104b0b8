// /notices/:id — a draft opens in the editor, any other version in its read-only view.
import { Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import type { NoticeVersion } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { DraftEditor } from './editor/DraftEditor';
import { useNoticeWords } from './notice-labels';
import { VersionView } from './VersionView';

/** Set by "New draft" when the core returned the draft already in progress, so the editor can say so. */
const openedExisting = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as { existing?: unknown }).existing === true;

export function VersionPage() {
  const { id: raw } = useParams();
  const location = useLocation();
  const { t, date, versionTitle } = useNoticeWords();
  const id = Number(raw);
  const valid = Number.isInteger(id) && id > 0;
  const queryClient = useQueryClient();
  const query = useApiQuery('notices.get', { id }, { enabled: valid });
  // Kept across a lock (which empties the query cache), so the editor and what it shows stay in place.
  const [version, setVersion] = useState<NoticeVersion | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  if (query.data && query.data !== version) setVersion(query.data);

  if (!valid) return <Navigate to="/notices" replace />;
  if (!version || version.id !== id) {
    return query.error ? <ErrorAlert error={appErrorOf(query.error)} /> : <Loader aria-label={t('version.loading')} />;
  }
  if (version.status === 'draft') {
    return (
      <DraftEditor
        key={version.id}
        draft={version}
        openedExisting={openedExisting(location.state)}
        onPublished={(v) => {
          queryClient.setQueryData(['notices.get', { id: v.id }], v);
          setVersion(v);
          setFlash(t('publish.done', { title: versionTitle(v), date: v.effectiveDate ? date(v.effectiveDate) : '—' }));
        }}
      />
    );
  }
  return <VersionView version={version} flash={flash} onFlashClose={() => setFlash(null)} />;
}
