// The status of a notice version as a coloured badge: draft, published, in effect, superseded or retired.
import { Badge } from '@mantine/core';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { STATUS_COLOR, statusKey, useNoticeWords } from './notice-labels';

export function StatusBadge({ version }: { version: Pick<NoticeVersionSummary, 'status' | 'inEffect'> }) {
  const { status } = useNoticeWords();
  return (
    // Never truncated to "IN EFF…" when a table column is narrow.
    <Badge
      color={STATUS_COLOR[statusKey(version)]}
      variant={version.inEffect ? 'filled' : 'light'}
      style={{ overflow: 'visible', flexShrink: 0 }}
      miw="max-content"
    >
      {status(version)}
    </Badge>
  );
}
