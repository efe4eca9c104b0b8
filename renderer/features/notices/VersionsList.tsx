// Notices › versions: per language, every version with its status, effective period, publication (with the short
// content hash) and change summary.
// Managers open, start drafts, compare and retire; the front desk sees the published versions and their PDFs.
// Comparing a version with the one before is on the version's own page (and the editor), keeping rows narrow.
import { Alert, Button, Code, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LANGUAGES, type Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { draftSource, listOrder } from './draft-source';
import { LANGUAGE_LABEL, shortDate, shortHash, versionName, versionTitle } from './notice-labels';
import { PdfMenu } from './PdfMenu';
import { RefusalAlert } from './RefusalAlert';
import { RetireModal } from './RetireModal';
import { StatusBadge } from './StatusBadge';
import { useSavePdf, type SavePdf } from './use-save-pdf';

export function VersionsList({ canManage }: { canManage: boolean }) {
  const query = useApiQuery('notices.list', {});
  const queryClient = useQueryClient();
  const pdf = useSavePdf();
  const [retiring, setRetiring] = useState<NoticeVersionSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Notices
        </Title>
        <Text c="dimmed" mt={4}>
          Versions of the Notice of Privacy Practices. Each language has its own versions, and exactly one of them is in
          effect on any day. Published versions never change; a revision is a new version.
        </Text>
      </div>
      <SuccessAlert message={notice} onClose={() => setNotice(null)} />
      <RefusalAlert error={pdf.error} title="PDF not saved" />
      {pdf.saved && (
        <Text size="sm" role="status">
          PDF ready: {pdf.saved.fileName}, {pdf.saved.pages} page{pdf.saved.pages === 1 ? '' : 's'}.
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
              pdf={pdf}
              onRetire={setRetiring}
            />
          ))
        : !query.error && <Loader aria-label="Loading notice versions" />}
      <RetireModal
        version={retiring}
        onClose={() => setRetiring(null)}
        onDone={(v) => {
          setRetiring(null);
          setNotice(`${versionTitle(v)} is retired. It stays on file and can still be printed.`);
          void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
        }}
      />
    </Stack>
  );
}

function LanguageSection({
  language,
  versions,
  canManage,
  pdf,
  onRetire,
}: {
  language: Language;
  versions: readonly NoticeVersionSummary[];
  canManage: boolean;
  pdf: SavePdf;
  onRetire: (v: NoticeVersionSummary) => void;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useApiAction('notices.createDraft');
  const mine = versions.filter((v) => v.language === language && (canManage || v.status !== 'draft')).sort(listOrder);
  const source = draftSource(versions, language);
  const inEffect = mine.some((v) => v.inEffect);
  const headingId = `notices-${language}`;

  const newDraft = async () => {
    const result = await create.run({ language, from: source.from === 'template' ? 'template' : source.version.id });
    if (result.ok) {
      void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
      void navigate(`/notices/${result.value.id}`);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id={headingId}>
          {LANGUAGE_LABEL[language]}
        </Title>
        {canManage && (
          <Group gap="sm">
            {mine.filter((v) => v.number !== null).length >= 2 && (
              <Button component={Link} to={`/notices/compare?language=${language}`} variant="default">
                Compare versions
              </Button>
            )}
            <Button onClick={() => void newDraft()} loading={create.pending} aria-describedby={`${headingId}-source`}>
              New draft
            </Button>
          </Group>
        )}
      </Group>
      {canManage && (
        <Text size="sm" c="dimmed" id={`${headingId}-source`}>
          {source.from === 'template'
            ? 'A new draft starts from the Privacy Desk template.'
            : `A new draft starts from ${versionName(source.version).toLowerCase()}${source.version.inEffect ? ', the version in effect' : ''}.`}
        </Text>
      )}
      <ErrorAlert error={create.error} title="Draft not created" />
      {!inEffect && (
        <Alert color="yellow" variant="light">
          No {language === 'en' ? 'English' : 'Spanish'} notice is in effect today.
          {canManage
            ? ' Publish a version so that patients can be given one.'
            : ' Ask your privacy officer to publish one.'}
        </Alert>
      )}
      {mine.length === 0 ? (
        <Text c="dimmed">No versions yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table striped verticalSpacing="sm" fz="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Version</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">In effect</Table.Th>
                <Table.Th scope="col">Published</Table.Th>
                <Table.Th scope="col">Change summary</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.map((v) => (
                <VersionRow key={v.id} v={v} canManage={canManage} pdf={pdf} onRetire={onRetire} />
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
  pdf,
  onRetire,
}: {
  v: NoticeVersionSummary;
  canManage: boolean;
  pdf: SavePdf;
  onRetire: (v: NoticeVersionSummary) => void;
}) {
  return (
    <Table.Tr data-version-id={v.id}>
      <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {versionName(v)}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge version={v} />
      </Table.Td>
      <Table.Td>
        <Period v={v} />
      </Table.Td>
      <Table.Td>
        {v.publishedOn ? (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{shortDate(v.publishedOn)}</span>
            {v.publishedBy && (
              <Text size="xs" c="dimmed">
                by {v.publishedBy}
              </Text>
            )}
            {v.retiredOn && (
              <Text size="xs" c="dimmed">
                retired {shortDate(v.retiredOn)}
              </Text>
            )}
            {v.contentHash && (
              <Code fz="xs" title={`Content hash (SHA-256) ${v.contentHash}`}>
                {shortHash(v.contentHash)}
              </Code>
            )}
          </>
        ) : (
          <Text span c="dimmed" size="sm">
            Not published
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        {v.changeSummary ||
          (v.number === 1 ? (
            <Text span c="dimmed" size="sm">
              First notice
            </Text>
          ) : (
            ''
          ))}
        {v.materialChange && (
          <Text size="xs" c="dimmed">
            Material change
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {canManage && (
            <Button
              component={Link}
              to={`/notices/${v.id}`}
              size="xs"
              variant="light"
              aria-label={`${v.status === 'draft' ? 'Edit' : 'Open'} ${versionTitle(v)}`}
            >
              {v.status === 'draft' ? 'Edit' : 'Open'}
            </Button>
          )}
          <PdfMenu version={v} pdf={pdf} />
          {canManage && v.status === 'superseded' && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onRetire(v)}
              aria-label={`Retire ${versionTitle(v)}`}
            >
              Retire
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The effective period with each date kept on one line: "Jan 1, 2026 – May 31, 2026", "From Mar 1, 2027". */
function Period({ v }: { v: NoticeVersionSummary }) {
  if (v.effectiveDate === null) {
    return (
      <Text span c="dimmed" size="sm">
        Chosen at publication
      </Text>
    );
  }
  const day = (date: string) => <span style={{ whiteSpace: 'nowrap' }}>{shortDate(date)}</span>;
  return v.effectiveUntil === null ? (
    <>From {day(v.effectiveDate)}</>
  ) : (
    <>
      {day(v.effectiveDate)} – {day(v.effectiveUntil)}
    </>
  );
}
