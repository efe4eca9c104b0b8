// Setup step 3: the first administrator account (signed in as soon as setup finishes).
import { Grid, PasswordInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/field-errors';
import type { SetupValues } from './setup-form';

type Admin = SetupValues['admin'];

export function AdminStep({
  values,
  errors,
  onChange,
}: {
  values: Admin;
  /** Already in the UI language. */
  errors: FieldErrors;
  onChange: (field: keyof Admin, value: string) => void;
}) {
  const { t } = useTranslation('setup');
  const bind = (field: keyof Admin) => ({
    value: values[field],
    error: errors[`admin.${field}`],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(field, e.currentTarget.value),
  });
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          {t('admin.intro')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('admin.fullName')} required autoComplete="name" {...bind('fullName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('admin.username')}
          required
          autoComplete="username"
          description={t('admin.usernameHint')}
          {...bind('username')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput
          label={t('admin.password')}
          required
          autoComplete="new-password"
          description={t('admin.passwordHint')}
          {...bind('password')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput
          label={t('admin.confirmPassword')}
          required
          autoComplete="new-password"
          {...bind('confirmPassword')}
        />
      </Grid.Col>
    </Grid>
  );
}
