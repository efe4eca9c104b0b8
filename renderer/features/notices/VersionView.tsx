// A published (or superseded, retired) version: its record, the filled text as patients read it, and its PDFs.
import { Button, Code, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { NoticeVersion, NoticeVersionSummary } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { useApiQuery } from '../../hooks/use-api-query';
import { previousVersion } from './draft-source';
import { dateText, effectivePeriod, LANGUAGE_LABEL, versionName, versionTitle } from './notice-labels';
import { NoticePreview } from './NoticePreview';
import { PdfPanel } from './PdfPanel';
import { RetireModal } from './RetireModal';
import { StatusBadge } from './StatusBadge';

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
  const list = useApiQuery('notices.list', {});
  const create = useApiAction('notices.createDraft');
  const [retiring, setRetiring] = useState<NoticeVersionSummary | null>(null);
  const previous = list.data ? previousVersion(list.data, version) : null;

  const newDraft = async () => {
    const result = await create.run({ language: version.language, from: version.id });
    if (result.ok) {
      void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
      void navigate(`/notices/${result.value.id}`);
    }
  };

  const rows: [string, React.ReactNode][] = [
    ['Status', <StatusBadge key="s" version={version} />],
    ['In effect', effectivePeriod(version) ?? '—'],
    [
      'Published',
      version.publishedOn
        ? `${dateText(version.publishedOn)}${version.publishedBy ? ` by ${version.publishedBy}` : ''}`
        : '—',
    ],
    ['What changed', version.changeSummary || (version.number === 1 ? 'First notice' : '—')],
    [
      'Material change',
      version.materialChange === null ? 'Not applicable (first notice)' : version.materialChange ? 'Yes' : 'No',
    ],
    ...(version.retiredOn ? [['Retired', dateText(version.retiredOn)] as [string, React.ReactNode]] : []),
    [
      'Content hash (SHA-256)',
      version.contentHash ? (
        <Code key="h" style={{ wordBreak: 'break-all' }}>
          {version.contentHash}
        </Code>
      ) : (
        '—'
      ),
    ],
  ];

  return (
    <Stack gap="md">
      <div>
        <Button component={Link} to="/notices" variant="subtle" size="compact-sm" px={0}>
          ← All versions
        </Button>
        <Group justify="space-between" align="flex-end">
          <Title order={1} size="h2">
            {LANGUAGE_LABEL[version.language]} notice — {versionName(version).toLowerCase()}
          </Title>
          <Group gap="sm">
            {previous && (
              <Button component={Link} to={`/notices/compare?from=${previous.id}&to=${version.id}`} variant="default">
                Compare with {versionName(previous).toLowerCase()}
              </Button>
            )}
            {version.status === 'superseded' && (
              <Button variant="light" color="red" onClick={() => setRetiring(version)}>
                Retire
              </Button>
            )}
            <Button onClick={() => void newDraft()} loading={create.pending}>
              New draft from this version
            </Button>
          </Group>
        </Group>
      </div>
      <SuccessAlert message={flash} onClose={onFlashClose} />
      <ErrorAlert error={create.error} title="Draft not created" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Table
              variant="vertical"
              withTableBorder
              layout="fixed"
              fz="sm"
              aria-label={`The record of ${versionTitle(version)}`}
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
              The text below is exactly what was published, with the practice details as they were on the day of
              publication.
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
              Print and save
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
          void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
          void queryClient.invalidateQueries({ queryKey: ['notices.get', { id: version.id }] });
        }}
      />
    </Stack>
  );
}
