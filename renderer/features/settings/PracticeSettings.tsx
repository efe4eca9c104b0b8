// Settings › Practice: edit the details printed on every notice and letter (`practice.get` / `practice.update`).
import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Practice } from '../../../shared/contract/practice';
import { check, fieldErrorsOf, NO_FIELD_ERRORS, scopeErrors, type FieldErrors } from '../../api/field-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { PracticeFields } from '../practice/PracticeFields';
import { PrivacyOfficerFields } from '../practice/PrivacyOfficerFields';
import { ALL_PRACTICE_PATHS, practiceToForm, type PracticeFormValues } from '../practice/practice-form';
import { useSession } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';

export function PracticeSettings() {
  const query = useApiQuery('practice.get', {});
  // The form is seeded once and then owns its values, so a lock (which clears the query cache) cannot wipe edits.
  const [values, setValues] = useState<PracticeFormValues | null>(null);
  if (query.data && !values) setValues(practiceToForm(query.data));

  if (!values) {
    return query.error ? (
      <ErrorAlert error={appErrorOf(query.error)} />
    ) : (
      <Loader aria-label="Loading practice details" />
    );
  }
  return <PracticeForm values={values} setValues={setValues} />;
}

function PracticeForm({
  values,
  setValues,
}: {
  values: PracticeFormValues;
  setValues: React.Dispatch<React.SetStateAction<PracticeFormValues | null>>;
}) {
  const { setPracticeName } = useSession();
  const queryClient = useQueryClient();
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
      setValues(practiceToForm(result.value));
      queryClient.setQueryData(['practice.get', {}], result.value);
      setPracticeName(result.value.name);
      setSaved('Practice details saved.');
    } else {
      setErrors(fieldErrorsOf(result.error));
    }
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label="Practice details">
      <Stack gap="lg" maw={760}>
        <Title order={2} size="h4">
          Practice details
        </Title>
        <PracticeFields values={values} errors={errors} onChange={(patch) => edit((v) => ({ ...v, ...patch }))} />
        <Title order={2} size="h4">
          Privacy officer
        </Title>
        <PrivacyOfficerFields
          values={values.privacyOfficer}
          errors={scopeErrors(errors, 'privacyOfficer')}
          onChange={(field, value) => edit((v) => ({ ...v, privacyOfficer: { ...v.privacyOfficer, [field]: value } }))}
        />
        <ErrorAlert error={update.error} title="Not saved" shownFields={ALL_PRACTICE_PATHS} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={update.pending}>
            Save practice details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
