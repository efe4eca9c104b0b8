// Setup step "Server" (only when the practice is created on its PostgreSQL server): where the server is, who
// connects, and how the connection is protected. The contract's rule decides which hosts may go unencrypted
// (isLoopbackHost); this step only offers the choice where the rule allows it.
import { Button, FileButton, Grid, Group, PasswordInput, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLoopbackHost, ServerSettings } from '../../../shared/contract/server-settings';
import { check, useFieldMessage, type FieldErrors } from '../../api/field-errors';
import { readFileText } from './read-file-text';
import { serverInput, type ServerValues } from './setup-form';

/** The contract's bound on a CA certificate's text (ServerSettings.ca). */
const CA_MAX_CHARS = 65_536;

export function ServerStep({
  values,
  errors,
  onChange,
}: {
  values: ServerValues;
  /** Already in the UI language, keyed without `server.`. */
  errors: FieldErrors;
  onChange: (patch: Partial<ServerValues>) => void;
}) {
  const { t } = useTranslation('setup');
  const fieldMessage = useFieldMessage();
  const [caUnread, setCaUnread] = useState(false);
  const local = isLoopbackHost(values.host.trim());
  // Said as soon as the choice and the host disagree (the contract's own check), not only on Next.
  const live = values.tls === 'disable' ? check(ServerSettings, serverInput(values)) : null;
  const liveTls = live && !live.ok ? live.errors['tls'] : undefined;
  const tlsError = errors['tls'] ?? (liveTls === undefined ? undefined : fieldMessage(liveTls));

  const bind = (field: 'host' | 'port' | 'database' | 'user' | 'password') => ({
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ [field]: e.currentTarget.value }),
  });

  const readCa = async (file: File | null) => {
    if (!file) return;
    const text = await readFileText(file, CA_MAX_CHARS);
    setCaUnread(text === null);
    if (text !== null) onChange({ ca: text });
  };

  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          {t('server.intro')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t('server.host')}
          description={t('server.hostHint')}
          required
          autoComplete="off"
          spellCheck={false}
          {...bind('host')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('server.port')} required inputMode="numeric" autoComplete="off" {...bind('port')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('server.database')} required autoComplete="off" spellCheck={false} {...bind('database')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('server.user')} required autoComplete="off" spellCheck={false} {...bind('user')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <PasswordInput label={t('server.password')} autoComplete="off" {...bind('password')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Text size="xs" c="dimmed">
          {t('server.passwordHint')}
        </Text>
      </Grid.Col>
      <Grid.Col span={12}>
        <Radio.Group
          label={t('server.tlsLegend')}
          required
          value={values.tls}
          error={tlsError}
          onChange={(tls) => onChange({ tls: tls === 'disable' ? 'disable' : 'verify-full' })}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="verify-full" label={t('server.tlsVerify')} />
            <Radio
              value="disable"
              label={t('server.tlsDisable')}
              description={t('server.tlsDisableHint')}
              // Chosen while the host was this computer, it stays shown (with the error above) rather than
              // silently switching to the encrypted choice.
              disabled={!local && values.tls !== 'disable'}
            />
          </Stack>
        </Radio.Group>
      </Grid.Col>
      {values.tls === 'verify-full' && (
        <Grid.Col span={12}>
          <Stack gap="xs">
            <Textarea
              label={t('server.ca')}
              description={t('server.caHint')}
              rows={4}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={values.ca}
              error={errors['ca'] ?? (caUnread ? t('server.fileNotRead') : undefined)}
              onChange={(e) => onChange({ ca: e.currentTarget.value })}
            />
            <Group>
              <FileButton onChange={(file) => void readCa(file)} accept=".pem,.crt,.cer,application/x-pem-file">
                {(props) => (
                  <Button variant="default" size="xs" {...props}>
                    {t('server.caFile')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </Stack>
        </Grid.Col>
      )}
    </Grid>
  );
}
