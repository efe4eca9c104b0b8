// Publishing a draft: the effective date (today or later, in the practice's time zone), for a revision the
// change summary and whether it is a material change, then a plain confirmation. Refusals show in the dialog.
import { Alert, Button, Group, Loader, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
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
import { dateText, LANGUAGE_IN_SENTENCE } from './notice-labels';
import {
  checkPublish,
  confirmationSentence,
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
  /** Missing elements by the live checklist: publishing will be refused while there are any. */
  missing: number;
  values: PublishValues;
  setValues: (change: (v: PublishValues) => PublishValues) => void;
  onClose: () => void;
  onPublished: (v: NoticeVersion) => void;
}

export function PublishModal(props: PublishModalProps) {
  const { opened, draft, onClose } = props;
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={`Publish the ${LANGUAGE_IN_SENTENCE[draft.language]} notice`}
      size="lg"
    >
      <PublishSteps {...props} />
    </AppModal>
  );
}

function PublishSteps({ draft, versions, missing, values, setValues, onClose, onPublished }: PublishModalProps) {
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
      <Loader aria-label="Loading the practice's time zone" />
    );
  }

  const effectiveDate = effectiveDateOf(values, today);

  const next = () => {
    const found = checkPublish(values, { language: draft.language, today, versions });
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
          {confirmationSentence(number, draft.language, effectiveDate)}
        </Text>
        {revision && (
          <Stack gap={4}>
            <Text size="sm">
              <strong>What changed:</strong> {values.changeSummary.trim()}
            </Text>
            <Text size="sm">
              <strong>Material change:</strong> {values.material === 'yes' ? 'Yes' : 'No'}
            </Text>
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          From {dateText(effectiveDate)}, give this version to new patients, post it in the office and on the
          practice&apos;s website, and hand a copy to anyone who asks.
        </Text>
        <RefusalAlert error={publish.error} title="Not published" />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setStep('details')}>
            Back
          </Button>
          <Button onClick={() => void confirm()} loading={publish.pending} data-autofocus>
            Publish version {number}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submitHandler(next)} noValidate aria-label="Publication details">
      <Stack gap="md">
        {missing > 0 && (
          <Alert color="yellow" variant="light">
            The checklist shows {missing} missing element{missing === 1 ? '' : 's'}. Publication will be refused until
            {missing === 1 ? ' it is' : ' they are'} added.
          </Alert>
        )}
        <TextInput
          type="date"
          label="Effective date"
          description={`The first day this version is in effect: today (${dateText(today)}) or later, up to ${dateText(latestEffectiveDate(today))}, in the practice's time zone (${practice.data?.timeZone ?? ''}).`}
          min={today}
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
              label="What changed"
              description="A short summary for the record of versions, e.g. “Added the Part 2 statement; new privacy officer phone.”"
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
              label="Is this a material change?"
              description="A material change alters the uses and disclosures, the patient's rights, the practice's duties or other privacy practices the notice describes. It cannot take effect before the notice says so (164.520(b)(3))."
              value={values.material}
              error={errors.materialChange}
              onChange={(value) => setValues((v) => ({ ...v, material: value === 'yes' ? 'yes' : 'no' }))}
            >
              <Group mt="xs">
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </Group>
            </Radio.Group>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Continue</Button>
        </Group>
      </Stack>
    </form>
  );
}
