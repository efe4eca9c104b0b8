// Settings › Audit log: the entries in words ("Maria Lopez viewed patient Jane Doe, MRN A-1006"), newest first,
// fifty a page under the filters (`audit.list`, keyset pages: Newest / Newer / Older, no total), the filtered
// entries as CSV or PDF (`audit.export`, `audit.print`), and verification of the HMAC chain (`audit.verify`).
import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_DEFAULT, type AuditReport } from '../../../../shared/contract/audit';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../../hooks/use-api-query';
import { formatDateTime } from '../../../i18n/format';
import { AuditFilters } from './AuditFilters';
import { EMPTY_FORM, filterOf, type FilterForm } from './filter-form';
import { useAuditSentence } from './sentence';
import { useAuditFiles } from './use-audit-files';
import { VerifyResult } from './VerifyResult';

interface Cursor {
  beforeSeq: number | null;
  afterSeq: number | null;
}
const NEWEST: Cursor = { beforeSeq: null, afterSeq: null };

export function AuditLogSettings() {
  const { t, i18n } = useTranslation('audit');
  const sentence = useAuditSentence();
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [cursor, setCursor] = useState<Cursor>(NEWEST);
  const filter = useMemo(() => filterOf(form), [form]);
  const page = useApiQuery('audit.list', { limit: AUDIT_PAGE_DEFAULT, ...cursor, filter });
  const verify = useApiAction('audit.verify');
  const files = useAuditFiles();
  const [report, setReport] = useState<AuditReport | null>(null);

  const runVerify = async () => {
    setReport(null);
    const result = await verify.run({});
    if (result.ok) setReport(result.value);
  };

  const entries = page.data?.entries ?? [];
  const first = entries[0];
  const last = entries.at(-1);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('title')}
        </Title>
        <Button onClick={() => void runVerify()} loading={verify.pending}>
          {t('verify.button')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <ErrorAlert error={verify.error} title={t('verify.notRun')} />
      {report && <VerifyResult report={report} />}

      <AuditFilters
        onApply={(next) => {
          setForm(next);
          setCursor(NEWEST);
        }}
      />

      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('table.heading')}
        </Title>
        <Group gap="xs">
          <Button variant="default" loading={files.pending === 'csv'} onClick={() => void files.save('csv', filter)}>
            {t('files.csv')}
          </Button>
          <Button variant="default" loading={files.pending === 'pdf'} onClick={() => void files.save('pdf', filter)}>
            {t('files.pdf')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={files.error} title={t('files.failed')} />
      <SuccessAlert
        message={files.saved && t('files.saved', { fileName: files.saved.fileName, count: files.saved.rows })}
        onClose={files.clearSaved}
      />

      {page.error && <ErrorAlert error={appErrorOf(page.error)} />}
      {page.data ? (
        entries.length === 0 ? (
          <Text c="dimmed">{t('table.empty')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Caption>{t('table.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('table.seq')}</Table.Th>
                <Table.Th scope="col">{t('table.when')}</Table.Th>
                <Table.Th scope="col">{t('table.who')}</Table.Th>
                <Table.Th scope="col">{t('table.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>
                    <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                  </Table.Td>
                  <Table.Td>{e.actorName ?? t('someone')}</Table.Td>
                  <Table.Td>{sentence(e)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : (
        !page.error && <Loader aria-label={t('table.loading')} />
      )}

      <Group gap="xs" role="navigation" aria-label={t('paging.label')}>
        <Button variant="default" disabled={!page.data?.newer} onClick={() => setCursor(NEWEST)}>
          {t('paging.newest')}
        </Button>
        <Button
          variant="default"
          disabled={!page.data?.newer || first === undefined}
          onClick={() => first && setCursor({ beforeSeq: null, afterSeq: first.seq })}
        >
          {t('paging.newer')}
        </Button>
        <Button
          variant="default"
          disabled={!page.data?.older || last === undefined}
          onClick={() => last && setCursor({ beforeSeq: last.seq, afterSeq: null })}
        >
          {t('paging.older')}
        </Button>
      </Group>
    </Stack>
  );
}
