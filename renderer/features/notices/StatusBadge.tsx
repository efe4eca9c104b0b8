// The status of a notice version as a coloured badge: draft, published, in effect, superseded or retired.
import { Badge } from '@mantine/core';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { STATUS, statusKey } from './notice-labels';

export function StatusBadge({ version }: { version: Pick<NoticeVersionSummary, 'status' | 'inEffect'> }) {
  const { label, color } = STATUS[statusKey(version)];
  return (
    // Never truncated to "IN EFF…" when a table column is narrow.
    <Badge
      color={color}
      variant={version.inEffect ? 'filled' : 'light'}
      style={{ overflow: 'visible', flexShrink: 0 }}
      miw="max-content"
    >
      {label}
    </Badge>
  );
}
