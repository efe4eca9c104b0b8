// The placeholders a notice may use ({{practice.name}} …), each with the value it will print and an Insert
// button that puts it at the caret of the last text box used.
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { PLACEHOLDERS, type Placeholder, type PracticeSnapshot } from '../../../../shared/contract/notice-content';
import { fillPlaceholders } from '../../../../shared/domain/notice-text';

const DESCRIPTION: Readonly<Record<Placeholder, string>> = {
  'practice.name': 'Practice name',
  'practice.address': 'Practice address',
  'practice.phone': 'Practice phone',
  'practice.website': 'Practice website',
  'privacyOfficer.name': 'Privacy officer name',
  'privacyOfficer.title': 'Privacy officer title',
  'privacyOfficer.phone': 'Privacy officer phone',
  'privacyOfficer.email': 'Privacy officer email',
};

export const PlaceholderList = memo(function PlaceholderList({
  practice,
  canInsert,
  onInsert,
}: {
  practice: PracticeSnapshot;
  canInsert: boolean;
  onInsert: (token: string) => void;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="placeholders-title">
      <Title order={2} size="h5" id="placeholders-title">
        Placeholders
      </Title>
      <Text size="xs" c="dimmed">
        Practice details are never typed into the notice: these placeholders are filled from Settings › Practice. A
        published version keeps the details it was published with. A line whose detail is empty is left out.
      </Text>
      {!canInsert && (
        <Text size="xs" c="dimmed">
          Click in a text box first, then choose Insert.
        </Text>
      )}
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {PLACEHOLDERS.map((name) => {
          const token = `{{${name}}}`;
          const value = fillPlaceholders(token, practice);
          return (
            <li key={name}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Code>{token}</Code>
                  <Text size="xs" c="dimmed" truncate="end" title={value}>
                    {DESCRIPTION[name]}: {value.trim() === '' ? 'empty' : value}
                  </Text>
                </div>
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={!canInsert}
                  aria-label={`Insert ${token}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onInsert(token)}
                >
                  Insert
                </Button>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
});
