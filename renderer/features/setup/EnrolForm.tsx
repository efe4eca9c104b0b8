// "Join the practice's server with an enrolment file": the file an administrator exported (Settings ›
// Workstations) is read here as text, sent with the practice passphrase to `setup.enrol`, and the sign-in screen
// follows (every account already exists on the server).
import { Button, FileInput, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from '../session/session-context';
import { readFileText } from './read-file-text';

/** The contract's bound on an enrolment file's text (setup.enrol's input). */
const ENROLMENT_MAX_CHARS = 200_000;

export function EnrolForm() {
  const { t } = useTranslation('setup');
  const { applyStatus, refresh } = useSession();
  const enrol = useApiAction('setup.enrol');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [passphraseMissing, setPassphraseMissing] = useState(false);

  const submit = async () => {
    setPassphraseMissing(!passphrase);
    const text = file ? await readFileText(file, ENROLMENT_MAX_CHARS) : null;
    setFileError(!file ? t('join.fileMissing') : text === null ? t('server.fileNotRead') : undefined);
    if (text === null || !passphrase) return;
    const result = await enrol.run({ enrolment: text, passphrase });
    if (result.ok) applyStatus(result.value);
    else setPassphrase('');
  };

  return (
    <form onSubmit={submitHandler(submit)} noValidate aria-label={t('join.formLabel')}>
      <Stack gap="md" maw={560}>
        <Title order={2} size="h4">
          {t('join.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('join.intro')}
        </Text>
        <FileInput
          label={t('join.file')}
          placeholder={t('join.filePlaceholder')}
          // Mantine's placeholder grey is too faint for real text (WCAG 1.4.3); the dimmed text colour is not.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept=".json,application/json"
          required
          clearable
          value={file}
          error={fileError}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(undefined);
          }}
        />
        <PasswordInput
          label={t('join.passphrase')}
          description={t('join.passphraseHint')}
          autoComplete="current-password"
          required
          value={passphrase}
          error={passphraseMissing ? t('join.passphraseMissing') : undefined}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
        />
        <ErrorAlert error={enrol.error} title={t('join.notJoined')} />
        {enrol.error?.rule === 'setup.alreadyDone' && (
          <Button variant="light" onClick={() => void refresh()}>
            {t('goToSignIn')}
          </Button>
        )}
        <Group>
          <Button type="submit" loading={enrol.pending}>
            {t('join.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
