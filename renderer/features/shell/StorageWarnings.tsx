// Warnings about where the practice's data is kept (e.g. a cloud-sync folder), shown above every screen
// until the practice moves the database: the core reports them in app.status.
import { Alert } from '@mantine/core';
import { useSession } from '../session/session-context';

export function StorageWarnings() {
  const { warnings } = useSession();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" title="Where your data is kept needs attention" mb="md" role="alert">
      {warnings.map((w) => (
        <p key={w} style={{ margin: 0 }}>
          {w}
        </p>
      ))}
    </Alert>
  );
}
