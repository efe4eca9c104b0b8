// The placeholders a notice may use ({{practice.name}} …), each with the value it will print and an Insert
// button that puts it at the caret of the last text box used.
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS, type Language, type PracticeSnapshot } from '../../../../shared/contract/notice-content';
import { fillPlaceholders } from '../../../../shared/domain/notice-text';
import { practiceInLanguage } from '../../../../shared/domain/practice-language';

export const PlaceholderList = memo(function PlaceholderList({
  practice: snapshot,
  language,
  canInsert,
  onInsert,
}: {
  practice: PracticeSnapshot;
  /** The notice's language: a Spanish notice prints the Spanish title where the practice gave one. */
  language: Language;
  canInsert: boolean;
  onInsert: (token: string) => void;
}) {
  const { t } = useTranslation(['notices', 'common']);
  const practice = practiceInLanguage(snapshot, language);
  return (
    <Stack gap="xs" component="section" aria-labelledby="placeholders-title">
      <Title order={2} size="h5" id="placeholders-title">
        {t('placeholders.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('placeholders.why')}
      </Text>
      {!canInsert && (
        <Text size="xs" c="dimmed">
          {t('placeholders.clickFirst')}
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
                    {t('placeholders.value', {
                      name: t(`placeholders.name.${name}`),
                      value: value.trim() === '' ? t('placeholders.empty') : value,
                    })}
                  </Text>
                </div>
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={!canInsert}
                  aria-label={t('placeholders.insertLabel', { token })}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onInsert(token)}
                >
                  {t('placeholders.insert')}
                </Button>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
});
