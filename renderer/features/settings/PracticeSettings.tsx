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

/** After a save: the form, the cached practice and the header show what was stored. */
const useSavedPractice = (setValues: FormProps['setValues']) => {
  const { setPracticeName } = useSession();
  const queryClient = useQueryClient();
  return (saved: SavedPracticeValue) => {
    setValues(practiceToForm(saved));
    queryClient.setQueryData(['practice.get', {}], saved);
    setPracticeName(saved.name);
  };
};

function PracticeForm({ values, setValues }: FormProps) {
  const { t } = useTranslation('settings');
  const { check, fieldErrorsOf } = useFieldErrors();
  const stored = useSavedPractice(setValues);
  const update = useApiAction('practice.update');
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const edit = (change: (v: PracticeFormValues) => PracticeFormValues) => {
    setSaved(null);
    setValues((v) => (v ? change(v) : v));
  };

  const submit = async () => {
    setSaved(null);
    const parsed = check(Practice, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const result = await update.run(parsed.value);
    if (result.ok) {
      stored(result.value);
      setSaved(t('practice.saved'));
    } else {
      setErrors(fieldErrorsOf(result.error));
    }
  };

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
  const { check, fieldErrorsOf } = useFieldErrors();
  const stored = useSavedPractice(setValues);
  const update = useApiAction('practice.updatePrivacyOfficer');
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const submit = async () => {
    setSaved(null);
    const parsed = check(PrivacyOfficer, values.privacyOfficer);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const result = await update.run(parsed.value);
    if (result.ok) {
      stored(result.value);
      setSaved(t('practice.officerSaved'));
    } else {
      setErrors(fieldErrorsOf(result.error));
    }
  };

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
