// The structured notice form, in the order the notice prints: header (fixed), title and introduction, uses and
// disclosures, the other statements, rights, duties, changes, complaints and contact.
import { Alert, Badge, Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { Language, NoticeContent, Section } from '../../../../shared/contract/notice-content';
import {
  elementApplies,
  elementOf,
  HEADER_STATEMENT,
  type ElementCondition,
  type PracticeFlags,
} from '../../../../shared/domain/notice-elements';
import { LineField, TextField, useEditor } from './editor-context';
import { PermittedUsesFields } from './PermittedUsesFields';
import { RightsFields } from './RightsFields';
import { SectionBox } from './SectionBox';
import { citeOf, labelOf, SECTIONS_AFTER_DUTIES, SECTIONS_BEFORE_RIGHTS, type PlainSection } from './sections';
import { TpoFields } from './TpoFields';

const NOT_PRINTED: Readonly<Record<Exclude<ElementCondition, 'always' | 'vacated'>, string>> = {
  fundraising: 'Not printed: the practice does not fundraise (Settings › Practice).',
  part2: 'Not printed: the practice does not keep Part 2 substance-use records (Settings › Practice).',
  part2_and_fundraising:
    'Not printed: only for practices that keep Part 2 records and fundraise (Settings › Practice).',
};

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
  return (
    <SectionBox id="edit-intro" legend="Title and introduction">
      <Stack gap="md">
        <LineField path={['title']} value={title} label="Title" />
        <TextField path={['intro']} value={intro} label="Introduction" minRows={4} />
      </Stack>
    </SectionBox>
  );
});

const DutiesFields = memo(function DutiesFields({ duties }: { duties: NoticeContent['duties'] }) {
  return (
    <SectionBox
      id="edit-duties"
      legend={`Our duties · ${citeOf('duty_privacy_notice_breach')}, ${citeOf('duty_abide_current')}`}
    >
      <Stack gap="md">
        <LineField path={['duties', 'heading']} value={duties.heading} group="Duties" label="Heading" />
        <TextField
          path={['duties', 'protectAndNotify']}
          value={duties.protectAndNotify}
          group="Duties"
          label="Protect information, give this notice, notify after a breach"
          minRows={2}
        />
        <TextField
          path={['duties', 'followCurrent']}
          value={duties.followCurrent}
          group="Duties"
          label="Follow the notice in effect"
          minRows={2}
        />
      </Stack>
    </SectionBox>
  );
});

const HeaderField = memo(function HeaderField({ header, language }: { header: string; language: Language }) {
  const { update } = useEditor();
  const required = HEADER_STATEMENT[language];
  const exact = header.replace(/\s+/g, ' ').trim() === required;
  return (
    <SectionBox id="edit-header" legend={`Header statement · ${citeOf('header')}`}>
      <Stack gap="xs">
        <Blockquote p="sm" color="blue" fw={700} aria-label="Header statement">
          {header}
        </Blockquote>
        <Text size="sm" c="dimmed">
          This is the exact statement required by 164.520(b)(1)(i), printed as the notice&apos;s header. It cannot be
          edited.
        </Text>
        {!exact && (
          <Alert color="red" variant="light">
            <Group justify="space-between">
              <Text size="sm">This header differs from the required statement.</Text>
              <Button size="xs" variant="light" onClick={() => update(['header'], required)}>
                Use the required statement
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
  const isPrinted = elementApplies(section.key, { fundraises, keepsPart2Records });
  const when = elementOf(section.key).when;
  const legend = (
    <Group gap="xs" component="span">
      <span>
        {labelOf(section.key)} · {citeOf(section.key)}
      </span>
      {!isPrinted && (
        <Badge size="sm" color="gray" variant="light" component="span">
          Not printed
        </Badge>
      )}
    </Group>
  );
  return (
    <SectionBox id={`edit-${section.field}`} legend={legend}>
      <Stack gap="md">
        {when !== 'always' && when !== 'vacated' && !isPrinted && (
          <Text size="sm" c="dimmed">
            {NOT_PRINTED[when]}
          </Text>
        )}
        <LineField path={[section.field, 'heading']} value={value.heading} group={section.short} label="Heading" />
        <TextField path={[section.field, 'body']} value={value.body} group={section.short} label="Text" />
      </Stack>
    </SectionBox>
  );
});
