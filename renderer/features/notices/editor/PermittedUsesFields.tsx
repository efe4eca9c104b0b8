// Uses and disclosures without authorization (164.520(b)(1)(ii)(B)): 164.510 and each 164.512 purpose, each with
// an include box; a left-out purpose keeps its text, so including it again brings the words back.
import { Checkbox, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { NoticeContent, PermittedUse, PermittedUseKey } from '../../../../shared/contract/notice-content';
import { LineField, TextField, useEditor } from './editor-context';
import { SectionBox } from './SectionBox';
import { citeOf } from './sections';

export const PERMITTED_USE_LABEL: Readonly<Record<PermittedUseKey, { label: string; cite: string }>> = {
  family_and_friends: { label: 'Family and friends', cite: '164.510(b)' },
  directory: { label: 'Facility directory', cite: '164.510(a)' },
  disaster_relief: { label: 'Disaster relief', cite: '164.510(b)(4)' },
  required_by_law: { label: 'Required by law', cite: '164.512(a)' },
  public_health: { label: 'Public health', cite: '164.512(b)' },
  abuse_neglect: { label: 'Abuse, neglect or domestic violence', cite: '164.512(c)' },
  health_oversight: { label: 'Health oversight', cite: '164.512(d)' },
  lawsuits: { label: 'Lawsuits and disputes', cite: '164.512(e)' },
  law_enforcement: { label: 'Law enforcement', cite: '164.512(f)' },
  decedents: { label: 'Coroners, medical examiners and funeral directors', cite: '164.512(g)' },
  organ_donation: { label: 'Organ and tissue donation', cite: '164.512(h)' },
  research: { label: 'Research', cite: '164.512(i)' },
  serious_threat: { label: 'Serious threat to health or safety', cite: '164.512(j)' },
  government_functions: { label: 'Special government functions', cite: '164.512(k)' },
  workers_compensation: { label: "Workers' compensation", cite: '164.512(l)' },
};

export const PermittedUsesFields = memo(function PermittedUsesFields({
  section,
}: {
  section: NoticeContent['withoutAuthorization'];
}) {
  const group = 'Without authorization';
  return (
    <SectionBox
      id="edit-withoutAuthorization"
      legend={`Uses and disclosures without authorization · ${citeOf('uses_without_authorization')}`}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Include every purpose for which the practice may use or share information without written permission. A
          purpose left out is not printed; its text is kept.
        </Text>
        <LineField path={['withoutAuthorization', 'heading']} value={section.heading} group={group} label="Heading" />
        <TextField
          path={['withoutAuthorization', 'intro']}
          value={section.intro}
          group={group}
          label="Introduction"
          minRows={2}
        />
        {section.uses.map((use, index) => (
          <PermittedUseFields key={use.key} use={use} index={index} />
        ))}
      </Stack>
    </SectionBox>
  );
});

const PermittedUseFields = memo(function PermittedUseFields({ use, index }: { use: PermittedUse; index: number }) {
  const { update } = useEditor();
  const { label, cite } = PERMITTED_USE_LABEL[use.key];
  const path = ['withoutAuthorization', 'uses', index] as const;
  return (
    <SectionBox variant="filled" legend={`${label} · ${cite}`}>
      <Stack gap="sm">
        <Checkbox
          label={`Include ${label.toLowerCase()}`}
          checked={use.included}
          onChange={(e) => update([...path, 'included'], e.currentTarget.checked)}
        />
        {use.included && (
          <>
            <LineField path={[...path, 'heading']} value={use.heading} group={label} label="Heading" />
            <TextField path={[...path, 'body']} value={use.body} group={label} label="Text" minRows={2} />
          </>
        )}
      </Stack>
    </SectionBox>
  );
});
