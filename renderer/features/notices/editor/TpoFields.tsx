// Treatment, payment and health care operations (164.520(b)(1)(ii)(A)): each use's text and its examples.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { memo } from 'react';
import type { NoticeContent, TpoUse } from '../../../../shared/contract/notice-content';
import { pathId } from './content-path';
import { LineField, TextField, useEditor } from './editor-context';
import { SectionBox } from './SectionBox';
import { citeOf } from './sections';

type UseField = keyof Omit<NoticeContent['tpo'], 'heading' | 'intro'>;

const USES: readonly { field: UseField; name: string }[] = [
  { field: 'treatment', name: 'Treatment' },
  { field: 'payment', name: 'Payment' },
  { field: 'operations', name: 'Health care operations' },
];

const MAX_EXAMPLES = 20;
const GROUP = 'Treatment, payment and operations';

export const TpoFields = memo(function TpoFields({ tpo }: { tpo: NoticeContent['tpo'] }) {
  return (
    <SectionBox id="edit-tpo" legend={`${GROUP} · ${citeOf('uses_tpo_with_examples')}`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Describe each use and give at least one example of each.
        </Text>
        <LineField path={['tpo', 'heading']} value={tpo.heading} group={GROUP} label="Heading" />
        <TextField path={['tpo', 'intro']} value={tpo.intro} group={GROUP} label="Introduction" minRows={2} />
        {USES.map((use) => (
          <TpoUseFields key={use.field} field={use.field} name={use.name} use={tpo[use.field]} />
        ))}
      </Stack>
    </SectionBox>
  );
});

const TpoUseFields = memo(function TpoUseFields({ field, name, use }: { field: UseField; name: string; use: TpoUse }) {
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
        <LineField path={['tpo', field, 'heading']} value={use.heading} group={name} label="Heading" />
        <TextField path={['tpo', field, 'body']} value={use.body} group={name} label="Text" minRows={2} />
        <Text size="sm" fw={500}>
          Examples
        </Text>
        {examples.length === 0 && (
          <Text size="sm" c="red.8">
            No examples yet: add at least one.
          </Text>
        )}
        {examples.map((example, index) => (
          // Examples have no identity but their position; each field is controlled, so a removal re-renders correctly.
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <Textarea
              id={pathId([...examplesPath, index])}
              aria-label={`${name} example ${index + 1}`}
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
              aria-label={`Remove ${name.toLowerCase()} example ${index + 1}`}
              title="Remove this example"
              onClick={() => remove(index)}
            >
              <span aria-hidden>✕</span>
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={add} disabled={examples.length >= MAX_EXAMPLES}>
            Add {name.toLowerCase()} example
          </Button>
        </Group>
      </Stack>
    </SectionBox>
  );
});
