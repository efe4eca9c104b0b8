// First run: where the practice's data lives (this computer, the practice's server, or joining that server with an
// enrolment file), then four checked steps (practice, privacy officer, administrator, passphrase), with the
// server's connection first when the practice is created there; `setup.initialize` signs in.
// After each step, focus moves to the new step's heading, so a screen reader announces where the user now is.
import { Alert, Button, Divider, Group, Stack, Stepper, Title } from '@mantine/core';
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
import { EnrolForm } from './EnrolForm';
import { PassphraseStep } from './PassphraseStep';
import { PlaceChoice } from './PlaceChoice';
import { ServerStep } from './ServerStep';
import {
  emptyServer,
  isSetupMessage,
  SETUP_PATHS,
  stepOfPath,
  stepsFor,
  toSetupInput,
  validateStep,
  type DataPlace,
  type ServerValues,
  type SetupStep,
  type SetupValues,
} from './setup-form';

const initialValues = (): SetupValues => ({
  server: emptyServer(),
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
  const [place, setPlace] = useState<DataPlace>('local');
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
  const setServer = (patch: Partial<ServerValues>) => {
    setValues((v) => ({ ...v, server: { ...v.server, ...patch } }));
    // A corrected connection field drops its old message (the TLS rule is re-said live by the step itself).
    setErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([path]) => !(path.startsWith('server.') && path.slice('server.'.length) in patch)),
      ),
    );
  };

  const steps = stepsFor(place);
  const keyOf = (index: number): SetupStep => steps[index] ?? 'practice';
  const choosePlace = (next: DataPlace) => {
    setPlace(next);
    setStep(0);
    setErrors(NO_FIELD_ERRORS);
    initialize.setError(null);
  };

  const finish = async () => {
    const input = toSetupInput(values, place);
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
      setStep(Math.max(0, Math.min(...paths.map((path) => steps.indexOf(stepOfPath(path))))));
      setErrors(serverErrors);
    }
  };

  const next = async () => {
    const stepErrors = validateStep(keyOf(step), values);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return;
    if (step < steps.length - 1) setStep(step + 1);
    else await finish();
  };

  const heading = (index: number) => (
    <Title order={2} size="h4" mb="md" ref={index === step ? headingRef : undefined} tabIndex={-1}>
      {t('stepHeading', { step: index + 1, total: steps.length, label: t(`steps.${keyOf(index)}.label`) })}
    </Title>
  );
  // Five steps with their descriptions do not fit one row of the page: the server's setup shows the labels only.
  const stepProps = (index: number) => {
    const key = keyOf(index);
    const label = t(`steps.${key}.label`);
    return steps.length > 4 ? { label } : { label, description: t(`steps.${key}.description`) };
  };

  const body = (key: SetupStep) => {
    switch (key) {
      case 'server':
        return <ServerStep values={values.server} errors={scopeErrors(shownErrors, 'server')} onChange={setServer} />;
      case 'practice':
        return (
          <PracticeFields
            values={values.practice}
            errors={scopeErrors(shownErrors, 'practice')}
            onChange={setPractice}
          />
        );
      case 'privacyOfficer':
        return (
          <PrivacyOfficerFields
            values={values.practice.privacyOfficer}
            errors={scopeErrors(shownErrors, 'practice.privacyOfficer')}
            onChange={setOfficer}
          />
        );
      case 'admin':
        return <AdminStep values={values.admin} errors={shownErrors} onChange={setAdmin} />;
      case 'passphrase':
        return (
          <PassphraseStep
            passphrase={values.passphrase}
            confirmPassphrase={values.confirmPassphrase}
            errors={shownErrors}
            onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
          />
        );
    }
  };

  const last = step === steps.length - 1;
  const rule = initialize.error?.rule;
  // The question is asked before anything is typed: once past the first step, the choice stays made.
  const choice = step === 0 && (
    <>
      <PlaceChoice value={place} onChange={choosePlace} />
      <Divider />
    </>
  );
  if (place === 'join')
    return (
      <CenteredPage title={t('title')} subtitle={t('subtitle')} width={1040}>
        <Stack gap="lg">
          <Group justify="flex-end">
            <ComputerLanguageSelect />
          </Group>
          {choice}
          <EnrolForm />
        </Stack>
      </CenteredPage>
    );
  return (
    <CenteredPage title={t('title')} subtitle={t('subtitle')} width={1040}>
      <form ref={formRef} onSubmit={submitHandler(next)} noValidate aria-label={t('formLabel')}>
        <Stack gap="lg">
          <Group justify="flex-end">
            <ComputerLanguageSelect />
          </Group>
          {choice}
          <Stepper active={step} allowNextStepsSelect={false} onStepClick={(s) => s < step && setStep(s)} size="sm">
            {steps.map((key, index) => (
              <Stepper.Step key={key} {...stepProps(index)}>
                {heading(index)}
                {body(key)}
              </Stepper.Step>
            ))}
          </Stepper>
          <ErrorAlert error={initialize.error} title={t('notFinished')} shownFields={SETUP_PATHS} />
          {rule === 'setup.alreadyDone' && (
            <Button variant="light" onClick={() => void refresh()}>
              {t('goToSignIn')}
            </Button>
          )}
          {place === 'server' && rule === 'db.exists' && (
            <Alert color="blue" variant="light">
              <Stack gap="xs" align="flex-start">
                {t('serverHasPractice')}
                <Button variant="light" onClick={() => choosePlace('join')}>
                  {t('joinInstead')}
                </Button>
              </Stack>
            </Alert>
          )}
          {place === 'server' && rule === 'db.serverUnreachable' && (
            <Group>
              <Button variant="light" onClick={() => setStep(0)}>
                {t('changeServer')}
              </Button>
            </Group>
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
