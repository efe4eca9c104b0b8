// The live legal checklist (shared noticeChecklist, the same rule the core applies at publication) and the
// readability score against the grade-8 target, with a way to jump to the part of the form each row is about.
// Each row carries its words in both languages (label, and the missing facts or the rule a false claim
// contradicts); the panel shows the user's language.
import { Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { blockingItems, type ChecklistItem } from '../../../../shared/domain/checklist-item';
import { REQUIRED_ELEMENTS } from '../../../../shared/domain/notice-elements';
import { READABILITY_TARGET_GRADE, type Readability } from '../../../../shared/domain/readability';
import { formatNumber } from '../../../i18n/format';
import type { NoticesT } from '../notice-labels';
import { anchorOf, goToAnchor, sectionAnchor } from './sections';

/** A mark, not a word: screen readers read the label beside it. */
const MISSING_MARK = '✗';

const DIMMED = { c: 'dimmed' } as const;

const STATUS_VIEW: Readonly<Record<ChecklistItem['status'], { mark: string; color: string }>> = {
  present: { mark: '✓', color: 'green.9' },
  missing: { mark: '✗', color: 'red.9' },
  false_claim: { mark: '✗', color: 'red.9' },
  added: { mark: '+', color: 'blue.9' },
  warning: { mark: '!', color: 'orange.9' },
  not_applicable: { mark: '–', color: 'gray.7' },
  vacated: { mark: '–', color: 'gray.7' },
  pending: { mark: '…', color: 'gray.7' },
};

/** The status words after the citation, e.g. "Not applicable: the practice does not fundraise". */
const wordOf = (item: ChecklistItem, t: NoticesT): string => {
  if (item.status !== 'not_applicable') return t(`checklist.status.${item.status}`);
  const when = REQUIRED_ELEMENTS.find((e) => e.key === item.key)?.when;
  return when === 'fundraising' || when === 'part2' || when === 'part2_and_fundraising'
    ? t(`checklist.notApplicable.${when}`)
    : t('checklist.status.not_applicable');
};

/** What a row says under its label, in the user's language: each missing fact or the rule a claim contradicts. */
export const notesOf = (item: ChecklistItem, t: NoticesT, language: string): string[] => {
  if (item.status === 'pending') return [t('checklist.pending')];
  return (item.reasons ?? []).map((r) => (language === 'es' ? r.es : r.en));
};

const labelIn = (item: ChecklistItem, language: string): string => (language === 'es' ? item.label.es : item.label.en);

/** Where a row leads in the form: its element's part, or the section a false claim was found in. */
const anchorOfItem = (item: ChecklistItem): string | null =>
  anchorOf(item.key) ?? (item.section ? sectionAnchor(item.section) : null);

const oneDecimal = (value: number, language: string): string => formatNumber(Math.round(value * 10) / 10, language);

export const readabilityLabel = (r: Readability, t: NoticesT, language: string): string =>
  r.measure === 'Fernández-Huerta'
    ? t('checklist.readability.fernandezHuerta', {
        score: oneDecimal(r.score, language),
        grade: oneDecimal(r.grade, language),
      })
    : t('checklist.readability.fleschKincaid', { grade: oneDecimal(r.grade, language) });

/** The missing elements, each a button that moves the caret to its part of the form. */
export function MissingList({
  items,
  title,
  onGo,
}: {
  items: readonly ChecklistItem[];
  title: string;
  /** Called before moving focus, e.g. to close the dialog the list is in. */
  onGo?: () => void;
}) {
  const { i18n } = useTranslation(['notices', 'common']);
  const missing = blockingItems(items);
  if (missing.length === 0) return null;
  return (
    <Stack gap={2} p="xs" bg="red.0" style={{ borderRadius: 4 }} data-testid="missing-list">
      <Text size="xs" fw={700} c="red.9">
        {title}
      </Text>
      {missing.map((i) => {
        const anchor = anchorOfItem(i);
        const label = labelIn(i, i18n.language);
        return anchor ? (
          <UnstyledButton
            key={i.key}
            onClick={() => {
              if (!onGo) {
                goToAnchor(anchor);
                return;
              }
              onGo();
              // The dialog gives focus back to what opened it as it closes; the field takes it after that.
              requestAnimationFrame(() => requestAnimationFrame(() => goToAnchor(anchor)));
            }}
            fz="xs"
            c="red.9"
            td="underline"
          >
            {MISSING_MARK} {label}
          </UnstyledButton>
        ) : (
          <Text key={i.key} size="xs" c="red.9">
            {MISSING_MARK} {label}
          </Text>
        );
      })}
    </Stack>
  );
}

export const ChecklistPanel = memo(function ChecklistPanel({
  items,
  readability,
}: {
  items: readonly ChecklistItem[];
  readability: Readability;
}) {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const missing = items.filter((i) => i.status === 'missing').length;
  const claims = items.filter((i) => i.status === 'false_claim').length;
  const meets = readability.grade <= READABILITY_TARGET_GRADE;
  return (
    <Stack gap="sm" component="section" aria-labelledby="checklist-title">
      <Group justify="space-between" align="center">
        <Title order={2} size="h5" id="checklist-title">
          {t('checklist.title')}
        </Title>
        <Badge color={missing + claims === 0 ? 'green' : 'red'} variant="light" role="status" aria-live="polite">
          {missing + claims === 0
            ? t('checklist.complete')
            : claims === 0
              ? t('checklist.missingCount', { count: missing })
              : t('checklist.toFixCount', { count: missing + claims })}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('checklist.why')}
      </Text>
      <div data-testid="readability">
        <Text size="sm" fw={600}>
          {t('checklist.readability.title')}
        </Text>
        <Text size="sm">{readabilityLabel(readability, t, i18n.language)}</Text>
        <Text size="xs" c={meets ? 'green.9' : 'orange.9'}>
          {meets
            ? t('checklist.readability.met', { target: READABILITY_TARGET_GRADE })
            : t('checklist.readability.notMet', { target: READABILITY_TARGET_GRADE })}
        </Text>
      </div>
      <MissingList items={items} title={t('checklist.toAdd')} />
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('checklist.listLabel')}>
        {items.map((item) => (
          <ChecklistRow key={item.key} item={item} />
        ))}
      </Stack>
    </Stack>
  );
});

function ChecklistRow({ item }: { item: ChecklistItem }) {
  const { t, i18n } = useTranslation(['notices', 'common']);
  const view = STATUS_VIEW[item.status];
  const notes = notesOf(item, t, i18n.language);
  const anchor = anchorOfItem(item);
  const blocking = item.status === 'missing' || item.status === 'false_claim';
  const dim = item.status === 'not_applicable' || item.status === 'vacated' || item.status === 'pending';
  const label = (
    <Text size="sm" fw={blocking ? 600 : 400} {...(dim ? DIMMED : {})} span>
      {labelIn(item, i18n.language)}
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
              {wordOf(item, t)}
            </Text>
          </Text>
          {notes.length === 1 && (
            <Text size="xs" c={blocking ? 'red.9' : 'dimmed'}>
              {notes[0]}
            </Text>
          )}
          {notes.length > 1 && (
            <Text component="ul" size="xs" c={blocking ? 'red.9' : 'dimmed'} m={0} pl="md">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </Text>
          )}
        </div>
      </Group>
    </li>
  );
}
