// The patient's rights (164.520(b)(1)(iv)): each right's text and how to use it.
import { Stack } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeContent, Right } from '../../../../shared/contract/notice-content';
import { LineField, TextField } from './editor-context';
import { withCite } from '../notice-labels';
import { SectionBox } from './SectionBox';
import { citeOf, labelOf, RIGHTS, type RightField } from './sections';

export const RightsFields = memo(function RightsFields({ rights }: { rights: NoticeContent['rights'] }) {
  const { t } = useTranslation(['notices', 'common']);
  const group = t('editor.rights.group');
  return (
    <SectionBox id="edit-rights" legend={withCite(t('editor.rights.legend'), '164.520(b)(1)(iv)')}>
      <Stack gap="md">
        <LineField
          path={['rights', 'heading']}
          value={rights.heading}
          group={group}
          label={t('editor.field.heading')}
        />
        <TextField
          path={['rights', 'intro']}
          value={rights.intro}
          group={group}
          label={t('editor.field.intro')}
          minRows={2}
        />
        {RIGHTS.map((r) => (
          <RightFields key={r.field} field={r.field} rightKey={r.key} right={rights[r.field]} />
        ))}
      </Stack>
    </SectionBox>
  );
});

const RightFields = memo(function RightFields({
  field,
  rightKey,
  right,
}: {
  field: RightField;
  rightKey: string;
  right: Right;
}) {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const short = t(`editor.rightShort.${field}`);
  return (
    <SectionBox
      id={`edit-rights-${field}`}
      variant="filled"
      legend={withCite(labelOf(rightKey, i18n.language), citeOf(rightKey))}
    >
      <Stack gap="sm">
        <LineField
          path={['rights', field, 'heading']}
          value={right.heading}
          group={short}
          label={t('editor.field.heading')}
        />
        <TextField
          path={['rights', field, 'body']}
          value={right.body}
          group={short}
          label={t('editor.field.text')}
          minRows={2}
        />
        <TextField
          path={['rights', field, 'how']}
          value={right.how}
          group={short}
          label={t('editor.field.how')}
          minRows={2}
        />
      </Stack>
    </SectionBox>
  );
});
