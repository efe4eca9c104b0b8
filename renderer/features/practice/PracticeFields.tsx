// Inputs for the practice's name, address, phone, website and time zone; errors keyed by field name.
import { Checkbox, Grid, NativeSelect, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { US_STATES } from '../../../shared/contract/practice';
import type { FieldErrors } from '../../api/field-errors';
import type { PracticeDetailValues } from './practice-form';
import { timeZoneOptions } from './time-zones';

type TextField = Exclude<keyof PracticeDetailValues, 'fundraises' | 'keepsPart2Records'>;
type Flag = 'fundraises' | 'keepsPart2Records';

export function PracticeFields({
  values,
  errors,
  onChange,
}: {
  values: PracticeDetailValues;
  errors: FieldErrors;
  onChange: (patch: Partial<PracticeDetailValues>) => void;
}) {
  const { t } = useTranslation('practice');
  const stateOptions = useMemo(
    () => [
      { value: '', label: t('fields.chooseState'), disabled: true },
      ...US_STATES.map((s) => ({ value: s, label: s })),
    ],
    [t],
  );
  const bind = (field: TextField) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ [field]: e.currentTarget.value }),
  });
  const flag = (field: Flag) => ({
    checked: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ [field]: e.currentTarget.checked }),
  });
  const zones = useMemo(
    () => [{ value: '', label: t('fields.chooseTimeZone'), disabled: true }, ...timeZoneOptions(values.timeZone, t)],
    [values.timeZone, t],
  );
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput label={t('fields.name')} required autoComplete="organization" {...bind('name')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('fields.addressLine1')} required autoComplete="address-line1" {...bind('addressLine1')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('fields.addressLine2')}
          description={t('fields.addressLine2Help')}
          autoComplete="address-line2"
          {...bind('addressLine2')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('fields.city')} required autoComplete="address-level2" {...bind('city')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <NativeSelect label={t('fields.state')} required data={stateOptions} {...bind('state')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput
          label={t('fields.postalCode')}
          required
          inputMode="numeric"
          autoComplete="postal-code"
          {...bind('postalCode')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('fields.phone')}
          required
          type="tel"
          autoComplete="tel"
          placeholder={t('fields.phonePlaceholder')}
          {...bind('phone')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('fields.website')}
          description={t('fields.websiteHelp')}
          inputMode="url"
          autoComplete="url"
          placeholder={t('fields.websitePlaceholder')}
          {...bind('website')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <NativeSelect
          label={t('fields.timeZone')}
          description={t('fields.timeZoneHelp')}
          required
          data={zones}
          {...bind('timeZone')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox label={t('fields.fundraises')} description={t('fields.fundraisesHelp')} {...flag('fundraises')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox label={t('fields.part2')} description={t('fields.part2Help')} {...flag('keepsPart2Records')} />
      </Grid.Col>
    </Grid>
  );
}
