// Publishing a draft: the effective date (from the earliest allowed day, in the practice's time zone), for a
// revision the change summary and whether it is a material change, then a plain confirmation. With a required
// element missing nothing can be published: the dialog lists each one as a link to its field instead.
// Refusals from the core show in the dialog.
import { Button, Group, Loader, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersion, NoticeVersionSummary } from '../../../shared/contract/notices';
import { localDate } from '../../../shared/domain/dates';
import { latestEffectiveDate } from '../../../shared/domain/notice-lifecycle';
import { useDescribeError } from '../../api/error-text';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { blockingItems, type ChecklistItem } from '../../../shared/domain/checklist-item';
import { MissingList } from './editor/ChecklistPanel';
import { useNoticeWords } from './notice-labels';
import {
  checkPublish,
  confirmationSentence,
  earliestEffectiveDate,
  effectiveDateOf,
  isPublishRule,
  isRevision,
  materialChangeOf,
  nextNumber,
  RULE_FIELD,
  type PublishErrors,
  type PublishValues,
} from './publish-form';
import { RefusalAlert } from './RefusalAlert';

export interface PublishModalProps {
  opened: boolean;
  draft: { id: number; language: Language };
  versions: readonly NoticeVersionSummary[];
  /** The live checklist: publishing is refused while an element is missing or a false claim is made, so the dialog lists them instead. */
  checklist: readonly ChecklistItem[];
  values: PublishValues;
  setValues: (change: (v: PublishValues) => PublishValues) => void;
  onClose: () => void;
  onPublished: (v: NoticeVersion) => void;
}

export function PublishModal(props: PublishModalProps) {
  const { opened, draft, onClose } = props;
  const { t } = useNoticeWords();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('publish.title', { language: draft.language })} size="lg">
      <PublishSteps {...props} />
    </AppModal>
  );
}

function PublishSteps({ draft, versions, checklist, values, setValues, onClose, onPublished }: PublishModalProps) {
  const words = useNoticeWords();
  const { t, date } = words;
  const practice = useApiQuery('practice.get', {});
  const publish = useApiAction('notices.publish');
  const describeError = useDescribeError();
  const [step, setStep] = useState<'details' | 'confirm'>('details');
  const [errors, setErrors] = useState<PublishErrors>({});
  const today = practice.data ? localDate(new Date(), practice.data.timeZone) : null;
  const revision = isRevision(versions, draft.language);
  const number = nextNumber(versions, draft.language);

  if (!today) {
    return practice.error ? (
      <ErrorAlert error={appErrorOf(practice.error)} />
    ) : (
      <Loader aria-label={t('publish.loadingTimeZone')} />
    );
  }

  const earliest = earliestEffectiveDate(versions, draft.language, today);
  const effectiveDate = effectiveDateOf(values, today, earliest);
  // A missing element or a false claim stops publication, as the core's gate does.
  const missing = blockingItems(checklist);

  if (missing.length > 0) {
    return (
      <Stack gap="md">
        <Text size="sm">
          {missing.some((i) => i.status === 'false_claim')
            ? t('checklist.publishBlocked', { count: missing.length })
            : t('publish.blocked', { count: missing.length })}
        </Text>
        <MissingList items={checklist} title={t('publish.missingTitle')} onGo={onClose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.close')}
          </Button>
          <Button disabled>{t('publish.publishAny')}</Button>
        </Group>
      </Stack>
    );
  }

  const next = () => {
    const found = checkPublish(values, { language: draft.language, today, versions, words });
    setErrors(found);
    if (Object.keys(found).length === 0) setStep('confirm');
  };

  const confirm = async () => {
    const result = await publish.run({
      id: draft.id,
      effectiveDate,
      changeSummary: values.changeSummary.trim(),
      materialChange: materialChangeOf(values, revision),
    });
    if (result.ok) {
      onPublished(result.value);
      return;
    }
    const { rule } = result.error;
    if (rule !== undefined && isPublishRule(rule)) {
      const field = RULE_FIELD[rule];
      publish.setError(null);
      setErrors({ [field]: describeError(result.error) });
      setStep('details');
    }
  };

  if (step === 'confirm') {
    return (
      <Stack gap="md">
        <Text fw={600} data-testid="publish-confirmation">
          {confirmationSentence(number, draft.language, effectiveDate, words)}
        </Text>
        {revision && (
          <Stack gap={4}>
            <Text size="sm">{t('publish.summaryLine', { summary: values.changeSummary.trim() })}</Text>
            <Text size="sm">
              {t('publish.materialLine', { answer: values.material === 'yes' ? t('view.yes') : t('view.no') })}
            </Text>
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {t('publish.afterwards', { date: date(effectiveDate) })}
        </Text>
        <RefusalAlert error={publish.error} title={t('publish.notDone')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setStep('details')}>
            {t('common:actions.back')}
          </Button>
          <Button onClick={() => void confirm()} loading={publish.pending} data-autofocus>
            {t('publish.publishNumber', { number })}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submitHandler(next)} noValidate aria-label={t('publish.formLabel')}>
      <Stack gap="md">
        <Text size="sm" data-testid="earliest-date">
          {earliest === today
            ? t('publish.earliestToday', { date: date(today) })
            : t('publish.earliestAfter', { date: date(earliest) })}
        </Text>
        <TextInput
          type="date"
          label={t('publish.effectiveDate')}
          description={t('publish.effectiveDateHelp', {
            earliest: date(earliest),
            latest: date(latestEffectiveDate(today)),
            timeZone: practice.data?.timeZone ?? '',
          })}
          min={earliest}
          max={latestEffectiveDate(today)}
          value={effectiveDate}
          error={errors.effectiveDate}
          data-autofocus
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, effectiveDate: value }));
          }}
        />
        {revision && (
          <>
            <Textarea
              label={t('publish.whatChanged')}
              description={t('publish.whatChangedHelp')}
              autosize
              minRows={2}
              maxLength={2_000}
              value={values.changeSummary}
              error={errors.changeSummary}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, changeSummary: value }));
              }}
            />
            <Radio.Group
              label={t('publish.material')}
              description={t('publish.materialHelp')}
              value={values.material}
              error={errors.materialChange}
              onChange={(value) => setValues((v) => ({ ...v, material: value === 'yes' ? 'yes' : 'no' }))}
            >
              <Group mt="xs">
                <Radio value="yes" label={t('view.yes')} />
                <Radio value="no" label={t('view.no')} />
              </Group>
            </Radio.Group>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit">{t('common:actions.continue')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
