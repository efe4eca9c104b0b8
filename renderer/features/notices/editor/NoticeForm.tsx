// The structured notice form, in the order the notice prints: header (fixed), title and introduction, uses and
// disclosures, the other statements, rights, duties, changes, complaints and contact.
import { Alert, Badge, Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeContent, Section } from '../../../../shared/contract/notice-content';
import {
  elementApplies,
  elementOf,
  HEADER_STATEMENT,
  type ElementCondition,
  type PracticeFlags,
} from '../../../../shared/domain/notice-elements';
import { headerAccepted } from '../../../../shared/domain/notice-checklist';
import { LineField, TextField, useEditor } from './editor-context';
import { PermittedUsesFields } from './PermittedUsesFields';
import { RightsFields } from './RightsFields';
import { withCite } from '../notice-labels';
import { SectionBox } from './SectionBox';
import { citeOf, labelOf, SECTIONS_AFTER_DUTIES, SECTIONS_BEFORE_RIGHTS, type PlainSection } from './sections';
import { TpoFields } from './TpoFields';

type PrintCondition = Exclude<ElementCondition, 'always' | 'vacated'>;

export function NoticeForm({
  content,
  language,
  practice,
}: {
  content: NoticeContent;
  language: Language;
  practice: PracticeFlags;
}) {
  const sectionFields = (s: PlainSection) => (
    <SectionFields
      key={s.field}
      section={s}
      value={content[s.field]}
      fundraises={practice.fundraises}
      keepsPart2Records={practice.keepsPart2Records}
    />
  );
  return (
    <Stack gap="lg">
      <HeaderField header={content.header} language={language} />
      <IntroFields title={content.title} intro={content.intro} />
      <TpoFields tpo={content.tpo} />
      <PermittedUsesFields section={content.withoutAuthorization} />
      {SECTIONS_BEFORE_RIGHTS.map(sectionFields)}
      <RightsFields rights={content.rights} />
      <DutiesFields duties={content.duties} />
      {SECTIONS_AFTER_DUTIES.map(sectionFields)}
    </Stack>
  );
}

const IntroFields = memo(function IntroFields({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation(['notices', 'common']);
  return (
    <SectionBox id="edit-intro" legend={t('editor.intro.legend')}>
      <Stack gap="md">
        <LineField path={['title']} value={title} label={t('editor.field.title')} />
        <TextField path={['intro']} value={intro} label={t('editor.field.intro')} minRows={4} />
      </Stack>
    </SectionBox>
  );
});

const DutiesFields = memo(function DutiesFields({ duties }: { duties: NoticeContent['duties'] }) {
  const { t } = useTranslation(['notices', 'common']);
  const group = t('editor.duties.group');
  return (
    <SectionBox
      id="edit-duties"
      legend={withCite(
        t('editor.duties.legend'),
        `${citeOf('duty_privacy_notice_breach')}, ${citeOf('duty_abide_current')}`,
      )}
    >
      <Stack gap="md">
        <LineField
          path={['duties', 'heading']}
          value={duties.heading}
          group={group}
          label={t('editor.field.heading')}
        />
        <TextField
          path={['duties', 'protectAndNotify']}
          value={duties.protectAndNotify}
          group={group}
          label={t('editor.duties.protectAndNotify')}
          minRows={2}
        />
        <TextField
          path={['duties', 'followCurrent']}
          value={duties.followCurrent}
          group={group}
          label={t('editor.duties.followCurrent')}
          minRows={2}
        />
      </Stack>
    </SectionBox>
  );
});

const HeaderField = memo(function HeaderField({ header, language }: { header: string; language: Language }) {
  const { t } = useTranslation(['notices', 'common']);
  const { update } = useEditor();
  const required = HEADER_STATEMENT[language];
  const accepted = headerAccepted(header, language);
  return (
    <SectionBox id="edit-header" legend={withCite(t('editor.header.legend'), citeOf('header'))}>
      <Stack gap="xs">
        <Blockquote p="sm" color="blue" fw={700} aria-label={t('editor.header.legend')}>
          {header}
        </Blockquote>
        <Text size="sm" c="dimmed">
          {t(language === 'en' ? 'editor.header.why' : 'editor.header.whyTranslated', { cite: citeOf('header') })}
        </Text>
        {!accepted && (
          <Alert color="red" variant="light">
            <Group justify="space-between">
              <Text size="sm">{t(language === 'en' ? 'editor.header.differs' : 'editor.header.notFaithful')}</Text>
              <Button size="xs" variant="light" onClick={() => update(['header'], required)}>
                {t('editor.header.useRequired')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </SectionBox>
  );
});

const SectionFields = memo(function SectionFields({
  section,
  value,
  fundraises,
  keepsPart2Records,
}: {
  section: PlainSection;
  value: Section;
  fundraises: boolean;
  keepsPart2Records: boolean;
}) {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const isPrinted = elementApplies(section.key, { fundraises, keepsPart2Records });
  const when = elementOf(section.key).when;
  const group = t(`editor.short.${section.field}`);
  const legend = (
    <Group gap="xs" component="span">
      <span>{withCite(labelOf(section.key, i18n.language), citeOf(section.key))}</span>
      {!isPrinted && (
        <Badge size="sm" color="gray" variant="light" component="span">
          {t('editor.notPrinted')}
        </Badge>
      )}
    </Group>
  );
  return (
    <SectionBox id={`edit-${section.field}`} legend={legend}>
      <Stack gap="md">
        {when !== 'always' && when !== 'vacated' && !isPrinted && (
          <Text size="sm" c="dimmed">
            {t(`editor.notPrintedWhy.${when satisfies PrintCondition}`)}
          </Text>
        )}
        <LineField
          path={[section.field, 'heading']}
          value={value.heading}
          group={group}
          label={t('editor.field.heading')}
        />
        <TextField path={[section.field, 'body']} value={value.body} group={group} label={t('editor.field.text')} />
      </Stack>
    </SectionBox>
  );
});
