// A refusal from the core in plain words, with the list a rule names (missing elements, unknown placeholders).
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ruleItems, useDescribeError } from '../../api/error-text';

export function RefusalAlert({ error, title }: { error: AppError | null | undefined; title?: string }) {
  const { t } = useTranslation(['notices', 'common']);
  const describeError = useDescribeError();
  if (!error || error.code === 'LOCKED') return null;
  const items = ruleItems(error);
  const listLabel =
    error.rule === 'notice.incomplete'
      ? t('refusal.missing')
      : error.rule === 'notice.unknownPlaceholder'
        ? t('refusal.correct')
        : '';
  return (
    <Alert color="red" variant="light" title={title} data-testid="error-alert">
      {describeError(error)}
      {items.length > 0 && (
        <>
          {' '}
          {listLabel}
          <List size="sm" mt="xs">
            {items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
