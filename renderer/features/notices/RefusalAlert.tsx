// A refusal from the core in plain words, with the list a rule names (missing elements, unknown placeholders).
import { Alert, List } from '@mantine/core';
import type { AppError } from '../../../shared/result';
import { ruleItems, useDescribeError } from '../../api/error-text';

const LIST_LABEL: Readonly<Record<string, string>> = {
  'notice.incomplete': 'Missing:',
  'notice.unknownPlaceholder': 'Correct or remove:',
};

export function RefusalAlert({ error, title }: { error: AppError | null | undefined; title?: string }) {
  const describeError = useDescribeError();
  if (!error || error.code === 'LOCKED') return null;
  const items = ruleItems(error);
  return (
    <Alert color="red" variant="light" title={title} data-testid="error-alert">
      {describeError(error)}
      {items.length > 0 && (
        <>
          {' '}
          {LIST_LABEL[error.rule ?? ''] ?? ''}
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
