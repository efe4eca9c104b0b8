// First run: four checked steps (practice, privacy officer, administrator, passphrase), then `setup.initialize` signs in.
import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useRef, useState } from 'react';
import { fieldErrorsOf, NO_FIELD_ERRORS, scopeErrors, type FieldErrors } from '../../api/field-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CenteredPage } from '../../components/CenteredPage';
import { useApiAction } from '../../hooks/use-api-action';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { PracticeFields } from '../practice/PracticeFields';
import { PrivacyOfficerFields } from '../practice/PrivacyOfficerFields';
import { emptyPractice, type PracticeDetailValues, type PracticeFormValues } from '../practice/practice-form';
import { defaultTimeZone } from '../practice/time-zones';
import { useSession } from '../session/session-context';
import { AdminStep } from './AdminStep';
import { PassphraseStep } from './PassphraseStep';
import { SETUP_PATHS, SETUP_STEPS, stepOfPath, toSetupInput, validateStep, type SetupValues } from './setup-form';
import { submitHandler } from '../../components/submit-handler';

const initialValues = (): SetupValues => ({
  practice: emptyPractice(defaultTimeZone()),
  admin: { fullName: '', username: '', password: '', confirmPassword: '' },
  passphrase: '',
  confirmPassphrase: '',
});

export function SetupWizard() {
  const { signedIn, refresh } = useSession();
  const initialize = useApiAction('setup.initialize');
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<SetupValues>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

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

  const last = step === SETUP_STEPS.length - 1;
  return (
    <CenteredPage
      title="Set up Privacy Desk"
      subtitle="A few details about the practice, then you are ready."
      width={880}
    >
      <form ref={formRef} onSubmit={submitHandler(next)} noValidate aria-label="Practice setup">
        <Stack gap="lg">
          <Stepper active={step} allowNextStepsSelect={false} onStepClick={(s) => s < step && setStep(s)} size="sm">
            <Stepper.Step label="Practice" description="Name and address">
              <PracticeFields
                values={values.practice}
                errors={scopeErrors(errors, 'practice')}
                onChange={setPractice}
              />
            </Stepper.Step>
            <Stepper.Step label="Privacy officer" description="Contact for privacy questions">
              <PrivacyOfficerFields
                values={values.practice.privacyOfficer}
                errors={scopeErrors(errors, 'practice.privacyOfficer')}
                onChange={setOfficer}
              />
            </Stepper.Step>
            <Stepper.Step label="Administrator" description="Your account">
              <AdminStep values={values.admin} errors={errors} onChange={setAdmin} />
            </Stepper.Step>
            <Stepper.Step label="Passphrase" description="Protects the data">
              <PassphraseStep
                passphrase={values.passphrase}
                confirmPassphrase={values.confirmPassphrase}
                errors={errors}
                onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
              />
            </Stepper.Step>
          </Stepper>
          <ErrorAlert error={initialize.error} title="Setup did not finish" shownFields={SETUP_PATHS} />
          {initialize.error?.rule === 'setup.alreadyDone' && (
            <Button variant="light" onClick={() => void refresh()}>
              Go to sign in
            </Button>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || initialize.pending}>
              Back
            </Button>
            <Button type="submit" loading={initialize.pending}>
              {last ? 'Create practice' : 'Next'}
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredPage>
  );
}
