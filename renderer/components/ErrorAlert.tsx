// Shows one AppError in plain words. VALIDATION messages already shown beside their fields are not repeated.
import { Alert, List } from '@mantine/core';
import type { AppError } from '../../shared/result';
import { describeError } from '../api/error-text';

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
  if (!error || error.code === 'LOCKED') return null;
  const shown = new Set(shownFields ?? []);
  const unshown = error.code === 'VALIDATION' ? (error.fields ?? []).filter((f) => !shown.has(f.path)) : [];
  return (
    <Alert color="red" variant="light" title={title} data-testid="error-alert">
      {describeError(error)}
      {unshown.length > 0 && (
        <List size="sm" mt="xs">
          {unshown.map((f) => (
            <List.Item key={f.path}>
              {f.path}: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
