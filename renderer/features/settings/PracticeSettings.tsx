// Settings › Practice: administrators edit the details printed on every notice and letter (`practice.update`);
// a privacy officer sees only the privacy-officer contact details, which they keep current themselves
// (`practice.updatePrivacyOfficer`). Which form shows follows the contract's access (canCall).
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCall } from '../../../shared/contract/index';
import { Practice, PrivacyOfficer, type SavedPractice } from '../../../shared/contract/practice';
import { NO_FIELD_ERRORS, scopeErrors, useFieldErrors, type FieldErrors } from '../../api/field-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { PracticeFields } from '../practice/PracticeFields';
import { PrivacyOfficerFields } from '../practice/PrivacyOfficerFields';
import { ALL_PRACTICE_PATHS, OFFICER_FIELDS, practiceToForm, type PracticeFormValues } from '../practice/practice-form';
import { useSession, useSignedIn } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';
import type { z } from 'zod';
import type { Result } from '../../../shared/result';

type SavedPracticeValue = z.infer<typeof SavedPractice>;

export function PracticeSettings() {
  const { t } = useTranslation('settings');
  const { session } = useSignedIn();
  const query = useApiQuery('practice.get', {});
  // The form is seeded once and then owns its values, so a lock (which clears the query cache) cannot wipe edits.
  const [values, setValues] = useState<PracticeFormValues | null>(null);
  if (query.data && !values) setValues(practiceToForm(query.data));

  if (!values) {
    return query.error ? <ErrorAlert error={appErrorOf(query.error)} /> : <Loader aria-label={t('practice.loading')} />;
  }
  return canCall(session.user.role, 'practice.update') ? (
    <PracticeForm values={values} setValues={setValues} />
  ) : (
    <OfficerForm values={values} setValues={setValues} />
  );
}

interface FormProps {
  values: PracticeFormValues;
  setValues: React.Dispatch<React.SetStateAction<PracticeFormValues | null>>;
}

/**
 * Saving either form: check with the contract's schema, send, and keep the field messages (from the check or the
 * core). After a save, the form, the cached practice and the header show what was stored.
 */
const usePracticeSave = (setValues: FormProps['setValues'], savedMessage: string) => {
  const { setPracticeName } = useSession();
  const queryClient = useQueryClient();
  const { check, fieldErrorsOf } = useFieldErrors();
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const save = async <S extends z.ZodType>(
    schema: S,
    input: unknown,
    send: (value: z.infer<S>) => Promise<Result<SavedPracticeValue>>,
  ) => {
    setSaved(null);
    const parsed = check(schema, input);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const result = await send(parsed.value);
    if (!result.ok) {
      setErrors(fieldErrorsOf(result.error));
      return;
    }
    setValues(practiceToForm(result.value));
    queryClient.setQueryData(['practice.get', {}], result.value);
    setPracticeName(result.value.name);
    setSaved(savedMessage);
  };
  return { errors, saved, setSaved, formRef, save };
};

function PracticeForm({ values, setValues }: FormProps) {
  const { t } = useTranslation('settings');
  const update = useApiAction('practice.update');
  const { errors, saved, setSaved, formRef, save } = usePracticeSave(setValues, t('practice.saved'));

  const edit = (change: (v: PracticeFormValues) => PracticeFormValues) => {
    setSaved(null);
    setValues((v) => (v ? change(v) : v));
  };

  const submit = () => save(Practice, values, (practice) => update.run(practice));

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('practice.formLabel')}>
      <Stack gap="lg" maw={760}>
        <Title order={2} size="h4">
          {t('practice.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('practice.intro')}
        </Text>
        <PracticeFields values={values} errors={errors} onChange={(patch) => edit((v) => ({ ...v, ...patch }))} />
        <Title order={2} size="h4">
          {t('practice.officerHeading')}
        </Title>
        <PrivacyOfficerFields
          values={values.privacyOfficer}
          errors={scopeErrors(errors, 'privacyOfficer')}
          onChange={(field, value) => edit((v) => ({ ...v, privacyOfficer: { ...v.privacyOfficer, [field]: value } }))}
        />
        <ErrorAlert error={update.error} title={t('practice.notSaved')} shownFields={ALL_PRACTICE_PATHS} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={update.pending}>
            {t('practice.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The privacy officer's own contact details, and nothing else of the practice. */
function OfficerForm({ values, setValues }: FormProps) {
  const { t } = useTranslation('settings');
  const update = useApiAction('practice.updatePrivacyOfficer');
  const { errors, saved, setSaved, formRef, save } = usePracticeSave(setValues, t('practice.officerSaved'));

  const submit = () => save(PrivacyOfficer, values.privacyOfficer, (officer) => update.run(officer));

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('practice.officerFormLabel')}>
      <Stack gap="lg" maw={760}>
        <Title order={2} size="h4">
          {t('practice.officerHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('practice.officerIntro')}
        </Text>
        <PrivacyOfficerFields
          values={values.privacyOfficer}
          errors={errors}
          onChange={(field, value) => {
            setSaved(null);
            setValues((v) => (v ? { ...v, privacyOfficer: { ...v.privacyOfficer, [field]: value } } : v));
          }}
        />
        <ErrorAlert error={update.error} title={t('practice.notSaved')} shownFields={OFFICER_FIELDS} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={update.pending}>
            {t('practice.officerSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
