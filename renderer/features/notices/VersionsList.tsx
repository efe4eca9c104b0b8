// Notices › versions: per language, every version with its status, effective period, publication (with the short
// reference code) and change summary.
// Managers open, start drafts, compare, retire and withdraw; the front desk sees the published versions and PDFs.
// Comparing a version with the one before is on the version's own page (and the editor), keeping rows narrow.
// A language whose notice is behind the other language's (shared languageBehind) is flagged, and a manager can
// start its draft from the other language's structure.
import { Alert, Button, Code, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LANGUAGES, type Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { canCall } from '../../../shared/contract/index';
import { languageBehind, newestVersion } from '../../../shared/domain/notice-lifecycle';
import { useSignedIn } from '../session/session-context';
import { draftSource, listOrder, mayWithdraw } from './draft-source';
import { shortHash, useNoticeWords, usePracticeToday, type NoticeWords } from './notice-labels';
import { PdfMenu } from './PdfMenu';
import { RefusalAlert } from './RefusalAlert';
import { RetireModal } from './RetireModal';
import { StatusBadge } from './StatusBadge';
import { useSavePdf, type SavePdf } from './use-save-pdf';
import { draftSourceText, useNewDraft, type NewDraftFrom } from './use-new-draft';
import { WithdrawModal } from './WithdrawModal';
import { WithdrawnNote } from './WithdrawnNote';

export function VersionsList({ canManage }: { canManage: boolean }) {
  const query = useApiQuery('notices.list', {});
  const queryClient = useQueryClient();
  const words = useNoticeWords();
  const { t } = words;
  const { session } = useSignedIn();
  const today = usePracticeToday();
  const canWithdraw = canCall(session.user.role, 'notices.withdraw') ? today : null;
  const pdf = useSavePdf();
  const [retiring, setRetiring] = useState<NoticeVersionSummary | null>(null);
  const [withdrawing, setWithdrawing] = useState<NoticeVersionSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['notices.list'] });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('list.intro')}
        </Text>
      </div>
      <SuccessAlert message={notice} onClose={() => setNotice(null)} />
      <RefusalAlert error={pdf.error} title={t('pdf.notSaved')} />
      {pdf.saved && (
        <Text size="sm" role="status">
          {t('pdf.ready', { fileName: pdf.saved.fileName, pages: pdf.saved.pages })}
        </Text>
      )}
      {query.error && <ErrorAlert error={appErrorOf(query.error)} />}
      {query.data
        ? LANGUAGES.map((language) => (
            <LanguageSection
              key={language}
              language={language}
              versions={query.data}
              canManage={canManage}
              canWithdraw={canWithdraw}
              pdf={pdf}
              words={words}
              onRetire={setRetiring}
              onWithdraw={setWithdrawing}
            />
          ))
        : !query.error && <Loader aria-label={t('list.loading')} />}
      <RetireModal
        version={retiring}
        onClose={() => setRetiring(null)}
        onDone={(v) => {
          setRetiring(null);
          setNotice(t('retire.done', { title: words.versionTitle(v) }));
          refresh();
        }}
      />
      <WithdrawModal
        version={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={(v) => {
          setWithdrawing(null);
          setNotice(t('withdraw.done', { title: words.versionTitle(v) }));
          refresh();
        }}
      />
    </Stack>
  );
}

function LanguageSection({
  language,
  versions,
  canManage,
  canWithdraw,
  pdf,
  words,
  onRetire,
  onWithdraw,
}: {
  language: Language;
  versions: readonly NoticeVersionSummary[];
  canManage: boolean;
  /** Today in the practice, when the user may withdraw; null otherwise. */
  canWithdraw: string | null;
  pdf: SavePdf;
  words: NoticeWords;
  onRetire: (v: NoticeVersionSummary) => void;
  onWithdraw: (v: NoticeVersionSummary) => void;
}) {
  const { t, languageName } = words;
  const navigate = useNavigate();
  const newDraft = useNewDraft();
  const mine = versions.filter((v) => v.language === language && (canManage || v.status !== 'draft')).sort(listOrder);
  const source = draftSource(versions, language);
  const inEffect = mine.some((v) => v.inEffect);
  const headingId = `notices-${language}`;
  const behind = languageBehind(versions, language);
  const other: Language = language === 'en' ? 'es' : 'en';
  // The other language's newest version, whose structure a new draft of this language can take.
  const structureFrom = source.from === 'draft' ? null : newestVersion(versions, other);

  const start = async (from: NewDraftFrom = 'newest') => {
    const opened = await newDraft.start(language, from);
    if (opened) void navigate(`/notices/${opened.draft.id}`, { state: { existing: opened.existing } });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id={headingId}>
          {languageName(language)}
        </Title>
        {canManage && (
          <Group gap="sm">
            {mine.filter((v) => v.number !== null).length >= 2 && (
              <Button component={Link} to={`/notices/compare?language=${language}`} variant="default">
                {t('list.compare')}
              </Button>
            )}
            {structureFrom && (
              <Button
                variant="default"
                onClick={() => void start('other-language')}
                disabled={newDraft.pending}
                aria-describedby={`${headingId}-structure`}
              >
                {t('list.newDraftFromOther', { other })}
              </Button>
            )}
            <Button onClick={() => void start()} loading={newDraft.pending} aria-describedby={`${headingId}-source`}>
              {t('list.newDraft')}
            </Button>
          </Group>
        )}
      </Group>
      {canManage && (
        <Text size="sm" c="dimmed" id={`${headingId}-source`}>
          {draftSourceText(source, words)}
        </Text>
      )}
      {canManage && structureFrom && (
        <Text size="sm" c="dimmed" id={`${headingId}-structure`}>
          {t('list.fromOtherHelp', { other, number: structureFrom.number ?? 0 })}
        </Text>
      )}
      {behind && (
        <Alert color="yellow" variant="light" title={t('list.behind.title', { other })}>
          {t('list.behind.body', {
            other,
            otherNumber: behind.otherNewest.number ?? 0,
            date: words.date(behind.otherNewest.effectiveDate ?? ''),
            number: behind.newest.number ?? 0,
          })}
        </Alert>
      )}
      <ErrorAlert error={newDraft.error} title={t('list.draftNotCreated')} />
      {!inEffect && (
        <Alert color="yellow" variant="light">
          {t('list.noneInEffect', { language })} {canManage ? t('list.publishOne') : t('list.askOfficer')}
        </Alert>
      )}
      {mine.length === 0 ? (
        <Text c="dimmed">{t('list.noVersions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table striped verticalSpacing="sm" fz="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.column.version')}</Table.Th>
                <Table.Th scope="col">{t('list.column.status')}</Table.Th>
                <Table.Th scope="col">{t('list.column.inEffect')}</Table.Th>
                <Table.Th scope="col">{t('list.column.published')}</Table.Th>
                <Table.Th scope="col">{t('list.column.changeSummary')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('list.column.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.map((v) => (
                <VersionRow
                  key={v.id}
                  v={v}
                  canManage={canManage}
                  canWithdraw={canWithdraw}
                  pdf={pdf}
                  words={words}
                  onRetire={onRetire}
                  onWithdraw={onWithdraw}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function VersionRow({
  v,
  canManage,
  canWithdraw,
  pdf,
  words,
  onRetire,
  onWithdraw,
}: {
  v: NoticeVersionSummary;
  canManage: boolean;
  /** Today in the practice, when the user may withdraw; null otherwise. */
  canWithdraw: string | null;
  pdf: SavePdf;
  words: NoticeWords;
  onRetire: (v: NoticeVersionSummary) => void;
  onWithdraw: (v: NoticeVersionSummary) => void;
}) {
  const { t, date, versionName, versionTitle } = words;
  return (
    <Table.Tr data-version-id={v.id}>
      <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {versionName(v)}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge version={v} />
      </Table.Td>
      <Table.Td>
        <Period v={v} words={words} />
      </Table.Td>
      <Table.Td>
        {v.publishedOn ? (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{date(v.publishedOn)}</span>
            {v.publishedBy && (
              <Text size="xs" c="dimmed">
                {t('list.by', { name: v.publishedBy })}
              </Text>
            )}
            {v.retiredOn && (
              <Text size="xs" c="dimmed">
                {t('list.retiredOn', { date: date(v.retiredOn) })}
              </Text>
            )}
            {v.contentHash && (
              <Code fz="xs" title={t('referenceCode.full', { code: v.contentHash })}>
                {shortHash(v.contentHash)}
              </Code>
            )}
          </>
        ) : (
          <Text span c="dimmed" size="sm">
            {t('list.notPublished')}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        {v.changeSummary ||
          (v.number === 1 ? (
            <Text span c="dimmed" size="sm">
              {t('version.firstNotice')}
            </Text>
          ) : (
            ''
          ))}
        {v.materialChange && (
          <Text size="xs" c="dimmed">
            {t('version.materialChange')}
          </Text>
        )}
        <WithdrawnNote version={v} size="xs" />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {canManage && (
            <Button
              component={Link}
              to={`/notices/${v.id}`}
              size="xs"
              variant="light"
              aria-label={
                v.status === 'draft'
                  ? t('list.editLabel', { title: versionTitle(v) })
                  : t('list.openLabel', { title: versionTitle(v) })
              }
            >
              {v.status === 'draft' ? t('list.edit') : t('list.open')}
            </Button>
          )}
          <PdfMenu version={v} pdf={pdf} />
          {canManage && v.status === 'superseded' && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onRetire(v)}
              aria-label={t('retire.label', { title: versionTitle(v) })}
            >
              {t('retire.action')}
            </Button>
          )}
          {mayWithdraw(v, canWithdraw) && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onWithdraw(v)}
              aria-label={t('withdraw.label', { title: versionTitle(v) })}
            >
              {t('withdraw.action')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The effective period with each date kept on one line: "Jan 1, 2026 – May 31, 2026", "From Mar 1, 2027". */
function Period({ v, words }: { v: NoticeVersionSummary; words: NoticeWords }) {
  const { t } = words;
  if (v.effectiveDate === null) {
    return (
      <Text span c="dimmed" size="sm">
        {t('period.atPublication')}
      </Text>
    );
  }
  if (v.status === 'withdrawn') {
    return (
      <Text span c="dimmed" size="sm" td="line-through">
        {words.period(v)}
      </Text>
    );
  }
  return <>{words.period(v)}</>;
}
