// The live legal checklist (shared noticeChecklist, the same rule the core applies at publication) and the
// readability score against the grade-8 target, with a way to jump to the part of the form each row is about.
import { Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import type { ChecklistItem } from '../../../../shared/domain/notice-checklist';
import { REQUIRED_ELEMENTS } from '../../../../shared/domain/notice-elements';
import { READABILITY_TARGET_GRADE, type Readability } from '../../../../shared/domain/readability';
import { anchorOf, goToAnchor } from './sections';

const NOT_APPLICABLE_REASON: Readonly<Record<string, string>> = {
  fundraising: 'the practice does not fundraise',
  part2: 'the practice does not keep Part 2 records',
  part2_and_fundraising: 'only with Part 2 records and fundraising',
};

const STATUS_VIEW: Readonly<Record<ChecklistItem['status'], { mark: string; word: string; color: string }>> = {
  present: { mark: '✓', word: 'Present', color: 'green.8' },
  missing: { mark: '✗', word: 'Missing', color: 'red.8' },
  warning: { mark: '!', word: 'Check', color: 'orange.8' },
  not_applicable: { mark: '–', word: 'Not applicable', color: 'gray.7' },
  vacated: { mark: '–', word: 'Not required: vacated by Purl v. HHS (2025)', color: 'gray.7' },
  pending: { mark: '…', word: 'At publication', color: 'gray.7' },
};

/** The status words after the citation, e.g. "Not applicable: the practice does not fundraise". */
const wordOf = (item: ChecklistItem): string => {
  const word = STATUS_VIEW[item.status].word;
  const why =
    item.status === 'not_applicable'
      ? NOT_APPLICABLE_REASON[REQUIRED_ELEMENTS.find((e) => e.key === item.key)?.when ?? '']
      : undefined;
  return why ? `${word}: ${why}` : word;
};

/** The line under a row: why it is missing or needs a look, or when it will be met. */
const noteOf = (item: ChecklistItem): string | null => {
  switch (item.status) {
    case 'missing':
    case 'warning':
      return item.reason ?? null;
    case 'pending':
      return 'You choose the effective date when you publish.';
    default:
      return null;
  }
};

export const ChecklistPanel = memo(function ChecklistPanel({
  items,
  readability,
}: {
  items: readonly ChecklistItem[];
  readability: Readability;
}) {
  const missing = items.filter((i) => i.status === 'missing').length;
  const meets = readability.grade <= READABILITY_TARGET_GRADE;
  return (
    <Stack gap="sm" component="section" aria-labelledby="checklist-title">
      <Group justify="space-between" align="center">
        <Title order={2} size="h5" id="checklist-title">
          Checklist
        </Title>
        <Badge color={missing === 0 ? 'green' : 'red'} variant="light" role="status" aria-live="polite">
          {missing === 0 ? 'Complete' : `${missing} missing`}
        </Badge>
      </Group>
      <div data-testid="readability">
        <Text size="sm" fw={600}>
          Readability
        </Text>
        <Text size="sm">{readability.label}</Text>
        <Text size="xs" c={meets ? 'green.8' : 'orange.8'}>
          {meets ? '✓ ' : '! '}Target: grade {READABILITY_TARGET_GRADE} or easier
          {meets ? ' — met' : ' — use shorter sentences and words'}
        </Text>
      </div>
      {missing > 0 && (
        <Stack gap={2} p="xs" bg="red.0" style={{ borderRadius: 4 }}>
          <Text size="xs" fw={700} c="red.9">
            To add before publishing:
          </Text>
          {items
            .filter((i) => i.status === 'missing')
            .map((i) => {
              const anchor = anchorOf(i.key);
              return anchor ? (
                <UnstyledButton key={i.key} onClick={() => goToAnchor(anchor)} fz="xs" c="red.9" td="underline">
                  ✗ {i.label}
                </UnstyledButton>
              ) : (
                <Text key={i.key} size="xs" c="red.9">
                  ✗ {i.label}
                </Text>
              );
            })}
        </Stack>
      )}
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Required elements">
        {items.map((item) => (
          <ChecklistRow key={item.key} item={item} />
        ))}
      </Stack>
    </Stack>
  );
});

function ChecklistRow({ item }: { item: ChecklistItem }) {
  const view = STATUS_VIEW[item.status];
  const note = noteOf(item);
  const anchor = anchorOf(item.key);
  const dim = item.status === 'not_applicable' || item.status === 'vacated' || item.status === 'pending';
  const label = (
    <Text size="sm" fw={item.status === 'missing' ? 600 : 400} {...(dim ? { c: 'dimmed' } : {})} span>
      {item.label}
    </Text>
  );
  return (
    <li data-checklist-key={item.key} data-status={item.status}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Text c={view.color} fw={700} w={14} ta="center" aria-hidden>
          {view.mark}
        </Text>
        <div style={{ minWidth: 0 }}>
          {anchor && item.status !== 'not_applicable' && item.status !== 'vacated' ? (
            <UnstyledButton onClick={() => goToAnchor(anchor)} td="underline" style={{ textDecorationStyle: 'dotted' }}>
              {label}
            </UnstyledButton>
          ) : (
            label
          )}
          <Text size="xs" c="dimmed">
            {item.cite} ·{' '}
            <Text span size="xs" c={view.color} fw={600}>
              {wordOf(item)}
            </Text>
          </Text>
          {note && (
            <Text size="xs" c={item.status === 'missing' ? 'red.8' : 'dimmed'}>
              {note}
            </Text>
          )}
        </div>
      </Group>
    </li>
  );
}
