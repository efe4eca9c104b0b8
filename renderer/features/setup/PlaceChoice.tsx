// Setup's first question: where the practice's data lives. One sentence each says when to pick it, so a practice
// with one computer keeps today's setup and one with several workstations finds its PostgreSQL server here.
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataPlace } from './setup-form';

const PLACES: readonly DataPlace[] = ['local', 'server', 'join'];

export function PlaceChoice({ value, onChange }: { value: DataPlace; onChange: (place: DataPlace) => void }) {
  const { t } = useTranslation('setup');
  return (
    <Radio.Group
      label={t('place.legend')}
      value={value}
      onChange={(next) => onChange(PLACES.find((p) => p === next) ?? 'local')}
    >
      <Stack gap="sm" mt="xs">
        {PLACES.map((place) => (
          <Radio
            key={place}
            value={place}
            label={t(`place.${place}.label`)}
            description={t(`place.${place}.description`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
