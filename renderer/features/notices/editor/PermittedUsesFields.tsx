// Uses and disclosures without authorization (164.520(b)(1)(ii)(B)): 164.510 and each 164.512 purpose, each with
// an include box; a left-out purpose keeps its text, so including it again brings the words back.
import { Checkbox, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeContent, PermittedUse, PermittedUseKey } from '../../../../shared/contract/notice-content';
import { LineField, TextField, useEditor } from './editor-context';
import { withCite } from '../notice-labels';
import { SectionBox } from './SectionBox';
import { citeOf } from './sections';

/** Each purpose's citation; its name is in the `notices` catalog (editor.use.<key>). */
export const PERMITTED_USE_CITE: Readonly<Record<PermittedUseKey, string>> = {
  family_and_friends: '164.510(b)',
  directory: '164.510(a)',
  disaster_relief: '164.510(b)(4)',
  required_by_law: '164.512(a)',
  public_health: '164.512(b)',
  abuse_neglect: '164.512(c)',
  health_oversight: '164.512(d)',
  lawsuits: '164.512(e)',
  law_enforcement: '164.512(f)',
  decedents: '164.512(g)',
  organ_donation: '164.512(h)',
  research: '164.512(i)',
  serious_threat: '164.512(j)',
  government_functions: '164.512(k)',
  workers_compensation: '164.512(l)',
};

export const PermittedUsesFields = memo(function PermittedUsesFields({
  section,
}: {
  section: NoticeContent['withoutAuthorization'];
}) {
  const { t } = useTranslation(['notices', 'common']);
  const group = t('editor.withoutAuthorization.group');
  return (
    <SectionBox
      id="edit-withoutAuthorization"
      legend={withCite(t('editor.withoutAuthorization.legend'), citeOf('uses_without_authorization'))}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('editor.withoutAuthorization.help')}
        </Text>
        <LineField
          path={['withoutAuthorization', 'heading']}
          value={section.heading}
          group={group}
          label={t('editor.field.heading')}
        />
        <TextField
          path={['withoutAuthorization', 'intro']}
          value={section.intro}
          group={group}
          label={t('editor.field.intro')}
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
  const { t } = useTranslation(['notices', 'common']);
  const { update } = useEditor();
  const label = t(`editor.use.${use.key}`);
  const path = ['withoutAuthorization', 'uses', index] as const;
  return (
    <SectionBox variant="filled" legend={withCite(label, PERMITTED_USE_CITE[use.key])}>
      <Stack gap="sm">
        <Checkbox
          label={t('editor.withoutAuthorization.include', { name: label })}
          checked={use.included}
          onChange={(e) => update([...path, 'included'], e.currentTarget.checked)}
        />
        {use.included && (
          <>
            <LineField
              path={[...path, 'heading']}
              value={use.heading}
              group={label}
              label={t('editor.field.heading')}
            />
            <TextField
              path={[...path, 'body']}
              value={use.body}
              group={label}
              label={t('editor.field.text')}
              minRows={2}
            />
          </>
        )}
      </Stack>
    </SectionBox>
  );
});
