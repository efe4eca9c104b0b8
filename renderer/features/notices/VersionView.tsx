// A published (or superseded, retired, withdrawn) version: its record, the filled text as patients read it, and
// its PDFs. A scheduled version can be withdrawn here before it takes effect.
import { Button, Code, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { canCall } from '../../../shared/contract/index';
import type { NoticeVersion, NoticeVersionSummary } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { useSignedIn } from '../session/session-context';
import { draftSource, mayWithdraw, previousVersion } from './draft-source';
import { useNoticeWords, usePracticeToday } from './notice-labels';
import { NoticePreview } from './NoticePreview';
import { PdfPanel } from './PdfPanel';
import { RetireModal } from './RetireModal';
import { StatusBadge } from './StatusBadge';
import { draftSourceText, useNewDraft } from './use-new-draft';
import { WithdrawModal } from './WithdrawModal';
import { WithdrawnNote } from './WithdrawnNote';

export function VersionView({
  version,
  flash,
  onFlashClose,
}: {
  version: NoticeVersion;
  flash: string | null;
  onFlashClose: () => void;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const words = useNoticeWords();
  const { t, date, versionTitle, period } = words;
  const { session } = useSignedIn();
  const list = useApiQuery('notices.list', {});
  const newDraft = useNewDraft();
  const [retiring, setRetiring] = useState<NoticeVersionSummary | null>(null);
  const [withdrawing, setWithdrawing] = useState<NoticeVersionSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previous = list.data ? previousVersion(list.data, version) : null;
  const source = list.data ? draftSource(list.data, version.language) : null;
  const today = usePracticeToday();
  const canWithdraw = canCall(session.user.role, 'notices.withdraw') && mayWithdraw(version, today);

  const start = async () => {
    const opened = await newDraft.start(version.language);
    if (opened) void navigate(`/notices/${opened.draft.id}`, { state: { existing: opened.existing } });
  };
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
    void queryClient.invalidateQueries({ queryKey: ['notices.get', { id: version.id }] });
  };

  const dash = '—';
  const rows: [string, React.ReactNode][] = [
    [t('view.status'), <StatusBadge key="s" version={version} />],
    [t('view.inEffect'), version.status === 'withdrawn' ? t('view.neverInEffect') : (period(version) ?? dash)],
    [
      t('view.published'),
      version.publishedOn
        ? version.publishedBy
          ? t('view.publishedBy', { date: date(version.publishedOn), name: version.publishedBy })
          : date(version.publishedOn)
        : dash,
    ],
    [t('view.whatChanged'), version.changeSummary || (version.number === 1 ? t('version.firstNotice') : dash)],
    [
      t('view.materialChange'),
      version.materialChange === null
        ? t('view.materialNotApplicable')
        : version.materialChange
          ? t('view.yes')
          : t('view.no'),
    ],
    ...(version.retiredOn ? [[t('view.retired'), date(version.retiredOn)] as [string, React.ReactNode]] : []),
    ...(version.status === 'withdrawn'
      ? [[t('view.withdrawn'), <WithdrawnNote key="w" version={version} />] as [string, React.ReactNode]]
      : []),
    [
      t('referenceCode.label'),
      version.contentHash ? (
        <Stack key="h" gap={2}>
          <Code style={{ wordBreak: 'break-all' }}>{version.contentHash}</Code>
          <Text size="xs" c="dimmed">
            {t('referenceCode.why')}
          </Text>
        </Stack>
      ) : (
        dash
      ),
    ],
  ];

  return (
    <Stack gap="md">
      <div>
        <Button component={Link} to="/notices" variant="subtle" size="compact-sm" px={0}>
          {t('nav.allVersions')}
        </Button>
        <Group justify="space-between" align="flex-end">
          <Title order={1} size="h2">
            {t('view.title', { language: version.language, number: version.number ?? 0 })}
          </Title>
          <Group gap="sm">
            {previous && (
              <Button component={Link} to={`/notices/compare?from=${previous.id}&to=${version.id}`} variant="default">
                {t('compare.withVersion', { number: previous.number ?? 0 })}
              </Button>
            )}
            {version.status === 'superseded' && (
              <Button variant="light" color="red" onClick={() => setRetiring(version)}>
                {t('retire.action')}
              </Button>
            )}
            {canWithdraw && (
              <Button variant="light" color="red" onClick={() => setWithdrawing(version)}>
                {t('withdraw.action')}
              </Button>
            )}
            <Button onClick={() => void start()} loading={newDraft.pending} aria-describedby="new-draft-source">
              {t('list.newDraft')}
            </Button>
          </Group>
        </Group>
        {source && (
          <Text size="sm" c="dimmed" ta="right" id="new-draft-source">
            {draftSourceText(source, words)}
          </Text>
        )}
      </div>
      <SuccessAlert message={flash ?? done} onClose={flash ? onFlashClose : () => setDone(null)} />
      <ErrorAlert error={newDraft.error} title={t('list.draftNotCreated')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Table
              variant="vertical"
              withTableBorder
              layout="fixed"
              fz="sm"
              aria-label={t('view.recordLabel', { title: versionTitle(version) })}
            >
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={200} scope="row">
                      {label}
                    </Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              {t('view.exactText')}
            </Text>
            <NoticePreview
              content={version.content}
              practice={version.practice}
              language={version.language}
              effectiveDate={version.effectiveDate}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" p="md" pos="sticky" top={76} component="aside" aria-labelledby="print-title">
            <Title order={2} size="h5" mb="sm" id="print-title">
              {t('pdf.panelTitle')}
            </Title>
            <PdfPanel version={version} />
          </Paper>
        </Grid.Col>
      </Grid>
      <RetireModal
        version={retiring}
        onClose={() => setRetiring(null)}
        onDone={() => {
          setRetiring(null);
          refresh();
        }}
      />
      <WithdrawModal
        version={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={(v) => {
          setWithdrawing(null);
          setDone(t('withdraw.done', { title: versionTitle(v) }));
          refresh();
        }}
      />
    </Stack>
  );
}
