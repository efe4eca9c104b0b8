// Treatment, payment and health care operations (164.520(b)(1)(ii)(A)): each use's text and its examples.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeContent, TpoUse } from '../../../../shared/contract/notice-content';
import { pathId } from './content-path';
import { LineField, TextField, useEditor } from './editor-context';
import { withCite } from '../notice-labels';
import { SectionBox } from './SectionBox';
import { citeOf } from './sections';

type UseField = keyof Omit<NoticeContent['tpo'], 'heading' | 'intro'>;

const USES: readonly UseField[] = ['treatment', 'payment', 'operations'];

const MAX_EXAMPLES = 20;
/** The remove button's icon; its name is its aria-label. */
const REMOVE_MARK = '✕';

export const TpoFields = memo(function TpoFields({ tpo }: { tpo: NoticeContent['tpo'] }) {
  const { t } = useTranslation(['notices', 'common']);
  const group = t('editor.tpo.group');
  return (
    <SectionBox id="edit-tpo" legend={withCite(group, citeOf('uses_tpo_with_examples'))}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('editor.tpo.help')}
        </Text>
        <LineField path={['tpo', 'heading']} value={tpo.heading} group={group} label={t('editor.field.heading')} />
        <TextField
          path={['tpo', 'intro']}
          value={tpo.intro}
          group={group}
          label={t('editor.field.intro')}
          minRows={2}
        />
        {USES.map((field) => (
          <TpoUseFields key={field} field={field} use={tpo[field]} />
        ))}
      </Stack>
    </SectionBox>
  );
});

const TpoUseFields = memo(function TpoUseFields({ field, use }: { field: UseField; use: TpoUse }) {
  const { t } = useTranslation(['notices', 'common']);
  const name = t(`editor.tpo.use.${field}`);
  const { update, remember } = useEditor();
  const examples = use.examples;
  const examplesPath = ['tpo', field, 'examples'] as const;

  const add = () => {
    update(examplesPath, [...examples, '']);
    // Focus the new, empty example once it is rendered.
    requestAnimationFrame(() => document.getElementById(pathId([...examplesPath, examples.length]))?.focus());
  };
  const remove = (index: number) =>
    update(
      examplesPath,
      examples.filter((_, i) => i !== index),
    );

  return (
    <SectionBox legend={name} variant="filled">
      <Stack gap="sm">
        <LineField
          path={['tpo', field, 'heading']}
          value={use.heading}
          group={name}
          label={t('editor.field.heading')}
        />
        <TextField
          path={['tpo', field, 'body']}
          value={use.body}
          group={name}
          label={t('editor.field.text')}
          minRows={2}
        />
        <Text size="sm" fw={500}>
          {t('editor.tpo.examples')}
        </Text>
        {examples.length === 0 && (
          <Text size="sm" c="red.8">
            {t('editor.tpo.noExamples')}
          </Text>
        )}
        {examples.map((example, index) => (
          // Examples have no identity but their position; each field is controlled, so a removal re-renders correctly.
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <Textarea
              id={pathId([...examplesPath, index])}
              aria-label={t('editor.tpo.example', { name, number: index + 1 })}
              value={example}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={2_000}
              style={{ flex: 1 }}
              onChange={(e) => update([...examplesPath, index], e.currentTarget.value)}
              onFocus={(e) => remember([...examplesPath, index], e.currentTarget)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t(`editor.tpo.remove.${field}`, { number: index + 1 })}
              title={t('editor.tpo.removeTitle')}
              onClick={() => remove(index)}
            >
              <span aria-hidden>{REMOVE_MARK}</span>
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={add} disabled={examples.length >= MAX_EXAMPLES}>
            {t(`editor.tpo.add.${field}`)}
          </Button>
        </Group>
      </Stack>
    </SectionBox>
  );
});
