// Inputs for the privacy officer the notice names as the contact for privacy questions and complaints, with the
// title also in Spanish for the Spanish notice.
import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/field-errors';
import type { PracticeFormValues } from './practice-form';

type Officer = PracticeFormValues['privacyOfficer'];

export function PrivacyOfficerFields({
  values,
  errors,
  onChange,
}: {
  values: Officer;
  /** Keyed by officer field (`name`, `email`…), not by the full path. */
  errors: FieldErrors;
  onChange: (field: keyof Officer, value: string) => void;
}) {
  const { t } = useTranslation('practice');
  const bind = (field: keyof Officer) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(field, e.currentTarget.value),
  });
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput label={t('officer.name')} required autoComplete="name" {...bind('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('officer.title')} required placeholder={t('officer.titlePlaceholder')} {...bind('title')} />
      </Grid.Col>
      {/* Next to the English title: the one free text of the practice that a notice prints, so Spanish notices
          can print it in Spanish (shared/domain/practice-language). */}
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('officer.titleEs')}
          description={t('officer.titleEsHelp')}
          placeholder={t('officer.titleEsPlaceholder')}
          lang="es"
          {...bind('titleEs')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('officer.phone')}
          required
          type="tel"
          placeholder={t('fields.phonePlaceholder')}
          {...bind('phone')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('officer.email')} required type="email" autoComplete="email" {...bind('email')} />
      </Grid.Col>
    </Grid>
  );
}
