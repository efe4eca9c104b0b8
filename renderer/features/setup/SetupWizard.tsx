// First run: four checked steps (practice, privacy officer, administrator, passphrase), then `setup.initialize` signs in.
// After each step, focus moves to the new step's heading, so a screen reader announces where the user now is.
import { Button, Group, Stack, Stepper, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, NO_FIELD_ERRORS, scopeErrors, useFieldMessage, type FieldErrors } from '../../api/field-errors';
import { CenteredPage } from '../../components/CenteredPage';
import { ComputerLanguageSelect } from '../../components/ComputerLanguageSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { PracticeFields } from '../practice/PracticeFields';
import { PrivacyOfficerFields } from '../practice/PrivacyOfficerFields';
import { emptyPractice, type PracticeDetailValues, type PracticeFormValues } from '../practice/practice-form';
import { defaultTimeZone } from '../practice/time-zones';
import { useSession } from '../session/session-context';
import { AdminStep } from './AdminStep';
import { PassphraseStep } from './PassphraseStep';
import {
  isSetupMessage,
  SETUP_PATHS,
  SETUP_STEPS,
  stepOfPath,
  toSetupInput,
  validateStep,
  type SetupValues,
} from './setup-form';

const initialValues = (): SetupValues => ({
  practice: emptyPractice(defaultTimeZone()),
  admin: { fullName: '', username: '', password: '', confirmPassword: '' },
  passphrase: '',
  confirmPassphrase: '',
});

export function SetupWizard() {
  const { t } = useTranslation(['setup', 'common']);
  const fieldMessage = useFieldMessage();
  const { signedIn, refresh } = useSession();
  const initialize = useApiAction('setup.initialize');
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<SetupValues>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useFocusFirstError(formRef, errors);

  // The messages in the UI language: the contract's through the validation catalog, this form's own through setup.
  const shownErrors = useMemo<FieldErrors>(
    () =>
      Object.fromEntries(
        Object.entries(errors).map(([path, message]) => [
          path,
          isSetupMessage(message) ? t(message) : fieldMessage(message),
        ]),
      ),
    [errors, t, fieldMessage],
  );

  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    // A step the core sent the user back to focuses its bad field instead (useFocusFirstError).
    if (!formRef.current?.querySelector('[aria-invalid="true"]')) headingRef.current?.focus();
  }, [step]);

  const setPractice = (patch: Partial<PracticeDetailValues>) =>
    setValues((v) => ({ ...v, practice: { ...v.practice, ...patch } }));
  const setOfficer = (field: keyof PracticeFormValues['privacyOfficer'], value: string) =>
    setValues((v) => ({
      ...v,
      practice: { ...v.practice, privacyOfficer: { ...v.practice.privacyOfficer, [field]: value } },
    }));
  const setAdmin = (field: keyof SetupValues['admin'], value: string) =>
    setValues((v) => ({ ...v, admin: { ...v.admin, [field]: value } }));

  const finish = async () => {
    const input = toSetupInput(values);
    if (!input) return;
    const result = await initialize.run(input);
    if (result.ok) {
      signedIn(result.value, input.practice.name);
      return;
    }
    // The core re-validates; send the user back to the first step holding a field it rejected.
    const serverErrors = fieldErrorsOf(result.error);
    const paths = Object.keys(serverErrors);
    if (paths.length > 0) {
      setStep(Math.min(...paths.map(stepOfPath)));
      setErrors(serverErrors);
    }
  };

  const next = async () => {
    const stepErrors = validateStep(step, values);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return;
    if (step < SETUP_STEPS.length - 1) setStep(step + 1);
    else await finish();
  };

  const heading = (index: number) => (
    <Title order={2} size="h4" mb="md" ref={index === step ? headingRef : undefined} tabIndex={-1}>
      {t('stepHeading', {
        step: index + 1,
        total: SETUP_STEPS.length,
        label: t(`steps.${SETUP_STEPS[index] ?? 'practice'}.label`),
      })}
    </Title>
  );
  const stepProps = (index: number) => {
    const key = SETUP_STEPS[index] ?? 'practice';
    return { label: t(`steps.${key}.label`), description: t(`steps.${key}.description`) };
  };

  const last = step === SETUP_STEPS.length - 1;
  return (
    <CenteredPage title={t('title')} subtitle={t('subtitle')} width={1040}>
      <form ref={formRef} onSubmit={submitHandler(next)} noValidate aria-label={t('formLabel')}>
        <Stack gap="lg">
          <Group justify="flex-end">
            <ComputerLanguageSelect />
          </Group>
          <Stepper active={step} allowNextStepsSelect={false} onStepClick={(s) => s < step && setStep(s)} size="sm">
            <Stepper.Step {...stepProps(0)}>
              {heading(0)}
              <PracticeFields
                values={values.practice}
                errors={scopeErrors(shownErrors, 'practice')}
                onChange={setPractice}
              />
            </Stepper.Step>
            <Stepper.Step {...stepProps(1)}>
              {heading(1)}
              <PrivacyOfficerFields
                values={values.practice.privacyOfficer}
                errors={scopeErrors(shownErrors, 'practice.privacyOfficer')}
                onChange={setOfficer}
              />
            </Stepper.Step>
            <Stepper.Step {...stepProps(2)}>
              {heading(2)}
              <AdminStep values={values.admin} errors={shownErrors} onChange={setAdmin} />
            </Stepper.Step>
            <Stepper.Step {...stepProps(3)}>
              {heading(3)}
              <PassphraseStep
                passphrase={values.passphrase}
                confirmPassphrase={values.confirmPassphrase}
                errors={shownErrors}
                onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
              />
            </Stepper.Step>
          </Stepper>
          <ErrorAlert error={initialize.error} title={t('notFinished')} shownFields={SETUP_PATHS} />
          {initialize.error?.rule === 'setup.alreadyDone' && (
            <Button variant="light" onClick={() => void refresh()}>
              {t('goToSignIn')}
            </Button>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || initialize.pending}>
              {t('common:actions.back')}
            </Button>
            <Button type="submit" loading={initialize.pending}>
              {last ? t('create') : t('common:actions.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredPage>
  );
}
