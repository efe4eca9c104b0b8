// Settings › Workstations (administrators): the enrolment file another workstation joins the practice's server
// with. Exporting asks for the practice passphrase again (the file is wrapped with it). Whether the practice is on
// a server is only learnt from the export's answer (`enrol.localDatabase`), so both cases are explained up front
// and, after that refusal, only the one that applies.
import { Alert, Button, Group, List, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Passphrase } from '../../../../shared/contract/app';
import { useDescribeError } from '../../../api/error-text';
import { useFieldErrors } from '../../../api/field-errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { submitHandler } from '../../../components/submit-handler';
import { useApiAction } from '../../../hooks/use-api-action';
import { downloadText } from '../../../components/save-file';

export function WorkstationsSettings() {
  const { t } = useTranslation('settings');
  const { check, fieldErrorsOf } = useFieldErrors();
  const describe = useDescribeError();
  const exportFile = useApiAction('workstation.exportEnrolment');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<{ fileName: string; server: string } | null>(null);
  const local = exportFile.error?.rule === 'enrol.localDatabase';

  const submit = async () => {
    setSaved(null);
    const parsed = check(Passphrase, passphrase);
    if (!parsed.ok) {
      setError(passphrase ? parsed.errors[''] : t('workstations.passphraseMissing'));
      return;
    }
    setError(undefined);
    const result = await exportFile.run({ passphrase });
    // The passphrase never stays in the field once it has been used or refused.
    setPassphrase('');
    if (result.ok) {
      downloadText(result.value.fileName, result.value.content, 'application/json');
      setSaved({ fileName: result.value.fileName, server: result.value.server });
    } else setError(fieldErrorsOf(result.error)['passphrase']);
  };

  return (
    <Stack gap="md" maw={640}>
      <Title order={2} size="h4">
        {t('workstations.heading')}
      </Title>
      <Text size="sm">{t('workstations.intro')}</Text>
      {!local && <Text size="sm">{t('workstations.serverCase')}</Text>}
      <Text size="sm">{t('workstations.localCase')}</Text>
      {!local && (
        <form onSubmit={submitHandler(submit)} noValidate aria-label={t('workstations.formLabel')}>
          <Stack gap="md">
            <Title order={3} size="h5">
              {t('workstations.exportHeading')}
            </Title>
            <PasswordInput
              label={t('workstations.passphrase')}
              description={t('workstations.passphraseHint')}
              autoComplete="current-password"
              required
              value={passphrase}
              error={error}
              onChange={(e) => {
                setPassphrase(e.currentTarget.value);
                setError(undefined);
              }}
            />
            <ErrorAlert error={exportFile.error} title={t('workstations.notExported')} shownFields={['passphrase']} />
            <Group>
              <Button type="submit" loading={exportFile.pending}>
                {t('workstations.export')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {local && exportFile.error && (
        <Alert color="blue" variant="light" title={t('workstations.localTitle')}>
          {describe(exportFile.error)}
        </Alert>
      )}
      {saved && (
        <Alert color="green" variant="light" role="status" title={t('workstations.exported', saved)}>
          <List size="sm" type="ordered">
            <List.Item>{t('workstations.takeIt')}</List.Item>
            <List.Item>{t('workstations.chooseIt')}</List.Item>
            <List.Item>{t('workstations.deleteIt')}</List.Item>
          </List>
        </Alert>
      )}
    </Stack>
  );
}
