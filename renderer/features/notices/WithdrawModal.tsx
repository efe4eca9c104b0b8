// Withdrawing a scheduled version (`notices.withdraw`) before it takes effect, to correct a published mistake.
// It is kept on file, marked withdrawn with who, when and why, and never counts as in effect. The reason is
// required because the record of versions must explain why a published notice never took effect.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { AppModal } from '../../components/AppModal';
import { submitHandler } from '../../components/submit-handler';
import { useFieldErrors } from '../../api/field-errors';
import { useApiAction } from '../../hooks/use-api-action';
import { useNoticeWords } from './notice-labels';
import { RefusalAlert } from './RefusalAlert';

export function WithdrawModal({
  version,
  onClose,
  onDone,
}: {
  version: NoticeVersionSummary | null;
  onClose: () => void;
  onDone: (v: NoticeVersionSummary) => void;
}) {
  const { t, versionTitle, date } = useNoticeWords();
  const withdraw = useApiAction('notices.withdraw');
  const fields = useFieldErrors();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const close = () => {
    withdraw.setError(null);
    setReasonError(null);
    onClose();
  };
  const confirm = async () => {
    if (!version) return;
    if (reason.trim() === '') {
      setReasonError(t('withdraw.reasonRequired'));
      return;
    }
    setReasonError(null);
    const result = await withdraw.run({ id: version.id, reason: reason.trim() });
    if (result.ok) {
      setReason('');
      onDone(result.value);
      return;
    }
    const fieldMessage = fields.fieldErrorsOf(result.error)['reason'];
    if (fieldMessage) {
      withdraw.setError(null);
      setReasonError(fieldMessage);
    }
  };
  return (
    <AppModal
      opened={version !== null}
      onClose={close}
      title={version ? t('withdraw.title', { title: versionTitle(version) }) : t('withdraw.action')}
    >
      {version && (
        <form onSubmit={submitHandler(confirm)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('withdraw.explain', { date: date(version.effectiveDate ?? '') })}</Text>
            <Textarea
              label={t('withdraw.reason')}
              description={t('withdraw.reasonHelp')}
              autosize
              minRows={2}
              maxLength={500}
              required
              value={reason}
              error={reasonError}
              data-autofocus
              onChange={(e) => {
                const value = e.currentTarget.value;
                setReason(value);
              }}
            />
            <RefusalAlert error={withdraw.error} title={t('withdraw.notDone')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.pending}>
                {t('withdraw.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
