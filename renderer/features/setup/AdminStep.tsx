// Setup step 3: the first administrator account (signed in as soon as setup finishes).
import { Grid, PasswordInput, Text, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../api/field-errors';
import type { SetupValues } from './setup-form';

type Admin = SetupValues['admin'];

export function AdminStep({
  values,
  errors,
  onChange,
}: {
  values: Admin;
  errors: FieldErrors;
  onChange: (field: keyof Admin, value: string) => void;
}) {
  const bind = (field: keyof Admin) => ({
    value: values[field],
    error: errors[`admin.${field}`],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(field, e.currentTarget.value),
  });
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          This person manages users and settings. You can add other staff after setup.
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Full name" required autoComplete="name" {...bind('fullName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Username"
          required
          autoComplete="username"
          description="Letters, digits, dot, dash or underscore"
          {...bind('username')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput
          label="Password"
          required
          autoComplete="new-password"
          description="At least 12 characters"
          {...bind('password')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput label="Confirm password" required autoComplete="new-password" {...bind('confirmPassword')} />
      </Grid.Col>
    </Grid>
  );
}
