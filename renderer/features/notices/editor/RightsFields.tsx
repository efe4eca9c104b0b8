// The patient's rights (164.520(b)(1)(iv)): each right's text and how to use it.
import { Stack } from '@mantine/core';
import { memo } from 'react';
import type { NoticeContent, Right } from '../../../../shared/contract/notice-content';
import { LineField, TextField } from './editor-context';
import { SectionBox } from './SectionBox';
import { citeOf, labelOf, RIGHTS, type RightField } from './sections';

export const RightsFields = memo(function RightsFields({ rights }: { rights: NoticeContent['rights'] }) {
  return (
    <SectionBox id="edit-rights" legend="Your rights · 164.520(b)(1)(iv)">
      <Stack gap="md">
        <LineField path={['rights', 'heading']} value={rights.heading} group="Rights" label="Heading" />
        <TextField path={['rights', 'intro']} value={rights.intro} group="Rights" label="Introduction" minRows={2} />
        {RIGHTS.map((r) => (
          <RightFields key={r.field} field={r.field} rightKey={r.key} short={r.short} right={rights[r.field]} />
        ))}
      </Stack>
    </SectionBox>
  );
});

const RightFields = memo(function RightFields({
  field,
  rightKey,
  short,
  right,
}: {
  field: RightField;
  rightKey: string;
  short: string;
  right: Right;
}) {
  return (
    <SectionBox id={`edit-rights-${field}`} variant="filled" legend={`${labelOf(rightKey)} · ${citeOf(rightKey)}`}>
      <Stack gap="sm">
        <LineField path={['rights', field, 'heading']} value={right.heading} group={short} label="Heading" />
        <TextField path={['rights', field, 'body']} value={right.body} group={short} label="Text" minRows={2} />
        <TextField path={['rights', field, 'how']} value={right.how} group={short} label="How to use it" minRows={2} />
      </Stack>
    </SectionBox>
  );
});
