// The note a withdrawn version carries wherever it is shown: who withdrew it, when and why.
import { Text, type MantineSize } from '@mantine/core';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { useNoticeWords } from './notice-labels';

export function WithdrawnNote({
  version,
  size = 'sm',
}: {
  version: Pick<NoticeVersionSummary, 'status' | 'withdrawnOn' | 'withdrawnBy' | 'withdrawnReason'>;
  size?: MantineSize;
}) {
  const { t, date } = useNoticeWords();
  if (version.status !== 'withdrawn') return null;
  return (
    <Text size={size} c="red.9" data-testid="withdrawn-note">
      {t('withdraw.note', {
        date: version.withdrawnOn ? date(version.withdrawnOn) : '—',
        name: version.withdrawnBy ?? '—',
        reason: version.withdrawnReason ?? '',
      })}
    </Text>
  );
}
