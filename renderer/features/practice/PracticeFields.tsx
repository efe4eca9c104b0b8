// Inputs for the practice's name, address, phone, website and time zone; errors keyed by field name.
import { Checkbox, Grid, NativeSelect, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { US_STATES } from '../../../shared/contract/practice';
import type { FieldErrors } from '../../api/field-errors';
import type { PracticeDetailValues } from './practice-form';
import { timeZoneOptions } from './time-zones';

type TextField = Exclude<keyof PracticeDetailValues, 'fundraises' | 'keepsPart2Records'>;
type Flag = 'fundraises' | 'keepsPart2Records';

const STATE_OPTIONS = [
  { value: '', label: 'Choose a state', disabled: true },
  ...US_STATES.map((s) => ({ value: s, label: s })),
];

export function PracticeFields({
  values,
  errors,
  onChange,
}: {
  values: PracticeDetailValues;
  errors: FieldErrors;
  onChange: (patch: Partial<PracticeDetailValues>) => void;
}) {
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
    () => [{ value: '', label: 'Choose a time zone', disabled: true }, ...timeZoneOptions(values.timeZone)],
    [values.timeZone],
  );
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput label="Practice name" required autoComplete="organization" {...bind('name')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label="Address line 1" required autoComplete="address-line1" {...bind('addressLine1')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label="Address line 2"
          description="Suite, floor or building (optional)"
          autoComplete="address-line2"
          {...bind('addressLine2')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="City" required autoComplete="address-level2" {...bind('city')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <NativeSelect label="State" required data={STATE_OPTIONS} {...bind('state')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput label="ZIP code" required inputMode="numeric" autoComplete="postal-code" {...bind('postalCode')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Phone"
          required
          type="tel"
          autoComplete="tel"
          placeholder="(555) 201-3344"
          {...bind('phone')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Website"
          description="Optional"
          inputMode="url"
          autoComplete="url"
          placeholder="www.example.org"
          {...bind('website')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <NativeSelect
          label="Time zone"
          description="Deadlines and printed dates use this zone."
          required
          data={zones}
          {...bind('timeZone')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label="The practice contacts patients to raise funds"
          description="The notice must then tell patients they can opt out of fundraising messages."
          {...flag('fundraises')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label="The practice keeps substance use disorder records covered by 42 CFR Part 2"
          description="The notice must then include the Part 2 statements."
          {...flag('keepsPart2Records')}
        />
      </Grid.Col>
    </Grid>
  );
}
