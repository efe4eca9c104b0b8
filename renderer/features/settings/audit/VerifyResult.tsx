// The outcome of "Verify audit log": intact (how many entries, the chain head) or each problem by entry.
import { Alert, Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../shared/contract/audit';

export function VerifyResult({ report }: { report: AuditReport }) {
  const { t } = useTranslation('audit');
  if (report.ok) {
    return (
      <Alert color="green" variant="light" title={t('verify.okTitle')} role="status">
        {t('verify.ok', { count: report.entries })}
        {report.head && (
          <>
            {' '}
            {t('verify.head', { seq: report.head.seq })} <Code>{report.head.mac}</Code>
          </>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={t('verify.badTitle')}>
      <Text size="sm">{t('verify.bad', { problems: report.problems.length, count: report.entries })}</Text>
      <List size="sm" mt="xs">
        {report.problems.map((p, i) => (
          <List.Item key={`${i}-${p.seq}-${p.kind}`}>
            {t('verify.problem', { seq: p.seq, message: p.message })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
