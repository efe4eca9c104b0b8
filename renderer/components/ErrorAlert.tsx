// Shows one AppError in plain words. VALIDATION messages already shown beside their fields are not repeated.
import { Alert, List } from '@mantine/core';
import type { AppError } from '../../shared/result';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../api/error-text';
import { useFieldMessage } from '../api/field-errors';

export function ErrorAlert({
  error,
  title,
  shownFields,
}: {
  error: AppError | null | undefined;
  title?: string;
  /** Paths the form displays next to inputs; other VALIDATION paths are listed in the alert. */
  shownFields?: readonly string[];
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const fieldMessage = useFieldMessage();
  if (!error || error.code === 'LOCKED') return null;
  const shown = new Set(shownFields ?? []);
  const unshown = error.code === 'VALIDATION' ? (error.fields ?? []).filter((f) => !shown.has(f.path)) : [];
  return (
    <Alert color="red" variant="light" title={title} data-testid="error-alert">
      {describe(error)}
      {unshown.length > 0 && (
        <List size="sm" mt="xs">
          {unshown.map((f) => (
            <List.Item key={f.path}>{t('fieldList', { field: f.path, message: fieldMessage(f.message) })}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
