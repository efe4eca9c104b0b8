// Settings › Audit log: verify the HMAC chain on demand (`audit.verify`) and show the latest 100 entries (`audit.list`).
import { Alert, Button, Code, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditReport } from '../../../../shared/contract/audit';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../../hooks/use-api-query';

const formatTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

export function AuditLogSettings() {
  const entries = useApiQuery('audit.list', { limit: 100, beforeSeq: null });
  const verify = useApiAction('audit.verify');
  const [report, setReport] = useState<AuditReport | null>(null);

  const runVerify = async () => {
    setReport(null);
    const result = await verify.run({});
    if (result.ok) setReport(result.value);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Audit log
        </Title>
        <Button onClick={() => void runVerify()} loading={verify.pending}>
          Verify audit log
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Every sign-in, change and view of patient information is recorded in a chain that shows any alteration.
        Verifying recomputes the chain from the first entry.
      </Text>
      <ErrorAlert error={verify.error} title="Verification did not run" />
      {report && <VerifyResult report={report} />}
      <Title order={3} size="h5">
        Latest entries
      </Title>
      {entries.error && <ErrorAlert error={appErrorOf(entries.error)} />}
      {entries.data ? (
        entries.data.length === 0 ? (
          <Text c="dimmed">No entries yet.</Text>
        ) : (
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Caption>The 100 most recent audit entries, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Record</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>{formatTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorName ?? 'System'}</Table.Td>
                  <Table.Td>{e.action}</Table.Td>
                  <Table.Td>{e.entityId ? `${e.entity} ${e.entityId}` : e.entity}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : (
        !entries.error && <Loader aria-label="Loading audit entries" />
      )}
    </Stack>
  );
}

function VerifyResult({ report }: { report: AuditReport }) {
  if (report.ok) {
    return (
      <Alert color="green" variant="light" title="Audit log verified" role="status">
        All {report.entries} entries are intact.
        {report.head && (
          <>
            {' '}
            Latest entry #{report.head.seq}, chain head <Code>{report.head.mac}</Code>
          </>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="The audit log has problems">
      <Text size="sm">
        {report.problems.length} problem{report.problems.length === 1 ? '' : 's'} found in {report.entries} entries.
        Keep this workstation as it is and contact your privacy officer.
      </Text>
      <List size="sm" mt="xs">
        {report.problems.map((p, i) => (
          <List.Item key={`${i}-${p.seq}-${p.kind}`}>
            Entry #{p.seq}: {p.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
