// The notice as patients will read it: the header statement, then every printed section with the practice
// details filled in (shared filledSections, the same text the PDFs and the compare view use).
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeContent, PracticeSnapshot } from '../../../shared/contract/notice-content';
import { longDate } from '../../../shared/domain/dates';
import { filledSections } from '../../../shared/domain/notice-text';

const EFFECTIVE = { en: 'Effective date', es: 'Fecha de vigencia' } as const;
const FOR_EXAMPLE = { en: 'For example:', es: 'Por ejemplo:' } as const;
// The preview reads as the notice does, in the notice's language, so these few printed words are the document's
// (as in the PDFs), not the UI's.
const NOT_SET = { en: 'not set yet', es: 'aún no fijada' } as const;

/** Paragraphs are separated by a blank line; a run of lines starting "- " is a bulleted list. */
export function RichText({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((b) => b.trim() !== '');
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        const bullets = lines.filter((l) => /^\s*-\s+/.test(l));
        const prose = lines.filter((l) => !/^\s*-\s+/.test(l)).join(' ');
        return (
          // Paragraphs are derived from the text and have no identity beyond their order.
          <div key={`${i}-${block.slice(0, 20)}`}>
            {prose.trim() !== '' && (
              <Text size="sm" mb={bullets.length > 0 ? 4 : 'xs'}>
                {prose}
              </Text>
            )}
            {bullets.length > 0 && (
              <List size="sm" mb="xs" withPadding>
                {bullets.map((b, j) => (
                  <List.Item key={`${j}-${b}`}>{b.replace(/^\s*-\s+/, '')}</List.Item>
                ))}
              </List>
            )}
          </div>
        );
      })}
    </>
  );
}

export function NoticePreview({
  content,
  practice,
  language,
  effectiveDate,
}: {
  content: NoticeContent;
  practice: PracticeSnapshot;
  language: Language;
  effectiveDate: string | null;
}) {
  const { t } = useTranslation(['notices', 'common']);
  const sections = filledSections(content, practice, language);
  return (
    <Paper withBorder p="xl" radius="md" lang={language} aria-label={t('preview.label')} component="article">
      <Stack gap="sm">
        <Text fw={800} size="sm" p="sm" bg="gray.1" style={{ borderRadius: 4 }}>
          {content.header}
        </Text>
        <Text size="sm" c="dimmed">
          {EFFECTIVE[language]}: {effectiveDate ? longDate(effectiveDate, language) : <em>{NOT_SET[language]}</em>}
        </Text>
        {sections.map((s, index) => (
          <Stack key={s.id} gap={4} mt={s.level === 1 && index > 0 ? 'md' : 0}>
            {s.heading.trim() !== '' &&
              (index === 0 ? (
                <Title order={2} size="h3">
                  {s.heading}
                </Title>
              ) : (
                <Title order={s.level === 1 ? 3 : 4} size={s.level === 1 ? 'h4' : 'h5'}>
                  {s.heading}
                </Title>
              ))}
            <RichText text={s.text} />
            {s.examples.length > 0 && (
              <>
                <Text size="sm" fs="italic">
                  {FOR_EXAMPLE[language]}
                </Text>
                <List size="sm" withPadding>
                  {s.examples.map((e, j) => (
                    <List.Item key={`${j}-${e}`}>{e}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
